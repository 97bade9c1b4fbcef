/**
 * The words of the search page (/search/ and /es/search/), per language. SearchPage.astro lays
 * them out once for both; Pagefind's UI itself searches the index of the page's `<html lang>`.
 */
import type { Lang } from "./index";

/** A run of the no-JavaScript note: plain text, or a link to browse instead. */
export type NoteRun = string | { href: string; text: string };

export interface SearchPageWords {
  title: string;
  description: string;
  /** The search box's accessible name (Pagefind's input has only a placeholder). */
  label: string;
  /** Shown instead of the search box when Pagefind's script did not load. */
  unavailable: string;
  /** Shown without JavaScript: what to browse instead, in reading order. */
  noscript: readonly NoteRun[];
}

export const searchPageWords: Record<Lang, SearchPageWords> = {
  en: {
    title: "Search",
    description: "Search the articles, program guides and glossary.",
    label: "Search the site",
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
    label: "Buscar en el sitio",
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
