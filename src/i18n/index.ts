/**
 * The site's languages and their addresses. English lives at `/`, Spanish at `/es/` (Astro's
 * i18n routing, prefixDefaultLocale false). A Spanish page keeps its English page's path after
 * `/es`, so the language switcher and the hreflang links are one rule: add or remove `/es`.
 */
import { type Dict, en } from "./en";
import { es } from "./es";
import { type PledgeUi, pledgeUi } from "./pledge-ui";

export const LANGS = ["en", "es"] as const;
export type Lang = (typeof LANGS)[number];

const dicts: Record<Lang, Dict> = { en, es };

export const dict = (lang: Lang): Dict => dicts[lang];
export const pledgeWords = (lang: Lang): PledgeUi => pledgeUi[lang];

/** The language of a path: `/es` and `/es/…` are Spanish, everything else English. */
export const langOf = (pathname: string): Lang => (/^\/es(?:\/|$)/.test(pathname) ? "es" : "en");

/** A site path (`/about/`) in `lang`: `/es/about/` for Spanish. */
export const localePath = (lang: Lang, path: string): string => {
  const clean = path.startsWith("/") ? path : `/${path}`;
  return lang === "en" ? clean : `/${lang}${clean}`;
};

/** The same page's path in English: `/es/about/` → `/about/`, `/es` → `/`. */
export const englishPath = (pathname: string): string => pathname.replace(/^\/es(?=\/|$)/, "") || "/";

/** The same page's path in `lang`. Whether that page exists is the caller's question (see alternates.ts). */
export const pathIn = (lang: Lang, pathname: string): string => localePath(lang, englishPath(pathname));
/** `/about` and `/about/index.html` as `/about/`, so paths compare the same in dev and build. */
export const normalPath = (pathname: string): string => {
  const path = pathname.replace(/index\.html$/, "").replace(/\.html$/, "/");
  return path.endsWith("/") ? path : `${path}/`;
};
