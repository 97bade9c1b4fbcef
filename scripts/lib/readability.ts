/**
 * Readability scores of the site's articles and program guides, computed with the
 * `text-readability` package (a port of Python's textstat) on the prose a reader reads.
 */
import readability from "text-readability";
import { type Kind, listFiles, readEntry } from "./content";
import { countWords, mdxToProse } from "./prose";

/** The site aims at Flesch-Kincaid grade 8 (plain English). */
export const TARGET_GRADE = 8;
/** Above this grade an article fails the content tests. */
export const MAX_GRADE = 10;

export interface ReadabilityScore {
  file: string;
  words: number;
  /** Flesch-Kincaid grade level. */
  grade: number;
  /** Flesch reading ease (higher is easier). */
  ease: number;
}

/** Scores a piece of prose. */
export const scoreProse = (prose: string): { words: number; grade: number; ease: number } => ({
  words: countWords(prose),
  grade: readability.fleschKincaidGrade(prose),
  ease: readability.fleschReadingEase(prose),
});

/** Scores the body of an MDX file (frontmatter, imports, tags, link addresses and code removed). */
export const scoreMdxFile = (absolutePath: string, kind: Kind): ReadabilityScore => {
  const entry = readEntry(absolutePath, kind);
  return { file: entry.file, ...scoreProse(mdxToProse(entry.body)) };
};

/** Scores every resource and program guide (templates and `_` drafts left out). */
export const scoreAll = (options: { contentDir?: string } = {}): ReadabilityScore[] =>
  (["resources", "programs"] as const).flatMap((kind) =>
    listFiles(kind, options).map((file) => scoreMdxFile(file, kind)),
  );

/** A plain-text table of scores; entries above the target grade are marked. */
export const formatTable = (scores: ReadabilityScore[]): string => {
  const header = ["file", "words", "FK grade", "reading ease", ""];
  const rows = scores.map((s) => [
    s.file,
    String(s.words),
    s.grade.toFixed(1),
    s.ease.toFixed(1),
    s.grade > MAX_GRADE
      ? `FAIL: above grade ${MAX_GRADE}`
      : s.grade > TARGET_GRADE
        ? `above grade ${TARGET_GRADE}`
        : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === 1 || i === 2 || i === 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
};
