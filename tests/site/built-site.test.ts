/**
 * Checks over the real built site. Run `npm run build` first, then
 * `npx vitest run --config vitest.site.config.ts`. SITE_DIST points at another build folder.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { netlifyPattern } from "../../netlify/lib/local-functions";
import { isDraft, loadAll, pagePath, repoRoot, titleOf, type ValidEntry } from "../../scripts/lib/content";
import {
  checkFilePolicy,
  checkGluedWords,
  checkImageAlt,
  checkInlineScripts,
  checkInternalLinks,
  checkNoScripts,
  checkPagePolicy,
  listHtmlFiles,
  missingAnchors,
  missingFromRss,
  missingFromSearch,
  missingFromSitemap,
} from "../../scripts/lib/site-checks";
import { PAGE_POLICY } from "../../src/lib/security/csp";

const dist = path.resolve(repoRoot, process.env.SITE_DIST ?? "dist");
const built = existsSync(path.join(dist, "index.html"));

const { entries } = loadAll();
const published = entries.filter((entry) => !isDraft(entry));
const articles = published.filter(
  (entry): entry is Extract<ValidEntry, { kind: "resources" | "programs" }> => entry.kind !== "glossary",
);
/** Pages whose MDX uses a practice component (src/components/practices/): they may ship a script. */
const usesPractice = (entry: ValidEntry): boolean => /from\s+["'][^"']*components\/practices\//.test(entry.body);

const explain = (problems: string[]): string =>
  `${problems.length} problem(s):\n${problems.slice(0, 40).join("\n")}${problems.length > 40 ? `\n… and ${problems.length - 40} more` : ""}`;

describe("the built site", () => {
  it(`exists in ${path.relative(repoRoot, dist) || "."} (run npm run build first)`, () => {
    expect(built, `No built site at ${dist}. Run npm run build, then run these checks again.`).toBe(true);
    expect(listHtmlFiles(dist).length).toBeGreaterThan(articles.length);
  });

  describe.runIf(built)("checks", () => {
    it("has a page for every published resource and program, and none for drafts", () => {
      const missing = articles.filter((a) => !existsSync(path.join(dist, pagePath(a), "index.html"))).map(pagePath);
      expect(missing, `Missing pages: ${missing.join(", ")}`).toEqual([]);
      const drafts = entries.filter(isDraft).filter((d) => existsSync(path.join(dist, pagePath(d), "index.html")));
      expect(drafts.map(pagePath), "Drafts must not be built").toEqual([]);
    });

    it("the glossary page has an anchor for every term (/glossary/#<file-name>)", () => {
      const terms = entries.filter((entry) => entry.kind === "glossary");
      expect(terms.length).toBeGreaterThan(0);
      const problems = missingAnchors(
        dist,
        "/glossary/",
        terms.map((term) => term.slug),
      );
      expect(problems, explain(problems)).toEqual([]);
    });

    it("every internal link and #anchor resolves", () => {
      const problems = checkInternalLinks(dist);
      expect(problems, explain(problems)).toEqual([]);
    });

    it("no word runs into the link or emphasis after it", () => {
      const problems = checkGluedWords(dist);
      expect(problems, explain(problems)).toEqual([]);
    });

    it("every image has alt text", () => {
      const problems = checkImageAlt(dist);
      expect(problems, explain(problems)).toEqual([]);
    });

    it("every page but /admin/ starts its <head> with the pages' CSP", () => {
      const problems = checkPagePolicy(dist, PAGE_POLICY, ["admin/"]);
      expect(problems, explain(problems)).toEqual([]);
      expect(listHtmlFiles(dist).length).toBeGreaterThan(100);
    });

    it("every SVG and XML file gets the pages' CSP as a header (netlify.toml), as it carries no <meta>", () => {
      const toml = z.object({
        headers: z.array(z.object({ for: z.string(), values: z.record(z.string(), z.string()) })),
      });
      const rules = toml
        .parse(parseToml(readFileSync(path.join(repoRoot, "netlify.toml"), "utf8")))
        .headers.map((r) => ({ pattern: netlifyPattern(r.for), csp: r.values["Content-Security-Policy"] }));
      const policiesFor = (pathname: string) =>
        rules.filter((r) => r.csp && r.pattern.test({ pathname })).map((r) => r.csp ?? "");
      const problems = checkFilePolicy(dist, PAGE_POLICY, policiesFor, ["admin/"]);
      expect(problems, explain(problems)).toEqual([]);
      expect(policiesFor("/images/a-new-picture.svg")).toContain(PAGE_POLICY);
    });

    it("no page has an inline <script> (CSP), except JSON-LD data", () => {
      const problems = checkInlineScripts(dist);
      expect(problems, explain(problems)).toEqual([]);
    });

    it("article and program pages ship no <script>, except pages with a practice component", () => {
      const plain = articles.filter((a) => !usesPractice(a)).map(pagePath);
      expect(plain.length).toBeGreaterThan(0);
      const problems = checkNoScripts(dist, plain);
      expect(problems, explain(problems)).toEqual([]);
    });

    it("the sitemap lists every resource and program page", () => {
      const problems = missingFromSitemap(dist, ["/", "/resources/", "/programs/", ...articles.map(pagePath)]);
      expect(problems, explain(problems)).toEqual([]);
    });

    it("the RSS feed lists every published resource", () => {
      const resources = articles.filter((a) => a.kind === "resources").map(pagePath);
      const problems = missingFromRss(dist, resources);
      expect(problems, explain(problems)).toEqual([]);
    });

    it("the Pagefind index exists and holds every article and program guide by title", () => {
      expect(existsSync(path.join(dist, "pagefind/pagefind.js")), "dist/pagefind/pagefind.js is missing").toBe(true);
      const problems = missingFromSearch(
        dist,
        articles.map((a) => ({ url: pagePath(a), title: titleOf(a) })),
      );
      expect(problems, explain(problems)).toEqual([]);
    });
  });
});
