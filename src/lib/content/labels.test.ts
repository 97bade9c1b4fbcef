import { describe, expect, it } from "vitest";
import { programFacts, stanceText } from "./labels";
import { stanceTextEs } from "./labels-es";
import { type Program, programSchema } from "./schema";

/** A valid program whose facts are all unsure, with fields overridden per test. */
const program = (over: Record<string, unknown> = {}): Program =>
  programSchema.parse({
    name: "Example Fellowship",
    shortName: "EF",
    description: "A made-up fellowship used only to check how facts are shown to readers.",
    approaches: ["twelve-step", "faith-based"],
    faith: { stance: "not-confirmed", tradition: "Christian" },
    ledBy: ["peers"],
    formats: { value: "varies" },
    focus: ["alcohol"],
    familyMeetings: { value: "not-confirmed", name: "Family night" },
    audiences: ["everyone"],
    openMeetings: { value: "varies", note: "Ask the group." },
    cost: { value: "not-confirmed" },
    website: "https://example.org",
    findingMeetings: "Ask at a local church for the nearest group.",
    sources: [{ title: "Example", url: "https://example.org/about/" }],
    ...over,
  });

const shown = (p: Program) => new Map(programFacts(p, true).map((f) => [f.term, f]));

describe("programFacts: unsure facts never read as a firm yes or no", () => {
  it("shows varies and not-confirmed as what to do, marked not firm", () => {
    const facts = shown(program());
    expect(facts.get("Open meetings")).toEqual({
      term: "Open meetings",
      value: "Varies: ask the group first",
      firm: false,
      note: "Ask the group.",
    });
    expect(facts.get("Family meetings")?.value).toBe("Not confirmed: ask before you go");
    expect(facts.get("Meetings")?.value).toBe("Varies: ask the group first");
    expect(facts.get("Cost")).toMatchObject({ value: "Not confirmed: ask before you go", firm: false });
    expect(facts.get("Faith")).toMatchObject({ value: "Not confirmed: ask before you go", firm: false });
    for (const fact of facts.values()) if (!fact.firm) expect(fact.value).not.toMatch(/^(Yes|No)\b/);
  });

  it("shows a program in several approaches under each, and a sourced firm answer as such", () => {
    const src = "https://example.org/about/";
    const facts = shown(
      program({
        faith: { stance: "religious", tradition: "Christian", source: src },
        familyMeetings: { value: "yes", name: "Family night", source: src },
        founded: { year: 1991, source: src },
      }),
    );
    expect(facts.get("Approach")?.value).toBe("Twelve Step, Faith-based");
    expect(facts.get("Faith")).toMatchObject({ value: "Religious (Christian)", firm: true });
    expect(facts.get("Family meetings")).toMatchObject({ value: "Yes: Family night", firm: true });
    expect(facts.get("Founded")?.value).toBe("1991");
  });

  it("names a Buddhist-inspired stance without repeating the tradition", () => {
    const p = program({
      faith: { stance: "buddhist-inspired", tradition: "Buddhist", source: "https://example.org/about/" },
    });
    expect(stanceText(p)).toBe("Buddhist-inspired");
  });

  it("shows no tradition beside an unconfirmed stance, in either language", () => {
    const p = program({ faith: { stance: "not-confirmed", tradition: "Christian" } });
    expect(stanceText(p)).not.toContain("Christian");
    expect(stanceTextEs(p)).not.toContain("Christian");
    const sure = program({
      faith: { stance: "religious", tradition: "Christian", source: "https://example.org/about/" },
    });
    expect(stanceTextEs(sure)).toContain("(Christian)");
  });
});
