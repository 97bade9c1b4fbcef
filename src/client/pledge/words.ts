/**
 * The page's words for the pledge scripts. The page writes its language's set (src/i18n/pledge-ui.ts)
 * into `<script type="application/json" data-pledge-words>`, so this bundle carries no words and
 * serves every language. Unit tests hand a set in with `setWords`.
 */
import type { PledgeUi, Plural } from "../../i18n/pledge-ui";

let current: PledgeUi | undefined;

export const setWords = (words: PledgeUi): void => {
  current = words;
};

/** The page's words (read once from the page). Throws if the page and the script disagree. */
export const w = (): PledgeUi => {
  if (current) return current;
  const text = document.querySelector("script[data-pledge-words]")?.textContent;
  if (!text) throw new Error("pledge: missing script[data-pledge-words]");
  current = JSON.parse(text) as PledgeUi;
  return current;
};

// Intl's formatters are made per call, not kept: a few dozen calls a refresh cost well under a
// millisecond, and the script stays smaller without caches to reset.

/** Numbers as the page writes them ("1,234" in English, "1234" or "1,234" in Spanish). */
export const formatNumber = (n: number): string => n.toLocaleString(w().locale);

/** `{n}`, `{count}`, `{kind}`… filled in. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : typeof value === "number" ? formatNumber(value) : value;
  });

/** The plural form for `n` in the page's language, with `{n}` filled in. */
export const plural = (forms: Plural, n: number): string =>
  fill(new Intl.PluralRules(w().locale).select(n) === "one" ? forms.one : forms.other, { n });
