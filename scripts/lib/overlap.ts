/**
 * Finds text copied from the reference page the site was modelled on: any run of WINDOW or more
 * consecutive words, compared lowercase with punctuation removed.
 *
 * The reference text is not part of this repository (it is not ours to publish). The check finds
 * it at REFERENCE_TEXT, or where the project's own machines keep it; without it the check is
 * skipped with one line saying how to run it, unless REQUIRE_REFERENCE_TEXT=1 (CI), which makes
 * a missing file a failure.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot, type ValidEntry } from "./content";
import { mdxToProse } from "./prose";

/** The shortest run of shared consecutive words that counts as copying. */
export const WINDOW = 8;

/** Where the reference text is expected; `REFERENCE_TEXT` overrides it. */
export const referenceTextPath = (env: NodeJS.ProcessEnv = process.env): string =>
  env.REFERENCE_TEXT && env.REFERENCE_TEXT.trim() !== ""
    ? path.resolve(env.REFERENCE_TEXT)
    : path.resolve(repoRoot, "../shared/reference/mutual-support-groups.txt");

/** Whether the check must run (CI sets REQUIRE_REFERENCE_TEXT=1): then a missing text fails it. */
export const referenceTextRequired = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.REQUIRE_REFERENCE_TEXT === "1" || env.REQUIRE_REFERENCE_TEXT === "true";

/** The one line shown when the check is skipped. */
export const SKIPPED_LINE =
  "Copy-overlap check SKIPPED: it needs the reference text the site was modelled on, which is not in this repository. " +
  "To run it: REFERENCE_TEXT=/path/to/mutual-support-groups.txt npm test";

/** Reads the reference text, or throws a message saying how to provide it. */
export const readReferenceText = (file: string): string => {
  if (!existsSync(file)) {
    throw new Error(
      `The reference text for the copy-overlap check is missing: expected ${file}. Set REFERENCE_TEXT to the path of mutual-support-groups.txt.`,
    );
  }
  return readFileSync(file, "utf8");
};

/** Lowercase words with punctuation removed; apostrophes vanish ("one’s" → "ones"), dashes split. */
export const normaliseWords = (text: string): string[] =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");

/** Every run of WINDOW consecutive words in the reference, for fast look-up. */
export const buildWindowIndex = (reference: string, window = WINDOW): Set<string> => {
  const words = normaliseWords(reference);
  const index = new Set<string>();
  for (let i = 0; i + window <= words.length; i++) index.add(words.slice(i, i + window).join(" "));
  return index;
};

/**
 * The maximal runs of a text that are shared with the reference. A window made only of
 * `nameWords` (words of program names and fixed terms, such as a list of fellowships) is not
 * counted: names cannot be reworded. Every other window counts.
 */
export const sharedRuns = (
  text: string,
  index: Set<string>,
  options: { window?: number; nameWords?: ReadonlySet<string> } = {},
): string[] => {
  const window = options.window ?? WINDOW;
  const nameWords = options.nameWords ?? new Set<string>();
  const words = normaliseWords(text);
  const shared = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i + window <= words.length; i++) {
    const slice = words.slice(i, i + window);
    if (!index.has(slice.join(" "))) continue;
    if (slice.every((word) => nameWords.has(word))) continue;
    for (let j = i; j < i + window; j++) shared[j] = true;
  }
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && shared[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(words.slice(start, i).join(" "));
      start = -1;
    }
  }
  return runs;
};

/** The published text of an entry, as separate pieces (fields and body) so runs never cross them. */
export const publishedText = (entry: ValidEntry): string[] => {
  switch (entry.kind) {
    case "resources":
      return [entry.data.title, entry.data.description, entry.data.image?.alt ?? "", mdxToProse(entry.body)];
    case "programs": {
      const d = entry.data;
      const notes = [d.formats.note, d.familyMeetings.note, d.openMeetings.note, d.cost.note];
      return [
        d.description,
        d.cost.value,
        d.communities ?? "",
        d.findingMeetings ?? "",
        ...notes.map((n) => n ?? ""),
        mdxToProse(entry.body),
      ];
    }
    case "glossary":
      return [entry.data.term, entry.data.definition, ...entry.data.aliases];
  }
};

/**
 * Names of teachings and books that programs use and that cannot be reworded. Like program
 * names, a window made only of these, program names and the joining words below is not copying
 * (e.g. "the Four Noble Truths and the Eightfold Path").
 */
export const FIXED_TERMS = [
  "Four Noble Truths",
  "Eightfold Path",
  "Twelve Steps",
  "Twelve Traditions",
  "Big Book",
  "Higher Power",
  "Serenity Prayer",
] as const;

/** Joining words allowed between names in a names-only window. */
export const JOINING_WORDS = ["the", "and", "of", "or", "a"] as const;

/** Words of program names (full, short and family-meeting names), fixed terms and joining words. */
export const programNameWords = (entries: ValidEntry[]): Set<string> => {
  const words = new Set<string>(["anonymous", ...JOINING_WORDS]);
  for (const term of FIXED_TERMS) for (const word of normaliseWords(term)) words.add(word);
  for (const entry of entries) {
    if (entry.kind !== "programs") continue;
    for (const name of [entry.data.name, entry.data.shortName, entry.data.familyMeetings.name ?? ""]) {
      for (const word of normaliseWords(name)) words.add(word);
    }
  }
  return words;
};

/** One message per entry that shares runs with the reference: the file and the shared words. */
export const findCopiedText = (entries: ValidEntry[], reference: string): string[] => {
  const index = buildWindowIndex(reference);
  const nameWords = programNameWords(entries);
  const problems: string[] = [];
  for (const entry of entries) {
    const runs = publishedText(entry).flatMap((piece) => sharedRuns(piece, index, { nameWords }));
    if (runs.length > 0) {
      problems.push(
        `${entry.file}: ${runs.length} passage${runs.length === 1 ? "" : "s"} of ${WINDOW}+ words copied from the reference text. Rewrite in your own words:\n${runs.map((run) => `  - "${run}"`).join("\n")}`,
      );
    }
  }
  return problems;
};
