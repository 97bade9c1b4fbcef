/**
 * How pages read the content collections: drafts left out of production builds, a fixed sort
 * order, and `related`/`seeAlso` references resolved to titles and links.
 */
import { type CollectionEntry, getCollection } from "astro:content";

export type ResourceEntry = CollectionEntry<"resources">;
export type ProgramEntry = CollectionEntry<"programs">;
export type GlossaryEntry = CollectionEntry<"glossary">;

/** Drafts show while writing (`astro dev`) and never in a production build. */
const visible = (entry: { data: { draft?: boolean } }): boolean => !entry.data.draft || import.meta.env.DEV;

/** Resources, newest first (then by title, so the order is stable). */
export const getResources = async (): Promise<ResourceEntry[]> =>
  (await getCollection("resources", visible)).sort(
    (a, b) => b.data.published.getTime() - a.data.published.getTime() || a.data.title.localeCompare(b.data.title),
  );

/** Programs, A–Z by name. */
export const getPrograms = async (): Promise<ProgramEntry[]> =>
  (await getCollection("programs", visible)).sort((a, b) => a.data.name.localeCompare(b.data.name));

/** Glossary terms, A–Z. */
export const getGlossary = async (): Promise<GlossaryEntry[]> =>
  (await getCollection("glossary")).sort((a, b) =>
    a.data.term.localeCompare(b.data.term, "en", { sensitivity: "base" }),
  );

export const resourceHref = (id: string): string => `/resources/${id}/`;
export const programHref = (id: string): string => `/programs/${id}/`;

/** A page another page points to. */
export interface PageLink {
  href: string;
  title: string;
  description: string;
  kind: "Resource" | "Program";
}

/**
 * Resolves references written as `resources/<file>` or `programs/<file>` to links. A reference
 * to a missing page (or a draft, in production) is left out, so one editor's typo or unfinished
 * draft never breaks another page; the content tests report missing references by name.
 */
export const resolveRefs = async (refs: readonly string[]): Promise<PageLink[]> => {
  if (refs.length === 0) return [];
  const [resources, programs] = await Promise.all([getResources(), getPrograms()]);
  const byRef = new Map<string, PageLink>();
  for (const r of resources) {
    byRef.set(`resources/${r.id}`, {
      href: resourceHref(r.id),
      title: r.data.title,
      description: r.data.description,
      kind: "Resource",
    });
  }
  for (const p of programs) {
    byRef.set(`programs/${p.id}`, {
      href: programHref(p.id),
      title: p.data.name,
      description: p.data.description,
      kind: "Program",
    });
  }
  const seen = new Set<string>();
  const links: PageLink[] = [];
  for (const ref of refs) {
    const link = byRef.get(ref);
    if (link && !seen.has(ref)) {
      seen.add(ref);
      links.push(link);
    }
  }
  return links;
};
