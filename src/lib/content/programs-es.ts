/**
 * A program guide's free text for a Spanish page: the Spanish words of content/es/programs/ when
 * they are all there, otherwise the English ones, which the page marks lang="en" so screen
 * readers say them in English. All or nothing per guide, so one panel never mixes the two
 * languages; the content tests (tests/content/translations.test.ts) fail a Spanish file that
 * lacks a field the English guide has, so the fallback only shows while a guide is untranslated.
 */
import { type CollectionEntry, getCollection } from "astro:content";
import type { ProgramEntry } from "./collections";
import { type ProgramTextEs, textForSpanishPage } from "./program-text-es";

export type ProgramEsEntry = CollectionEntry<"programsEs">;

export type { ProgramTextEs };

/** The Spanish file that translates each English guide, by the guide's id. */
const spanishById = async (): Promise<Map<string, ProgramEsEntry>> => {
  const [english, spanish] = await Promise.all([getCollection("programs"), getCollection("programsEs")]);
  const ids = new Set(english.map((entry) => entry.id));
  const byId = new Map<string, ProgramEsEntry>();
  for (const es of spanish) {
    const id = es.data.translationOf.replace(/^programs\//, "");
    if (!ids.has(id)) {
      throw new Error(
        `content/es/programs/${es.id}.yaml: "translationOf" names ${es.data.translationOf}, but content/programs/${id}.mdx does not exist. Fix the name or remove the Spanish file.`,
      );
    }
    byId.set(id, es);
  }
  return byId;
};

/**
 * Each guide's free text for a Spanish page (`program.description`, its notes, cost and the
 * rest), by id: the Spanish files are read and matched once for all the guides handed in.
 */
export const spanishTexts = async (entries: ProgramEntry[]): Promise<Map<string, ProgramTextEs>> => {
  const byId = await spanishById();
  return new Map(entries.map((entry) => [entry.id, textForSpanishPage(entry.data, byId.get(entry.id)?.data)]));
};
