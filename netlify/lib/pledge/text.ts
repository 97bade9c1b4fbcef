/**
 * What happens to a name or note before it is checked and stored: normalised, and looked at for
 * contact details and crisis language.
 */

/**
 * Unicode NFC, control and invisible formatting characters removed (zero-width spaces, bidi
 * overrides: they can hide text or reorder it), whitespace collapsed, trimmed.
 */
export const normalizeText = (value: string): string =>
  value
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (char) => (/\s/.test(char) ? " " : ""))
    .replace(/\s+/gu, " ")
    .trim();

const URL_PATTERN =
  /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]{2,}(?:\.[a-z0-9-]{2,})*\.(?:com|net|org|io|co|me|ly|app|gg|info|biz|us|uk|ca|au|de|xyz|link|site|online|tv|live|social|page|dev)\b/iu;
const EMAIL_PATTERN = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/u;
/** Seven or more digits, allowing the separators people write phone numbers with. */
const PHONE_PATTERN = /(?:\+?\d[\s().-]{0,3}){7,}/u;

/** Which kind of contact detail the text carries, if any. */
export const findContactDetail = (value: string): "link" | "email" | "phone" | null => {
  if (EMAIL_PATTERN.test(value)) return "email";
  if (URL_PATTERN.test(value)) return "link";
  if (PHONE_PATTERN.test(value)) return "phone";
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
