import { describe, expect, it } from "vitest";
import {
  allGetHelpSources,
  contactProblem,
  dialedDigits,
  helpLines,
  helpLinesIn,
  parseHelpLines,
  smsBody,
} from "./help-lines";

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

  it("include the lines each help page promises, with working phone links", () => {
    const hrefsIn = (lang: "en" | "es") => helpLinesIn(lang).flatMap((line) => line.contacts.map((c) => c.href));
    const both = ["tel:+18007997233", "tel:+18002221222", "sms:988?&body=AYUDA", "tel:+18006624357"];
    expect(hrefsIn("en")).toEqual(expect.arrayContaining([...both, "sms:88788?&body=START"]));
    expect(hrefsIn("es")).toEqual(expect.arrayContaining(both));
  });

  it("show a line on the Spanish page only when it has Spanish words", () => {
    expect(helpLinesIn("en").map((line) => line.id)).toContain("988-deaf-and-hard-of-hearing");
    expect(helpLinesIn("es").map((line) => line.id)).toEqual([
      "988-en-espanol",
      "samhsa-en-espanol",
      "violencia-domestica",
      "envenenamiento",
    ]);
  });

  it("list every source of a page once, and only the sources of what the page shows", () => {
    for (const lang of ["en", "es"] as const) {
      const urls = allGetHelpSources(lang).map((s) => s.url);
      expect(new Set(urls).size).toBe(urls.length);
      expect(urls).toContain("https://988lifeline.org/get-help/what-to-expect");
    }
    const en = allGetHelpSources("en").map((s) => s.url);
    const es = allGetHelpSources("es").map((s) => s.url);
    // The Deaf line is English-only; the Spanish pages about the hotline are on the Spanish page only.
    expect(en).toContain("https://www.terracomwireless.com/tty.php");
    expect(es).not.toContain("https://www.terracomwireless.com/tty.php");
    expect(es.some((url) => url.startsWith("https://www.prnewswire.com/"))).toBe(true);
    expect(en.some((url) => url.startsWith("https://www.prnewswire.com/"))).toBe(false);
  });

  const line = (es: Record<string, unknown>) => ({
    en: {
      id: "typo-line",
      name: "Typo line",
      when: "When a number is mistyped.",
      contacts: [{ label: "Call 1-800-222-1222", href: "tel:+18002221222" }],
      detail: "A line whose shown number is right in English.",
    },
    es: {
      id: "linea-con-error",
      name: "Línea con error",
      when: "Cuando un número está mal escrito.",
      contacts: [{ label: "Llame al 1-800-222-1222", href: "tel:+18002221222" }],
      detail: "Una línea de prueba para los errores.",
      ...es,
    },
    sources: [{ title: "Somewhere", url: "https://example.org/page" }],
  });

  it("accept a line written right in both languages", () => {
    expect(parseHelpLines([line({})])).toHaveLength(1);
  });

  it("name the line, the language and the field when one is wrong", () => {
    const typo = line({ contacts: [{ label: "Llame al 1-800-222-1221", href: "tel:+18002221222" }] });
    expect(() => parseHelpLines([typo])).toThrow(
      /help line "typo-line": es → contacts → 0 → label: the text "Llame al 1-800-222-1221"/,
    );
  });

  it("refuse a misspelled field instead of dropping it", () => {
    expect(() => parseHelpLines([line({ sourcesEs: [] })])).toThrow(/help line "typo-line": es: .*sourcesEs/);
  });
});
