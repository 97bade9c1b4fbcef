/**
 * The words of the search page (/search/ and /es/search/), per language. SearchPage.astro lays
 * them out once for both; the search box's name is the header's (`search.label` in en.ts, es.ts).
 */
import type { Lang } from "./index";

/** A run of the no-JavaScript note: plain text, or a link to browse instead. */
export type NoteRun = string | { href: string; text: string };

export interface SearchPageWords {
  title: string;
  description: string;
  /** Shown instead of the search box when Pagefind's script did not load. */
  unavailable: string;
  /** Shown without JavaScript: what to browse instead, in reading order. */
  noscript: readonly NoteRun[];
}

export const searchPageWords: Record<Lang, SearchPageWords> = {
  en: {
    title: "Search",
    description: "Search the articles, program guides and glossary.",
    unavailable: "Search is not available right now. Please browse the resources instead.",
    noscript: [
      "Search needs JavaScript. You can still browse all ",
      { href: "/resources/", text: "resources" },
      ", the ",
      { href: "/programs/", text: "program finder" },
      " and the ",
      { href: "/glossary/", text: "glossary" },
      ".",
    ],
  },
  es: {
    title: "Buscar",
    description: "Busque en los artículos en español.",
    unavailable: "La búsqueda no está disponible en este momento. Puede ver todos los artículos en español.",
    noscript: [
      "La búsqueda necesita JavaScript. Puede ver todos los ",
      { href: "/es/resources/", text: "artículos en español" },
      " y el ",
      { href: "/es/programs/", text: "buscador de programas" },
      ".",
    ],
  },
};
