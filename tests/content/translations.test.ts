/**
 * Spanish articles (content/es/resources/): each names an English entry that exists, and the
 * report lists English entries that changed after their Spanish version (fixtures prove both).
 * Readability grades are not scored for Spanish: text-readability's formulas (Flesch-Kincaid and
 * the rest) count English syllables and are English-only. Sentence length stands in for them
 * (scripts/lib/sentences.ts). The copy-overlap check on the Spanish text is in overlap.test.ts,
 * with the other checks that need the reference text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { checkFile, repoRoot } from "../../scripts/lib/content";
import { MAX_SENTENCE_WORDS, sentenceProblems } from "../../scripts/lib/sentences";
import { checkTranslations, formatReport, sourceHash } from "../../scripts/lib/translations";
import { formatContentError } from "../../src/lib/content/fields";
import { textForSpanishPage, withSpanishText } from "../../src/lib/content/program-text-es";
import { programEsSchema } from "../../src/lib/content/schema-es";

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

  it("gives the 29 guides of issue 12 their Spanish panel text (content/es/programs/<slug>.yaml)", () => {
    // A fixed list, as for the articles: a new English guide shows its English words on the
    // Spanish page, marked lang="en", until someone writes its Spanish file.
    const panels = new Set(report.translations.filter((t) => t.kind === "programs").map((t) => t.translationOf));
    const guides = [
      "aa-agnostica",
      "addictions-victorious",
      "adult-children-of-alcoholics",
      "al-anon",
      "alcoholics-anonymous",
      "all-recovery",
      "buddhist-recovery-network",
      "celebrate-recovery",
      "families-anonymous",
      "gam-anon",
      "gamblers-anonymous",
      "in-the-rooms",
      "learn-to-cope",
      "lifering",
      "marijuana-anonymous",
      "medication-assisted-recovery-anonymous",
      "millati-islami",
      "nar-anon",
      "narcotics-anonymous",
      "nicotine-anonymous",
      "pal",
      "recovery-dharma",
      "refuge-recovery",
      "secular-organizations-for-sobriety",
      "smart-recovery",
      "the-phoenix",
      "wellbriety",
      "women-for-sobriety",
      "y12sr",
    ];
    expect(guides).toHaveLength(29);
    const missing = guides.filter((slug) => !panels.has(`programs/${slug}`));
    expect(missing, `No Spanish panel text in content/es/programs/ for: ${missing.join(", ")}`).toEqual([]);
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

  const articleProblems = report.problems.filter((p) => p.includes("es/resources/"));

  it("fails a Spanish entry that names a missing English entry, saying which", () => {
    expect(articleProblems).toHaveLength(1);
    expect(articleProblems[0]).toContain("es/resources/missing.mdx");
    expect(articleProblems[0]).toContain('"translationOf" names resources/never-written');
    expect(articleProblems[0]).toContain("does not exist");
  });

  it("lists an English entry that changed after its Spanish version as needing review, and not one that did not", () => {
    expect(report.needsReview.map((t) => t.translationOf)).toEqual([
      "resources/changed",
      "programs/changed-fellowship",
    ]);
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

describe("the check of a guide's Spanish panel text works", () => {
  const report = checkTranslations({ contentDir: fixtures });
  const dir = "tests/fixtures/content/translations";
  /** The problem lines about one Spanish fixture file. */
  const about = (name: string): string[] =>
    report.problems.flatMap((p) => p.split("\n")).filter((line) => line.startsWith(`${dir}/es/programs/${name}.yaml:`));

  it("accepts a complete, up-to-date file, and one whose English cost is not confirmed (no value to translate)", () => {
    const ok = report.translations.filter((t) => t.kind === "programs").map((t) => t.translationOf);
    expect(ok).toEqual(["programs/calm-fellowship", "programs/changed-fellowship", "programs/unsure-cost"]);
    const calm = report.translations.find((t) => t.translationOf === "programs/calm-fellowship");
    expect(calm?.currentHash).toBe(calm?.sourceHash);
    expect(calm?.body).toContain("Pregunte al grupo antes de ir.");
  });

  it("fails a file whose English guide does not exist", () => {
    expect(about("missing-english")).toEqual([
      `${dir}/es/programs/missing-english.yaml: "translationOf" names programs/never-written, but ${dir}/programs/never-written.mdx does not exist. Write the English guide's file name (programs/<file-name>), or remove the Spanish file if the guide was removed.`,
    ]);
  });

  it("fails a file that lacks a text the English guide has, naming the field", () => {
    expect(about("missing-note")).toEqual([
      `${dir}/es/programs/missing-note.yaml: openMeetings → note: ${dir}/programs/calm-fellowship.mdx has this text in English, but the Spanish file does not. Add it in Spanish.`,
    ]);
  });

  it("fails a file with a text the English guide does not have, and a value for a not-confirmed cost", () => {
    expect(about("extra-text")).toEqual([
      `${dir}/es/programs/extra-text.yaml: cost → value: the English cost is not-confirmed, which the site shows in Spanish by itself. Remove "value" from the Spanish cost.`,
      `${dir}/es/programs/extra-text.yaml: communities: ${dir}/programs/unsure-cost.mdx has no such text, so there is nothing to translate. Remove it (or add it to the English guide first).`,
    ]);
  });

  it("fails an unknown field by name", () => {
    expect(about("unknown-field")).toEqual([
      `${dir}/es/programs/unknown-field.yaml: descripcion: this is not a known field. Check its spelling against the template in CONTRIBUTING.md.`,
    ]);
  });

  it("explains a wrong translationOf, an unquoted sourceHash and a short description", () => {
    const lines = about("bad-hash");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain(
      'translationOf: "translationOf" has "resources/unsure-cost"; write the English guide as programs/<file-name>',
    );
    expect(lines[1]).toContain('sourceHash: "sourceHash" must be written in quotes');
    expect(lines[2]).toContain('description: "description" is 6 characters long; it must be at least 50.');
  });

  it("lists nothing else as a problem", () => {
    const named = ["missing-english", "missing-note", "extra-text", "unknown-field", "bad-hash"].flatMap(about);
    const all = report.problems.filter((p) => p.includes("es/programs/")).flatMap((p) => p.split("\n"));
    expect(all.sort()).toEqual(named.sort());
  });

  it("prints a guide whose English file changed after its Spanish text under Needs review", () => {
    const printed = formatReport(report);
    expect(printed).toContain("Spanish guide panels: 3");
    expect(printed).toContain(
      `${dir}/programs/changed-fellowship.mdx → ${dir}/es/programs/changed-fellowship.yaml: written from 0123456789ab`,
    );
    expect(printed).toContain(
      `set sourceHash: "${sourceHash(path.join(fixtures, "programs/changed-fellowship.mdx"))}"`,
    );
    expect(printed).not.toContain("calm-fellowship.mdx →");
  });

  it("puts the Spanish words into the guide and keeps every value and source as the English has them", () => {
    const english = checkFile(path.join(fixtures, "programs/calm-fellowship.mdx"), "programs");
    const spanish = programEsSchema.parse(
      parseYaml(readFileSync(path.join(fixtures, "es/programs/calm-fellowship.yaml"), "utf8")),
    );
    if (!english.ok || english.entry.kind !== "programs") throw new Error("the calm-fellowship fixture must pass");
    const en = english.entry.data;
    const es = withSpanishText(en, spanish);
    expect(es.description).toBe(spanish.description);
    expect(es.openMeetings).toEqual({ ...en.openMeetings, note: "Pregunte al grupo antes de ir." });
    expect(es.cost).toEqual({ ...en.cost, value: "Gratis; se aceptan donativos" });
    expect(es.familyMeetings.source).toBe(en.familyMeetings.source);
    expect(es.sources).toEqual(en.sources);
    expect(en.description).toMatch(/^A made-up fellowship/);
  });

  it("gives a Spanish page the English words, marked English, when the Spanish file is missing or incomplete", () => {
    const english = checkFile(path.join(fixtures, "programs/calm-fellowship.mdx"), "programs");
    if (!english.ok || english.entry.kind !== "programs") throw new Error("the calm-fellowship fixture must pass");
    const en = english.entry.data;
    const read = (name: string) =>
      programEsSchema.parse(parseYaml(readFileSync(path.join(fixtures, `es/programs/${name}.yaml`), "utf8")));
    expect(textForSpanishPage(en, undefined)).toEqual({ lang: "en", langAttr: "en", program: en });
    expect(textForSpanishPage(en, read("missing-note"))).toEqual({ lang: "en", langAttr: "en", program: en });
    const complete = textForSpanishPage(en, read("calm-fellowship"));
    expect(complete.lang).toBe("es");
    expect(complete.langAttr).toBeUndefined();
    expect(complete.program.findingMeetings).toBe(
      "Escriba a la comunidad por su sitio web para encontrar una reunión.",
    );
  });
});

describe("CONTRIBUTING.md's example of a guide's Spanish words", () => {
  it("passes the schema, with every field the schema has", () => {
    const guide = readFileSync(path.join(repoRoot, "CONTRIBUTING.md"), "utf8");
    const block = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1] ?? "")
      .find((b) => b.includes("translationOf: programs/"));
    if (block === undefined) throw new Error("CONTRIBUTING.md has no example with translationOf: programs/");
    const result = programEsSchema.safeParse(parseYaml(block));
    expect(result.success ? "valid" : formatContentError("CONTRIBUTING.md", result.error)).toBe("valid");
    const missing = Object.keys(programEsSchema.shape).filter((field) => !block.includes(`${field}:`));
    expect(missing, `the example does not show: ${missing.join(", ")}`).toEqual([]);
  });
});
