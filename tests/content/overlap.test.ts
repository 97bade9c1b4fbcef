/**
 * No published text is copied from the reference page the site was modelled on: no run of
 * 8 or more consecutive words (lowercase, punctuation removed) may match it.
 *
 * The reference text is not in the repository: without it (a plain clone) the check on the real
 * content is skipped with one line saying how to run it; with REQUIRE_REFERENCE_TEXT=1 (CI) it
 * runs and a missing file fails it. The check's own tests below always run, on fixtures.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDraft, loadAll, repoRoot } from "../../scripts/lib/content";
import {
  buildWindowIndex,
  findCopiedText,
  normaliseWords,
  programNameWords,
  readReferenceText,
  referenceTextPath,
  referenceTextRequired,
  SKIPPED_LINE,
  sharedRuns,
} from "../../scripts/lib/overlap";
import { checkTranslations } from "../../scripts/lib/translations";

const referenceFile = referenceTextPath();
const skip = !existsSync(referenceFile) && !referenceTextRequired();
if (skip) console.warn(SKIPPED_LINE);

describe.skipIf(skip)("real content, against the reference text (REFERENCE_TEXT)", () => {
  it("finds the reference text", () => {
    // Throws, failing this test, with a message saying how to provide the file.
    const text = readReferenceText(referenceFile);
    expect(normaliseWords(text).length).toBeGreaterThan(500);
  });

  it("shares no run of 8 or more words with the reference", () => {
    const reference = readReferenceText(referenceFile);
    const { entries } = loadAll();
    const published = entries.filter((entry) => !isDraft(entry));
    expect(published.length).toBeGreaterThan(0);
    const problems = findCopiedText(published, reference);
    expect(problems, problems.join("\n\n")).toEqual([]);
  });

  it("shares no run of 8 or more words with the reference in the Spanish articles either", () => {
    const index = buildWindowIndex(readReferenceText(referenceFile));
    const nameWords = programNameWords(loadAll().entries);
    const spanish = checkTranslations().translations.filter((t) => !t.draft);
    expect(spanish.length).toBeGreaterThan(0);
    const copied = spanish.flatMap((t) => sharedRuns(t.body, index, { nameWords }).map((run) => `${t.file}: "${run}"`));
    expect(copied, copied.join("\n")).toEqual([]);
  });
});

describe("finding the reference text", () => {
  it("explains how to provide it when it is missing, in the project's words", () => {
    const missing = referenceTextPath({ REFERENCE_TEXT: "/nowhere/reference.txt" });
    expect(missing).toBe("/nowhere/reference.txt");
    expect(() => readReferenceText(missing)).toThrow(
      /reference text for the copy-overlap check is missing: expected \/nowhere\/reference\.txt\. Set REFERENCE_TEXT/,
    );
    expect(referenceTextPath({})).toBe(path.resolve(repoRoot, "../shared/reference/mutual-support-groups.txt"));
    expect(SKIPPED_LINE).toMatch(/SKIPPED.*REFERENCE_TEXT=/);
    expect(SKIPPED_LINE).not.toMatch(/\n|shared/);
  });

  it("is required when REQUIRE_REFERENCE_TEXT=1, as in CI", () => {
    expect(referenceTextRequired({ REQUIRE_REFERENCE_TEXT: "1" })).toBe(true);
    expect(referenceTextRequired({})).toBe(false);
  });
});

describe("the check works", () => {
  const reference = [
    "People in recovery who participate in mutual support groups find a source of tremendous wisdom.",
    "Fellowship and peer support can help your loved one with their recovery goals, particularly by building connections within their communities.",
    "Narcotics Anonymous (NA), Gamblers Anonymous, Nicotine Anonymous, Marijuana Anonymous, and others.",
  ].join("\n");

  it("catches a copied sentence in fixtures, naming the file and the shared words", () => {
    const { entries } = loadAll({ contentDir: path.join(repoRoot, "tests/fixtures/content/overlap") });
    const problems = findCopiedText(entries, reference).join("\n");
    expect(problems).toContain("tests/fixtures/content/overlap/resources/copied-sentence.mdx: 1 passage of 8+ words");
    expect(problems).toContain(
      '"fellowship and peer support can help your loved one with their recovery goals particularly by building connections"',
    );
    expect(problems).toContain("tests/fixtures/content/overlap/glossary/copied-definition.yaml");
    expect(problems).not.toContain("own-words.mdx");
  });

  it("matches despite case, punctuation, emphasis and links, but not a 7-word run", () => {
    const index = buildWindowIndex(reference);
    expect(sharedRuns("They said: PEOPLE in recovery, who participate in mutual-support groups!", index)).toEqual([
      "people in recovery who participate in mutual support groups",
    ]);
    expect(sharedRuns("Fellowship and peer support can help your friend.", index)).toEqual([]);
  });

  it("skips a run made only of program names, but not one with other words", () => {
    const index = buildWindowIndex(reference);
    const names = new Set(
      normaliseWords("Narcotics Anonymous NA Gamblers Anonymous Nicotine Anonymous Marijuana Anonymous"),
    );
    const list = "Narcotics Anonymous (NA), Gamblers Anonymous, Nicotine Anonymous, Marijuana Anonymous";
    expect(sharedRuns(list, index)).toHaveLength(1);
    expect(sharedRuns(list, index, { nameWords: names })).toEqual([]);
    expect(sharedRuns(`${list}, and others.`, index, { nameWords: names })).toEqual([
      "na gamblers anonymous nicotine anonymous marijuana anonymous and others",
    ]);
  });

  it("treats fixed terms such as the Four Noble Truths as names, but still catches the sentence around them", () => {
    const buddhist =
      "Meetings include readings of the Four Noble Truths and the Eightfold Path to recovery, meditation, and sharing.";
    const index = buildWindowIndex(buddhist);
    const names = programNameWords([]);
    expect(
      sharedRuns("It opens with the Four Noble Truths and the Eightfold Path.", index, { nameWords: names }),
    ).toEqual([]);
    expect(
      sharedRuns("Readings of the Four Noble Truths and the Eightfold Path to recovery.", index, { nameWords: names }),
    ).toEqual(["readings of the four noble truths and the eightfold path to recovery"]);
  });
});
