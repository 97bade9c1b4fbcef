/** The pure parts of `npm run audit`: options, the figures taken from a Lighthouse result, the table. */
import type { Result } from "lighthouse";
import { describe, expect, it } from "vitest";
import { type AuditRow, formatTable, PAGES, parseOptions, summarise } from "../../scripts/audit";

/** Just the parts of a Lighthouse result that the audit reads. */
const fakeResult = (overrides: { runtimeError?: { code: string; message: string } } = {}): Result =>
  ({
    finalDisplayedUrl: "http://127.0.0.1:1234/",
    categories: {
      performance: { score: 0.876 },
      accessibility: { score: 1 },
      "best-practices": { score: 0.96 },
      seo: { score: null },
    },
    audits: {
      "total-byte-weight": { numericValue: 64_200 },
      "resource-summary": {
        details: {
          type: "table",
          headings: [],
          items: [
            { resourceType: "total", transferSize: 64_200 },
            { resourceType: "script", transferSize: 15_974 },
            { resourceType: "stylesheet", transferSize: 9_000 },
          ],
        },
      },
    },
    ...overrides,
  }) as unknown as Result;

describe("audit", () => {
  it("audits the five pages of the brief, the last after pledging", () => {
    expect(PAGES.map((p) => p.path)).toEqual([
      "/",
      "/resources/mutual-support-groups/",
      "/programs/",
      "/get-help/",
      "/",
    ]);
    expect(PAGES.filter((p) => p.afterPledge).map((p) => p.name)).toEqual(["home after pledging"]);
  });

  it("reads its options and rejects unknown ones", () => {
    expect(parseOptions([])).toMatchObject({ build: true, port: undefined });
    expect(parseOptions(["--", "--no-build", "--port", "8890"])).toMatchObject({ build: false, port: 8890 });
    expect(() => parseOptions(["--port", "x"])).toThrow(/--port needs a port number/);
    expect(() => parseOptions(["--fast"])).toThrow(/Unknown option --fast/);
    expect(() => parseOptions(["--port"])).toThrow(/--port needs a port number/);
    expect(() => parseOptions(["--out"])).toThrow(/--out needs a folder/);
    expect(() => parseOptions(["stray"])).toThrow(/Unexpected argument 'stray'.*Use --no-build/);
    expect(parseOptions(["--out", "reports"]).out).toMatch(/\/reports$/);
  });

  it("takes scores (0-100), total bytes and JavaScript bytes from a result", () => {
    expect(summarise("home", fakeResult())).toEqual({
      page: "home",
      url: "http://127.0.0.1:1234/",
      performance: 88,
      accessibility: 100,
      bestPractices: 96,
      seo: undefined,
      totalBytes: 64_200,
      scriptBytes: 15_974,
    });
  });

  it("reports a page that failed to load", () => {
    const row = summarise("home", fakeResult({ runtimeError: { code: "NO_FCP", message: "The page did not paint" } }));
    expect(row.error).toBe("NO_FCP: The page did not paint");
  });

  it("prints a table with every column, and the errors under it", () => {
    const ok = summarise("home", fakeResult());
    const failed: AuditRow = { ...ok, page: "get help", error: "Server stopped" };
    const table = formatTable([ok, failed]);
    expect(table.split("\n")[0]).toMatch(
      /^page\s+Performance\s+Accessibility\s+Best Practices\s+SEO\s+bytes transferred\s+JavaScript$/,
    );
    expect(table).toMatch(/^home\s+88\s+100\s+96\s+–\s+62\.7 KB\s+15\.6 KB$/m);
    expect(table).toMatch(/^get help\s+failed/m);
    expect(table).toContain("get help: Server stopped");
  });
});
