import { describe, expect, it } from "vitest";
import { finderWords } from "../../i18n/finder";
import { LANGS } from "../../i18n/index";
import { programFilters, programLabels } from "./program-filters";
import { type Program, programSchema } from "./schema";

const SOURCE = "https://example.org/about/";

/** A valid program with every fact filled in, so each of the comparison table's columns has a value. */
const program: Program = programSchema.parse({
  name: "Example Fellowship",
  shortName: "EF",
  description: "A made-up fellowship used only to check how the finder names its columns and pages.",
  approaches: ["twelve-step"],
  approachSource: SOURCE,
  faith: { stance: "secular", source: SOURCE },
  ledBy: ["peers"],
  formats: { value: ["online"], source: SOURCE },
  focus: ["alcohol"],
  familyMeetings: { value: "yes", name: "Family night", source: SOURCE },
  audiences: ["everyone"],
  openMeetings: { value: "no", source: SOURCE },
  cost: { value: "Free", source: SOURCE },
  founded: { year: 1990, source: SOURCE },
  website: "https://example.org",
  findingMeetings: "Ask at a local church for the nearest group.",
  sources: [{ title: "Example", url: SOURCE }],
});

describe("the finder in each language", () => {
  it.each(LANGS)("%s: every column of the comparison table is a fact the program pages show", (lang) => {
    const terms = programLabels(lang)
      .facts(program, true)
      .map((f) => f.term);
    expect(finderWords[lang].columns.filter((c) => !terms.includes(c))).toEqual([]);
  });

  it("has the same filter pages at the same paths in both languages, each with its own title", () => {
    const en = programFilters("en");
    const es = programFilters("es");
    expect(es.map((f) => [f.path, f.choice])).toEqual(en.map((f) => [f.path, f.choice]));
    for (const filters of [en, es]) {
      expect(new Set(filters.map((f) => f.path)).size).toBe(filters.length);
      expect(new Set(filters.map((f) => f.title)).size).toBe(filters.length);
    }
    expect(es.find((f) => f.path === "stance/secular")?.title).toBe("Programas laicos");
    expect(en.find((f) => f.path === "stance/secular")?.title).toBe("Secular programs");
  });
});
