/**
 * The Spanish articles against their English entries. Each file in content/es/resources/ names
 * the English entry it renders (`translationOf: resources/<slug>`) and the fingerprint of the
 * English file it was made from (`sourceHash`: the first 12 hex digits of its SHA-256). So:
 * - a Spanish entry naming an English entry that does not exist is an error (the content tests fail);
 * - an English file whose fingerprint no longer matches has changed since its Spanish version was
 *   written: it is listed as needing review (`npm run translations`), and the Spanish version is
 *   brought up to date and given the new `sourceHash`.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatContentError } from "../../src/lib/content/fields";
import { resourceEsSchema } from "../../src/lib/content/schema-es";
import { displayPath, parseYamlText, repoRoot, splitFrontmatter } from "./content";

/** The first 12 hex digits of the SHA-256 of a file's bytes. */
export const sourceHash = (file: string): string =>
  createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 12);

export interface Translation {
  /** The Spanish file, relative to the repository when inside it. */
  file: string;
  /** The English entry it renders, e.g. resources/healthy-communication. */
  translationOf: string;
  /** The English file, relative to the repository when inside it. */
  englishFile: string;
  /** The fingerprint the Spanish file names, and the English file's fingerprint now. */
  sourceHash: string;
  currentHash: string;
  /** The Spanish text, for the copy-overlap check. */
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

const spanishFiles = (contentDir: string): string[] => {
  const dir = path.join(contentDir, "es", "resources");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx") && !name.startsWith("_"))
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
    file,
    translationOf,
    englishFile: displayPath(english),
    sourceHash: named,
    currentHash: sourceHash(english),
    body,
    draft,
  };
};

/** Every Spanish article, its problems and the ones whose English entry changed since. */
export const checkTranslations = (options: { contentDir?: string } = {}): TranslationReport => {
  const contentDir = options.contentDir ?? path.join(repoRoot, "content");
  const translations: Translation[] = [];
  const problems: string[] = [];
  for (const file of spanishFiles(contentDir)) {
    const read = readTranslation(file, contentDir);
    if (typeof read === "string") problems.push(read);
    else translations.push(read);
  }
  const seen = new Map<string, string>();
  for (const t of translations) {
    const other = seen.get(t.translationOf);
    if (other)
      problems.push(`${t.file}: ${other} already renders ${t.translationOf}; keep one Spanish file per article.`);
    seen.set(t.translationOf, t.file);
  }
  const needsReview = translations.filter((t) => t.sourceHash !== t.currentHash);
  return { translations, problems, needsReview };
};

/** The report as `npm run translations` prints it. */
export const formatReport = (report: TranslationReport): string => {
  const lines = [`Spanish articles: ${report.translations.length}`];
  if (report.problems.length > 0) lines.push("", "Errors (fix these):", ...report.problems.map((p) => `  ${p}`));
  if (report.needsReview.length === 0) {
    lines.push("", "Needs review: none. Every Spanish article matches its English entry as it is now.");
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
