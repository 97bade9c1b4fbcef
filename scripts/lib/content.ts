/**
 * Reading content files the way the site does: frontmatter parsed with the `yaml` package and
 * checked with the schemas in `src/lib/content/schema.ts` (the single source of truth).
 * Used by the content tests, the readability report and `npm run new`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { formatContentError } from "../../src/lib/content/fields";
import {
  type GlossaryTerm,
  glossarySchema,
  type Program,
  programSchema,
  type Resource,
  resourceSchema,
} from "../../src/lib/content/schema";

/** The repository's root folder. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The three content collections, named after their folders in `content/`. */
export const KINDS = ["resources", "programs", "glossary"] as const;
export type Kind = (typeof KINDS)[number];

/** The file extension each collection uses. */
export const EXTENSION: Record<Kind, string> = { resources: ".mdx", programs: ".mdx", glossary: ".yaml" };

/** One content file as read from disk, before validation. */
export interface RawEntry {
  kind: Kind;
  /** Path shown to people: relative to the repository root when inside it. */
  file: string;
  /** The file name without extension; it becomes the page address. */
  slug: string;
  /** The parsed frontmatter (or the whole YAML file for glossary terms). */
  data: unknown;
  /** The Markdown/MDX body (empty for glossary terms). */
  body: string;
}

export type ValidEntry =
  | { kind: "resources"; file: string; slug: string; body: string; data: Resource }
  | { kind: "programs"; file: string; slug: string; body: string; data: Program }
  | { kind: "glossary"; file: string; slug: string; body: string; data: GlossaryTerm };

export type CheckResult = { ok: true; entry: ValidEntry } | { ok: false; message: string };

/** A problem with a content file that is not a schema problem (e.g. broken YAML). */
export class ContentFileError extends Error {}

/** A path relative to the repository root when the file is inside it, otherwise absolute. */
export const displayPath = (absolute: string): string => {
  const relative = path.relative(repoRoot, absolute);
  return relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
};

/**
 * Splits an `.mdx` file into its frontmatter (the YAML between the two `---` lines at the top)
 * and its body. Throws a ContentFileError naming the file when the frontmatter is missing.
 */
export const splitFrontmatter = (text: string, file: string): { frontmatter: string; body: string } => {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) {
    throw new ContentFileError(
      `${file}: frontmatter: the file must start with a line "---", then the fields, then another line "---". Copy the start of the template in CONTRIBUTING.md.`,
    );
  }
  return { frontmatter: match[1] ?? "", body: normalised.slice(match[0].length) };
};

/** Parses YAML text, turning a syntax error into a plain message naming the file. */
export const parseYamlText = (text: string, file: string): unknown => {
  try {
    return parseYaml(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ContentFileError(
      `${file}: frontmatter: the fields are not written correctly (${detail}). Check colons, indentation and quotes against the template in CONTRIBUTING.md.`,
    );
  }
};

/** Reads one content file of the given kind. */
export const readEntry = (absolutePath: string, kind: Kind): RawEntry => {
  const file = displayPath(absolutePath);
  const text = readFileSync(absolutePath, "utf8");
  const slug = path.basename(absolutePath, EXTENSION[kind]);
  if (kind === "glossary") return { kind, file, slug, data: parseYamlText(text, file), body: "" };
  const { frontmatter, body } = splitFrontmatter(text, file);
  return { kind, file, slug, data: parseYamlText(frontmatter, file), body };
};

/** Checks a raw entry against its collection's schema. */
export const checkEntry = (raw: RawEntry): CheckResult => {
  const { file, slug, body } = raw;
  switch (raw.kind) {
    case "resources": {
      const result = resourceSchema.safeParse(raw.data);
      return result.success
        ? { ok: true, entry: { kind: "resources", file, slug, body, data: result.data } }
        : { ok: false, message: formatContentError(file, result.error) };
    }
    case "programs": {
      const result = programSchema.safeParse(raw.data);
      return result.success
        ? { ok: true, entry: { kind: "programs", file, slug, body, data: result.data } }
        : { ok: false, message: formatContentError(file, result.error) };
    }
    case "glossary": {
      const result = glossarySchema.safeParse(raw.data);
      return result.success
        ? { ok: true, entry: { kind: "glossary", file, slug, body, data: result.data } }
        : { ok: false, message: formatContentError(file, result.error) };
    }
  }
};

/** Reads and checks one file; YAML problems come back as a failed result, not an exception. */
export const checkFile = (absolutePath: string, kind: Kind): CheckResult => {
  try {
    return checkEntry(readEntry(absolutePath, kind));
  } catch (error) {
    if (error instanceof ContentFileError) return { ok: false, message: error.message };
    throw error;
  }
};

/**
 * The content files of one collection. Files whose names start with `_` (templates, drafts)
 * are left out unless `includeIgnored` is set, matching the pattern in src/content.config.ts.
 */
export const listFiles = (kind: Kind, options: { contentDir?: string; includeIgnored?: boolean } = {}): string[] => {
  const dir = path.join(options.contentDir ?? path.join(repoRoot, "content"), kind);
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.name.endsWith(EXTENSION[kind]) && (options.includeIgnored || !item.name.startsWith("_"))) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found.sort();
};

