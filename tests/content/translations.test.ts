/**
 * Spanish articles (content/es/resources/): each names an English entry that exists, and the
 * report lists English entries that changed after their Spanish version (fixtures prove both).
 * Readability grades are not scored for Spanish: text-readability's formulas (Flesch-Kincaid and
 * the rest) count English syllables and are English-only. Sentence length stands in for them
 * (scripts/lib/sentences.ts). The copy-overlap check on the Spanish text is in overlap.test.ts,
 * with the other checks that need the reference text.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/lib/content";
import { MAX_SENTENCE_WORDS, sentenceProblems } from "../../scripts/lib/sentences";
import { checkTranslations, formatReport, sourceHash } from "../../scripts/lib/translations";

const fixtures = path.join(repoRoot, "tests/fixtures/content/translations");

describe("real Spanish articles", () => {
  const report = checkTranslations();

  it("each passes its schema and names an English entry that exists", () => {
    expect(report.problems, report.problems.join("\n\n")).toEqual([]);
  });

  it("includes the eight family articles of issue 12", () => {
    const rendered = report.translations.map((t) => t.translationOf);
    for (const slug of [
      "what-is-a-substance-use-disorder",
      "first-72-hours-in-treatment",
      "taking-care-of-yourself",
      "healthy-communication",
      "worried-before-treatment",
      "continuing-care-after-treatment",
      "mutual-support-groups",
      "opioid-overdose",
    ]) {
      expect(rendered, `content/es/resources/ has no Spanish version of resources/${slug}`).toContain(
        `resources/${slug}`,
      );
    }
  });

  it("prints the review list (English entries changed after their Spanish version)", () => {
    // Informational: a changed English article does not fail the tests; the list says what to review.
    console.log(formatReport(report));
    const articles = report.translations.filter((t) => t.kind === "resources").length;
    expect(formatReport(report)).toContain(`Spanish articles: ${articles}`);
  });

  it("keeps sentences short (the Spanish stand-in for the reading-grade check)", () => {
    const problems = report.translations.flatMap((t) => sentenceProblems(t.file, t.body));
    expect(problems, problems.join("\n")).toEqual([]);
  });
});

describe("the check works", () => {
  const report = checkTranslations({ contentDir: fixtures });

  it("fails a Spanish entry that names a missing English entry, saying which", () => {
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain("es/resources/missing.mdx");
    expect(report.problems[0]).toContain('"translationOf" names resources/never-written');
    expect(report.problems[0]).toContain("does not exist");
  });

  it("lists an English entry that changed after its Spanish version as needing review, and not one that did not", () => {
    expect(report.needsReview.map((t) => t.translationOf)).toEqual(["resources/changed"]);
    const printed = formatReport(report);
    expect(printed).toContain("Needs review");
    expect(printed).toContain(`set sourceHash: "${sourceHash(path.join(fixtures, "resources/changed.mdx"))}"`);
    expect(printed).not.toContain("resources/calm.mdx →");
  });

  it("fails Spanish text with long sentences, naming the file and the length", () => {
    const long = `${Array.from({ length: MAX_SENTENCE_WORDS + 5 }, () => "palabra").join(" ")}.`;
    const problems = sentenceProblems("es/larga.mdx", `Una frase corta.\n\n${long}`);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^es\/larga\.mdx: sentences average 24\.0 words/);
    expect(problems[1]).toContain(`one sentence has ${MAX_SENTENCE_WORDS + 5} words`);
    expect(sentenceProblems("es/corta.mdx", "Una frase corta. Otra frase corta.")).toEqual([]);
  });

  it("fingerprints a file as the first 12 hex digits of its SHA-256", () => {
    expect(sourceHash(path.join(fixtures, "resources/calm.mdx"))).toMatch(/^[0-9a-f]{12}$/);
    const calm = report.translations.find((t) => t.translationOf === "resources/calm");
    expect(calm?.currentHash).toBe(calm?.sourceHash);
  });
});
