/**
 * The Spanish articles against their English entries. Each file in content/es/resources/ names
 * the English entry it renders (`translationOf: resources/<slug>`) and the fingerprint of the
 * English file it was made from (`sourceHash`: the first 12 hex digits of its SHA-256). So:
 * - a Spanish entry naming an English entry that does not exist is an error (the content tests fail);
 * - an English file whose fingerprint no longer matches has changed since its Spanish version was
 *   written: it is listed as needing review (`npm run translations`), and the Spanish version is
 *   brought up to date and given the new `sourceHash`.
 * The same holds for the Spanish text of each guide's "At a glance" panel, in
 * content/es/programs/<slug>.yaml (`translationOf: programs/<slug>`), which must also have every
 * free-text field of the English guide and no other (src/lib/content/program-text-es.ts).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatContentError } from "../../src/lib/content/fields";
import { programTextProblems, spanishFreeText } from "../../src/lib/content/program-text-es";
import { programEsSchema, resourceEsSchema } from "../../src/lib/content/schema-es";
import { checkFile, displayPath, parseYamlText, repoRoot, splitFrontmatter } from "./content";

/** The first 12 hex digits of the SHA-256 of a file's bytes. */
export const sourceHash = (file: string): string =>
  createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 12);

/** What a Spanish file translates: an article, or a guide's panel text. */
export type TranslationKind = "resources" | "programs";

export interface Translation {
  kind: TranslationKind;
  /** The Spanish file, relative to the repository when inside it. */
  file: string;
  /** The English entry it renders, e.g. resources/healthy-communication or programs/al-anon. */
  translationOf: string;
  /** The English file, relative to the repository when inside it. */
  englishFile: string;
  /** The fingerprint the Spanish file names, and the English file's fingerprint now. */
  sourceHash: string;
  currentHash: string;
  /** The Spanish text, for the copy-overlap and sentence checks (a panel's texts, one a line). */
  body: string;
  draft: boolean;
}

export interface TranslationReport {
  translations: Translation[];
  /** Errors: a Spanish file that fails its schema or names a missing English entry. */
  problems: string[];
  /** Spanish versions whose English entry changed after they were written. */
  needsReview: Translation[];
}

const EXTENSION: Record<TranslationKind, string> = { resources: ".mdx", programs: ".yaml" };

const spanishFiles = (contentDir: string, kind: TranslationKind): string[] => {
  const dir = path.join(contentDir, "es", kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(EXTENSION[kind]) && !name.startsWith("_"))
    .sort()
    .map((name) => path.join(dir, name));
};

/** Reads one Spanish file: its entry, or the problem that stops it. */
const readTranslation = (absolute: string, contentDir: string): Translation | string => {
  const file = displayPath(absolute);
  let data: unknown;
  let body: string;
  try {
    const split = splitFrontmatter(readFileSync(absolute, "utf8"), file);
    data = parseYamlText(split.frontmatter, file);
    body = split.body;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const result = resourceEsSchema.safeParse(data);
  if (!result.success) return formatContentError(file, result.error);
  const { translationOf, sourceHash: named, draft } = result.data;
  const english = path.join(contentDir, `${translationOf}.mdx`);
  if (!existsSync(english)) {
    return `${file}: "translationOf" names ${translationOf}, but ${displayPath(english)} does not exist. Write the English entry's file name (resources/<file-name>), or remove the Spanish file if the English article was removed.`;
  }
  return {
    kind: "resources",
    file,
    translationOf,
    englishFile: displayPath(english),
    sourceHash: named,
    currentHash: sourceHash(english),
    body,
    draft,
  };
};

/** Reads one guide's Spanish panel text: its entry, or the problems that stop it. */
const readProgramText = (absolute: string, contentDir: string): Translation | string => {
  const file = displayPath(absolute);
  let data: unknown;
  try {
    data = parseYamlText(readFileSync(absolute, "utf8"), file);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const result = programEsSchema.safeParse(data);
  if (!result.success) return formatContentError(file, result.error);
  const { translationOf, sourceHash: named } = result.data;
  const english = path.join(contentDir, `${translationOf}.mdx`);
  if (!existsSync(english)) {
    return `${file}: "translationOf" names ${translationOf}, but ${displayPath(english)} does not exist. Write the English guide's file name (programs/<file-name>), or remove the Spanish file if the guide was removed.`;
  }
  const guide = checkFile(english, "programs");
  // A broken English guide is reported by the schema tests; its panel cannot be compared until fixed.
  if (!guide.ok || guide.entry.kind !== "programs") return `${file}: ${displayPath(english)} has errors; fix it first.`;
  const missing = programTextProblems({ spanish: file, english: displayPath(english) }, guide.entry.data, result.data);
  if (missing.length > 0) return missing.join("\n");
  return {
    kind: "programs",
    file,
    translationOf,
    englishFile: displayPath(english),
    sourceHash: named,
    currentHash: sourceHash(english),
    body: [...spanishFreeText(result.data).values()].join("\n\n"),
    draft: false,
  };
};

/** Every Spanish article and guide panel, their problems and the ones whose English entry changed since. */
export const checkTranslations = (options: { contentDir?: string } = {}): TranslationReport => {
  const contentDir = options.contentDir ?? path.join(repoRoot, "content");
  const translations: Translation[] = [];
  const problems: string[] = [];
  const readers = { resources: readTranslation, programs: readProgramText } as const;
  for (const kind of ["resources", "programs"] as const) {
    for (const file of spanishFiles(contentDir, kind)) {
      const read = readers[kind](file, contentDir);
      if (typeof read === "string") problems.push(read);
      else translations.push(read);
    }
  }
  const seen = new Map<string, string>();
  for (const t of translations) {
    const other = seen.get(t.translationOf);
    if (other)
      problems.push(`${t.file}: ${other} already renders ${t.translationOf}; keep one Spanish file per English entry.`);
    seen.set(t.translationOf, t.file);
  }
  const needsReview = translations.filter((t) => t.sourceHash !== t.currentHash);
  return { translations, problems, needsReview };
};

/** The report as `npm run translations` prints it. */
export const formatReport = (report: TranslationReport): string => {
  const count = (kind: TranslationKind) => report.translations.filter((t) => t.kind === kind).length;
  const lines = [`Spanish articles: ${count("resources")}`, `Spanish guide panels: ${count("programs")}`];
  if (report.problems.length > 0) lines.push("", "Errors (fix these):", ...report.problems.map((p) => `  ${p}`));
  if (report.needsReview.length === 0) {
    lines.push("", "Needs review: none. Every Spanish text matches its English entry as it is now.");
  } else {
    lines.push("", "Needs review: the English entry changed after its Spanish version was written.");
    for (const t of report.needsReview) {
      lines.push(
        `  ${t.englishFile} → ${t.file}: written from ${t.sourceHash}, English is now ${t.currentHash}.`,
        `    Compare: git log -p -- ${t.englishFile}; bring the Spanish text up to date, then set sourceHash: "${t.currentHash}"`,
      );
    }
  }
  return lines.join("\n");
};