/** Whether an entry is a draft (kept out of the built site). Glossary terms have no drafts. */
export const isDraft = (entry: ValidEntry): boolean => entry.kind !== "glossary" && entry.data.draft;

/** Every content entry that passes its schema, with the messages of those that do not. */
export const loadAll = (options: { contentDir?: string } = {}): { entries: ValidEntry[]; problems: string[] } => {
  const entries: ValidEntry[] = [];
  const problems: string[] = [];
  for (const kind of KINDS) {
    for (const file of listFiles(kind, options)) {
      const result = checkFile(file, kind);
      if (result.ok) entries.push(result.entry);
      else problems.push(result.message);
    }
  }
  return { entries, problems };
};

/** The page address of a resource or program, e.g. `/resources/healthy-communication/`. */
export const pagePath = (entry: { kind: Kind; slug: string }): string =>
  entry.kind === "glossary" ? "/glossary/" : `/${entry.kind}/${entry.slug}/`;

/** The display title of an entry: `title` for resources, `name` for programs, `term` for glossary. */
export const titleOf = (entry: ValidEntry): string => {
  switch (entry.kind) {
    case "resources":
      return entry.data.title;
    case "programs":
      return entry.data.name;
    case "glossary":
      return entry.data.term;
  }
};

/**
 * Files in a collection's folder that the build silently skips although they look like content:
 * a wrong extension (e.g. `.md` instead of `.mdx`, `.yml` instead of `.yaml`) or a file name
 * that is not lowercase-with-dashes. One plain message each.
 */
export const strayFiles = (options: { contentDir?: string } = {}): string[] => {
  const contentDir = options.contentDir ?? path.join(repoRoot, "content");
  const problems: string[] = [];
  for (const kind of KINDS) {
    const dir = path.join(contentDir, kind);
    if (!existsSync(dir)) continue;
    const items = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const item of items) {
      if (!item.isFile() || item.name.startsWith(".")) continue;
      const file = displayPath(path.join(dir, item.name));
      const extension = path.extname(item.name);
      const stem = path.basename(item.name, extension);
      if (extension !== EXTENSION[kind]) {
        problems.push(
          `${file}: the build ignores this file because it does not end in ${EXTENSION[kind]}. Rename it to ${stem}${EXTENSION[kind]}.`,
        );
      } else if (!item.name.startsWith("_") && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem)) {
        problems.push(
          `${file}: the file name becomes the page address, so use lowercase letters, numbers and dashes only, e.g. ${stem
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, "")}${extension}.`,
        );
      }
    }
  }
  return problems;
};
