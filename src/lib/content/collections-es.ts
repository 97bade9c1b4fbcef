/**
 * The Spanish articles, each joined to the English entry it renders (`translationOf`). A Spanish
 * entry naming a missing English entry stops the build with a message naming both files; the
 * content tests (tests/content/translations.test.ts) say the same before a build.
 */
import { type CollectionEntry, getCollection } from "astro:content";
import { getResources, type ResourceEntry } from "./collections";

export type ResourceEsEntry = CollectionEntry<"resourcesEs">;

export interface SpanishResource {
  /** The English entry's id: the Spanish page lives at /es/resources/<slug>/. */
  slug: string;
  es: ResourceEsEntry;
  en: ResourceEntry;
}

const visible = (entry: { data: { draft?: boolean } }): boolean => !entry.data.draft || import.meta.env.DEV;

/** Spanish articles with their English entries, in the English order (newest first). */
export const getSpanishResources = async (): Promise<SpanishResource[]> => {
  const english = await getResources();
  const byId = new Map(english.map((entry) => [entry.id, entry]));
  const spanish = await getCollection("resourcesEs", visible);
  const joined = spanish.map((es) => {
    const slug = es.data.translationOf.replace(/^resources\//, "");
    const en = byId.get(slug);
    if (!en) {
      throw new Error(
        `content/es/resources/${es.id}.mdx: "translationOf" names ${es.data.translationOf}, but content/resources/${slug}.mdx does not exist (or is a draft). Fix the name or remove the Spanish file.`,
      );
    }
    return { slug, es, en };
  });
  const order = new Map(english.map((entry, index) => [entry.id, index]));
  return joined.sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0));
};

export const resourceEsHref = (slug: string): string => `/es/resources/${slug}/`;
