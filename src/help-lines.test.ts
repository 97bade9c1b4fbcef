import { describe, expect, it } from "vitest";
import { allGetHelpSources, contactProblem, dialedDigits, helpLines, parseHelpLines, smsBody } from "./help-lines";

describe("phone links", () => {
  it("reads the digits a tel: or sms: link dials, without the US country code", () => {
    expect(dialedDigits("tel:+18007997233")).toBe("8007997233");
    expect(dialedDigits("tel:988")).toBe("988");
    expect(dialedDigits("sms:88788?&body=START")).toBe("88788");
  });

  it("reads the word a text link fills in", () => {
    expect(smsBody("sms:88788?&body=START")).toBe("START");
    expect(smsBody("sms:988")).toBeUndefined();
  });

  it("accepts a link whose text shows the dialed number and the word to send", () => {
    expect(contactProblem({ label: "Call 1-800-799-7233", href: "tel:+18007997233" })).toBeUndefined();
    expect(contactProblem({ label: "Text START to 88788", href: "sms:88788?&body=START" })).toBeUndefined();
    expect(contactProblem({ label: "Call 988, then press 2", href: "tel:988" })).toBeUndefined();
  });

  it("refuses a shown number that differs from the dialed one", () => {
    expect(contactProblem({ label: "Call 1-800-799-7223", href: "tel:+18007997233" })).toContain(
      "does not show the number 8007997233",
    );
  });

  it("refuses a text link whose word is not shown", () => {
    expect(contactProblem({ label: "Text 88788", href: "sms:88788?&body=START" })).toContain(
      "does not say to send START",
    );
  });

  it("refuses a link that is not a usable phone link", () => {
    expect(contactProblem({ label: "Call 1-800-799-7233", href: "tel:1-800-799-7233" })).toContain(
      "is not a phone link",
    );
    expect(contactProblem({ label: "Text START to 88788", href: "sms:88788?body=START" })).toContain(
      "is not a phone link",
    );
  });
});

describe("the help lines", () => {
  it("are all valid and each has a source", () => {
    expect(helpLines.length).toBeGreaterThanOrEqual(5);
    for (const line of helpLines) expect(line.sources.length).toBeGreaterThan(0);
  });

  it("include the lines the help page promises, with working phone links", () => {
    const hrefs = helpLines.flatMap((line) => line.contacts.map((c) => c.href));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        "tel:+18007997233",
        "sms:88788?&body=START",
        "tel:+18002221222",
        "sms:988?&body=AYUDA",
        "tel:+18006624357",
      ]),
    );
  });

  it("list every source once", () => {
    const urls = allGetHelpSources().map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain("https://988lifeline.org/get-help/what-to-expect");
  });

  it("name the line and the field when one is wrong", () => {
    const bad = [
      {
        id: "typo-line",
        name: "Typo line",
        when: "When a number is mistyped.",
        contacts: [{ label: "Call 1-800-222-1221", href: "tel:+18002221222" }],
        detail: "A line whose shown number is wrong.",
        sources: [{ title: "Somewhere", url: "https://example.org/page" }],
      },
    ];
    expect(() => parseHelpLines(bad)).toThrow(
      /help line "typo-line": contacts → 0 → label: the text "Call 1-800-222-1221"/,
    );
  });
});
