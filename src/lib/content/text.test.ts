import { describe, expect, it } from "vitest";
import { formatDay, isoDay, plainText, readingMinutes, slugify } from "./text";

describe("readingMinutes", () => {
  it("is at least one minute, even for an empty body", () => {
    expect(readingMinutes("")).toBe(1);
    expect(readingMinutes(undefined)).toBe(1);
  });

  it("counts about 200 words a minute, rounding up", () => {
    expect(readingMinutes("word ".repeat(200))).toBe(1);
    expect(readingMinutes("word ".repeat(201))).toBe(2);
    expect(readingMinutes("word ".repeat(1000))).toBe(5);
  });

  it("does not count imports, components, link addresses or Markdown marks", () => {
    const body = [
      'import BreathingPractice from "../../src/components/practices/BreathingPractice.astro";',
      "## A heading",
      "<BreathingPractice inhale={4} />",
      "Read [the guide](https://example.org/a/very/long/address) now.",
    ].join("\n");
    expect(plainText(body).split(/\s+/).filter(Boolean)).toEqual(["A", "heading", "Read", "the", "guide", "now."]);
  });
});

describe("slugify", () => {
  it("makes lowercase, dash-separated ids", () => {
    expect(slugify("Higher Power")).toBe("higher-power");
    expect(slugify("Al-Anon")).toBe("al-anon");
    expect(slugify("SMART Recovery Family & Friends")).toBe("smart-recovery-family-and-friends");
    expect(slugify("  Twelve Steps (12) ")).toBe("twelve-steps-12");
    expect(slugify("Café")).toBe("cafe");
  });
});

describe("dates", () => {
  it("shows the calendar day the editor wrote, whatever the time zone", () => {
    const day = new Date("2026-01-31T00:00:00Z");
    expect(formatDay(day)).toBe("January 31, 2026");
    expect(isoDay(day)).toBe("2026-01-31");
  });
});
