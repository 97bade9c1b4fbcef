import { describe, expect, it } from "vitest";
import { findContactDetail, hasCrisisLanguage, normalizeText } from "../../common/pledge/text";

describe("normalizeText", () => {
  it("composes to NFC, removes control and invisible characters, folds whitespace", () => {
    expect(normalizeText("Jose\u0301")).toBe("José");
    expect(normalizeText("a\u200bb\u200dc\ufeff")).toBe("abc");
    expect(normalizeText("evil\u202etxt.exe")).toBe("eviltxt.exe");
    expect(normalizeText("  one\n\ttwo\u2028three  ")).toBe("one two three");
    expect(normalizeText("\u0000\u0007bell")).toBe("bell");
    expect(normalizeText("🌱 day one")).toBe("🌱 day one");
  });
  it("returns plain single-spaced ASCII as it is, and still folds what only looks plain", () => {
    expect(normalizeText("One day at a time!")).toBe("One day at a time!");
    // Each of these fails the plain-ASCII shortcut by one character and takes the full path.
    expect(normalizeText("One  day")).toBe("One day");
    expect(normalizeText(" One day")).toBe("One day");
    expect(normalizeText("One day ")).toBe("One day");
    expect(normalizeText("One\tday")).toBe("One day");
    expect(normalizeText("One\u00a0day")).toBe("One day");
    expect(normalizeText("One\u007fday")).toBe("Oneday");
    expect(normalizeText("")).toBe("");
  });
  it("gives the full path's answer for every kind of text the shortcut takes", () => {
    // A zero-width space sends the same text down the full path, which removes it again.
    const printable = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).join("");
    for (const text of [printable, `${printable.slice(0, 40)} ${printable.slice(40)}`, "A. B, c! 1 2 3 ~`^"]) {
      expect(normalizeText(text)).toBe(text);
      expect(normalizeText(`${text}\u200b`)).toBe(text);
    }
  });
});

describe("findContactDetail", () => {
  it.each([
    ["visit https://example.com/x", "link"],
    ["www.recovery.net", "link"],
    ["find me at sober-sam.com", "link"],
    ["me@example.org", "email"],
    ["call 555-123-4567", "phone"],
    ["+44 20 7946 0958", "phone"],
    ["(312) 555 0199", "phone"],
    ["since 2023-01-15, call 312 555 0199", "phone"],
    ["my site is sam.example.org", "link"],
    // A link with no dot (found by its "://"), and exactly seven digits: the least each shortcut lets through.
    ["open http://localhost now", "link"],
    ["text 5551234", "phone"],
  ])("finds a %s", (text, kind) => {
    expect(findContactDetail(text)).toBe(kind);
  });

  it.each([
    "Day 30 today!",
    "One day at a time.",
    "Sam",
    "Grateful for 365 days",
    "I feel 100% better. Mr. B.",
    "Sober since 2023-01-15",
    "Clean 12.25.2024 and counting",
    "Since 1/5/24, one day at a time",
    "I did it.Me and my son",
    "tired.Live free",
    "text 555123",
  ])("lets ordinary words through: %s", (text) => {
    expect(findContactDetail(text)).toBeNull();
  });
});

describe("hasCrisisLanguage", () => {
  it.each([
    "I want to die",
    "thinking about SUICIDE",
    "I don't want to live anymore",
    "might hurt   myself",
    "self-harm again",
  ])("holds: %s", (text) => {
    expect(hasCrisisLanguage(text)).toBe(true);
  });
  it.each(["I want to live", "Die Hard is my favourite film? no", "killing it at work today", "harmony"])(
    "publishes: %s",
    (text) => {
      expect(hasCrisisLanguage(text)).toBe(false);
    },
  );
});
