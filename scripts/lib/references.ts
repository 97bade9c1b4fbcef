/**
 * Checks that need more than one file at a time, which the schema cannot do: references
 * (`related`, `seeAlso`) and in-body links point to pages that exist and are published,
 * program guides rest on the program's own site, pictures exist and have alt text, and no
 * published page still holds template placeholders.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { isDraft, listFiles, loadAll, repoRoot, type ValidEntry } from "./content";
import { markdownImages, markdownLinks } from "./prose";

export interface LinkCheckOptions {
  /** Folder holding resources/, programs/ and glossary/. Defaults to content/. */
  contentDir?: string;
  /** Folder served at the site root (pictures live in its images/). Defaults to public/. */
  publicDir?: string;
}

/** The host name without a leading "www.", e.g. "al-anon.org". */
const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
};

/** Whether host `a` is `b` or a subdomain of it (either way round). */
const sameSite = (a: string, b: string): boolean => a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);

/** Every text value in the frontmatter, flattened. */
const textValues = (value: unknown): string[] => {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textValues);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(textValues);
  return [];
};

/** Runs every cross-file check; returns one plain message per problem (empty when all is well). */
export const checkContentLinks = (options: LinkCheckOptions = {}): string[] => {
  const contentDir = options.contentDir ?? path.join(repoRoot, "content");
  const publicDir = options.publicDir ?? path.join(repoRoot, "public");
  const { entries } = loadAll({ contentDir });
  const problems: string[] = [];

  /** "resources/x" → the entry, for every file that passes its schema (drafts included). */
  const byRef = new Map<string, ValidEntry>();
  for (const entry of entries) if (entry.kind !== "glossary") byRef.set(`${entry.kind}/${entry.slug}`, entry);
  /** Files that exist but fail their schema (reported by the schema test). */
  const invalid = new Set<string>();
  for (const kind of ["resources", "programs"] as const) {
    for (const file of listFiles(kind, { contentDir })) {
      const ref = `${kind}/${path.basename(file, ".mdx")}`;
      if (!byRef.has(ref)) invalid.add(ref);
    }
  }

  /** Glossary file names: each is the #anchor of its term on /glossary/. */
  const glossaryTerms = new Set(entries.filter((entry) => entry.kind === "glossary").map((entry) => entry.slug));

  const explainRef = (ref: string): string | undefined => {
    const target = byRef.get(ref);
    if (target && isDraft(target)) {
      return `points to ${target.file}, which is a draft (draft: true) and not on the site. Publish it first, or remove the reference.`;
    }
    if (target) return undefined;
    if (invalid.has(ref))
      return `points to content/${ref}.mdx, which has errors (see the schema test). Fix that file first.`;
    return `points to a page that does not exist: there is no file content/${ref}.mdx. Check the spelling, or remove it.`;
  };

  for (const entry of entries) {
    if (isDraft(entry)) continue;
    const { file } = entry;

    // References in frontmatter.
    const refField = entry.kind === "glossary" ? "seeAlso" : "related";
    const refs = entry.kind === "glossary" ? entry.data.seeAlso : entry.data.related;
    for (const ref of refs) {
      const why = explainRef(ref);
      if (why) problems.push(`${file}: ${refField}: "${ref}" ${why}`);
      if (entry.kind !== "glossary" && ref === `${entry.kind}/${entry.slug}`) {
        problems.push(`${file}: ${refField}: "${ref}" is this page itself. Suggest other pages.`);
      }
    }

    // A program guide rests on the program's own site. (That there is a source at all, and that
    // every address is https://, the schema already checks.)
    if (entry.kind === "programs") {
      const site = hostOf(entry.data.website);
      if (!entry.data.sources.some((source) => sameSite(hostOf(source.url), site))) {
        problems.push(
          `${file}: sources: none of the sources is on the program's official site (${site}). List the program's own page first.`,
        );
      }
    }

    // Links in the body.
    for (const link of markdownLinks(entry.body)) {
      const url = link.url.trim();
      const internal = /^\/(resources|programs)\/([^/#?]*)\/?(?:[#?].*)?$/.exec(url);
      if (internal?.[2]) {
        const ref = `${internal[1]}/${internal[2]}`;
        const why = explainRef(ref);
        if (why) problems.push(`${file}: link "${url}" ${why}`);
        if (!/^\/[^#?]*\/(?:[#?].*)?$/.test(url)) {
          problems.push(`${file}: link "${url}" should end with a slash, like /${ref}/.`);
        }
      } else if (/^\/glossary\/?#/.test(url)) {
        const term = decodeURIComponent(url.slice(url.indexOf("#") + 1));
        if (!glossaryTerms.has(term)) {
          problems.push(
            `${file}: link "${url}" points to a glossary word that does not exist: there is no file content/glossary/${term}.yaml.`,
          );
        }
      } else if (/^http:\/\//i.test(url)) {
        problems.push(`${file}: link "${url}" must start with https:// (use the official site's secure address).`);
      } else if (/^(?:\.\.?\/|resources\/|programs\/)/.test(url)) {
        problems.push(`${file}: link "${url}" must start with a slash, like /resources/healthy-communication/.`);
      }
    }

    // Pictures: alt text and an existing file.
    const images = markdownImages(entry.body);
    if (entry.kind === "resources" && entry.data.image) images.push(entry.data.image);
    for (const image of images) {
      if (image.alt === undefined || image.alt.trim() === "") {
        problems.push(
          `${file}: picture "${image.src}" has no alt text. Write what it shows: ![A short description](${image.src}).`,
        );
      }
      if (image.src.startsWith("/") && !existsSync(path.join(publicDir, image.src))) {
        problems.push(`${file}: picture "${image.src}" does not exist. Put the file in public${image.src}.`);
      }
    }

    // Placeholders left from the template.
    const texts = [...textValues(entry.data), entry.body];
    if (texts.some((text) => /\bTODO\b/.test(text))) {
      problems.push(`${file}: still contains "TODO" from the template. Replace every TODO before publishing.`);
    }
    if (texts.some((text) => /\bexample\.(?:org|com|net)\b/i.test(text))) {
      problems.push(`${file}: still contains the placeholder address example.org. Use the real official address.`);
    }
  }
  return problems;
};
