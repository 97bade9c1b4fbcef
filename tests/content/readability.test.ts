/**
 * Readability: every resource and program guide reads at Flesch-Kincaid grade 10 or below
 * (the aim is 8; `npx tsx scripts/readability.ts` prints the full table).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEntry, repoRoot } from "../../scripts/lib/content";
import { mdxToProse } from "../../scripts/lib/prose";
import { formatTable, MAX_GRADE, type ReadabilityScore, scoreAll, scoreMdxFile } from "../../scripts/lib/readability";

/** One message per file above the limit, naming it and its grade. */
const tooHard = (scores: ReadabilityScore[]): string[] =>
  scores
    .filter((s) => s.grade > MAX_GRADE)
    .map(
      (s) =>
        `${s.file}: reads at Flesch-Kincaid grade ${s.grade.toFixed(1)} (limit ${MAX_GRADE}, aim 8). Use shorter sentences and plainer words.`,
    );

const fixtures = path.join(repoRoot, "tests/fixtures/content/readability");

describe("real content", () => {
  const scores = scoreAll();
  it(`every resource and program guide is at grade ${MAX_GRADE} or below`, () => {
    const problems = tooHard(scores);
    expect(problems, `${problems.join("\n")}\n\n${formatTable(scores)}`).toEqual([]);
  });
  it("scores real prose (each file has words to score)", () => {
    const empty = scores.filter((s) => s.words < 20).map((s) => s.file);
    expect(empty, `These files have almost no text to score: ${empty.join(", ")}`).toEqual([]);
  });
});

describe("the check works", () => {
  it("fails a deliberately complex article, naming it and its grade", () => {
    const score = scoreMdxFile(path.join(fixtures, "too-complex.mdx"), "resources");
    expect(score.grade).toBeGreaterThan(MAX_GRADE);
    const [message] = tooHard([score]);
    expect(message).toContain("tests/fixtures/content/readability/too-complex.mdx: reads at Flesch-Kincaid grade");
    expect(message).toContain(score.grade.toFixed(1));
  });

  it("passes a plain article and ignores imports, components, link addresses and code", () => {
    const file = path.join(fixtures, "plain-with-markup.mdx");
    const prose = mdxToProse(readEntry(file, "resources").body);
    expect(prose).not.toMatch(/import|BreathingPractice|samhsa|intergenerational|```|<|\{/);
    expect(prose).toContain("Read a short guide when you can.");
    expect(prose).toContain("Take a breath.");
    expect(prose).toContain("Rest when you are tired.");
    const score = scoreMdxFile(file, "resources");
    expect(score.grade).toBeLessThanOrEqual(8);
    expect(score.words).toBe(countExpectedWords(prose));
    expect(tooHard([score])).toEqual([]);
  });

  it("marks entries above grade 8 in the report table", () => {
    const table = formatTable([
      { file: "a.mdx", words: 100, grade: 7.2, ease: 75 },
      { file: "b.mdx", words: 100, grade: 9.1, ease: 55 },
      { file: "c.mdx", words: 100, grade: 11.4, ease: 40 },
    ]);
    expect(table).toMatch(/a\.mdx\s+100\s+7\.2\s+75\.0\s*$/m);
    expect(table).toMatch(/b\.mdx.*above grade 8/);
    expect(table).toMatch(/c\.mdx.*FAIL: above grade 10/);
  });
});

function countExpectedWords(prose: string): number {
  return prose.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}
