/**
 * Which pages exist in both languages, for the hreflang links and the language switcher. A
 * Spanish page keeps its English page's path after /es, so the answer is a set of English paths.
 */
import { getPrograms } from "../lib/content/collections";
import { getSpanishResources } from "../lib/content/collections-es";
import { programFilters } from "../lib/content/program-filters";
import { englishPath, type Lang, langOf, localePath, normalPath, pathIn } from "./index";

/** English pages that have a Spanish page at /es + the same path. */
const STATIC_TWINS = [
  "/",
  "/get-help/",
  "/about/",
  "/privacy/",
  "/thank-you/",
  "/search/",
  "/resources/",
  "/programs/",
];

/** English paths that have a Spanish twin. Not cached, so `astro dev` sees a new Spanish file at once. */
export const twinPaths = async (): Promise<Set<string>> => {
  const [articles, programs] = await Promise.all([getSpanishResources(), getPrograms()]);
  return new Set([
    ...STATIC_TWINS,
    ...articles.map(({ slug }) => `/resources/${slug}/`),
    // Every program guide has a Spanish page: its facts in Spanish, its guide in English.
    ...programs.map((p) => `/programs/${p.id}/`),
    // The finder's static filter pages exist in both languages at the same paths.
    ...programFilters("en").map((f) => `/programs/${f.path}/`),
  ]);
};

export interface Alternates {
  lang: Lang;
  /** Each language's address of this page, when the page exists in both. */
  both?: Record<Lang, string>;
  /** Where the switcher goes: this page in the other language, else that language's home. */
  switchHref: string;
  switchLang: Lang;
}

export const alternatesOf = async (pathname: string): Promise<Alternates> => {
  const path = normalPath(pathname);
  const lang = langOf(path);
  const other: Lang = lang === "en" ? "es" : "en";
  const twins = await twinPaths();
  const english = englishPath(path);
  if (!twins.has(english)) return { lang, switchHref: localePath(other, "/"), switchLang: other };
  return {
    lang,
    both: { en: english, es: pathIn("es", english) },
    switchHref: pathIn(other, english),
    switchLang: other,
  };
};
