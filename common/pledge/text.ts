/**
 * What happens to a name or note before it is checked and stored: normalised, and looked at for
 * contact details and crisis language.
 */

/**
 * Printable ASCII words with single spaces between them: what most names and notes are, and text
 * the steps below would return unchanged (one test instead of four passes over the text).
 */
const ALREADY_NORMAL = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/**
 * Unicode NFC, control and invisible formatting characters removed (zero-width spaces, bidi
 * overrides: they can hide text or reorder it), whitespace collapsed, trimmed.
 */
export const normalizeText = (value: string): string =>
  ALREADY_NORMAL.test(value)
    ? value
    : value
        .normalize("NFC")
        .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (char) => (/\s/.test(char) ? " " : ""))
        .replace(/\s+/gu, " ")
        .trim();

/**
 * A link: a scheme, "www.", or a lower-case domain ending in a common top-level domain. Lower
 * case and a short list on purpose: "I did it.Me and my son" or "tired.Live free" are sentences
 * missing a space, not links.
 */
const URL_PATTERN =
  /\b(?:https?:\/\/|www\.)\S+|(?:^|[\s(])[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.(?:com|net|org|io|co|ly|gg|info|biz|xyz|tv|dev|uk|ca|au|de)\b/u;
const EMAIL_PATTERN = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/u;
/** Seven or more digits, allowing the separators people write phone numbers with. */
const PHONE_PATTERN = /(?:\+?\d[\s().-]{0,3}){7,}/u;
/**
 * Dates, which people in recovery write often ("sober since 2023-01-15", "clean 12.25.2024"),
 * are taken out before looking for a phone number, so their digits do not add up to one.
 */
const DATE_PATTERN = /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))\b/gu;

/** Whether the text has at least `count` ASCII digits (what `\d` matches). */
const hasDigits = (value: string, count: number): boolean => {
  let found = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++found >= count) return true;
  }
  return false;
};

/**
 * Which kind of contact detail the text carries, if any. Each pattern needs a character that most
 * names and notes lack (an email "@"; a link "." or the ":" of "://"; a phone number seven digits),
 * so a pattern whose character is absent is not run: this runs on every name and note.
 */
export const findContactDetail = (value: string): "link" | "email" | "phone" | null => {
  if (value.includes("@") && EMAIL_PATTERN.test(value)) return "email";
  if ((value.includes(".") || value.includes(":")) && URL_PATTERN.test(value)) return "link";
  if (hasDigits(value, 7) && PHONE_PATTERN.test(value.replace(DATE_PATTERN, " "))) return "phone";
  return null;
};

/**
 * Crisis language: phrases that suggest someone may be thinking of ending their life or harming
 * themselves. A note containing one is not published; the pledge still counts and the page
 * shows crisis resources. The list is short on purpose (it is documented in README.md): it errs
 * towards care, and a held note costs the writer nothing but publication.
 */
export const CRISIS_PHRASES = [
  "suicide",
  "suicidal",
  "kill myself",
  "killing myself",
  "end my life",
  "ending my life",
  "take my life",
  "take my own life",
  "end it all",
  "want to die",
  "wanna die",
  "wish i was dead",
  "wish i were dead",
  "better off dead",
  "better off without me",
  "no reason to live",
  "dont want to live",
  "dont want to be alive",
  "hurt myself",
  "harm myself",
  "self harm",
  "cut myself",
  "overdose on purpose",
] as const;

const crisisPattern = new RegExp(`\\b(?:${CRISIS_PHRASES.map((p) => p.replace(/ /g, "\\s+")).join("|")})\\b`, "u");

export const hasCrisisLanguage = (value: string): boolean => {
  const folded = value
    .toLowerCase()
    .replace(/['’‘`]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ");
  return crisisPattern.test(folded);
};
