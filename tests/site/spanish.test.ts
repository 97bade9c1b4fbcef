/**
 * The Spanish half of the built site: every Spanish article has its page with lang="es" and
 * hreflang links both ways, the sitemap lists both languages with their alternates, Pagefind
 * holds a separate Spanish index, and the RSS feed stays English. Run after `npm run build`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/lib/content";
import { checkTranslations } from "../../scripts/lib/translations";

const dist = path.resolve(repoRoot, process.env.SITE_DIST ?? "dist");
const read = (file: string): string => readFileSync(path.join(dist, file), "utf8");
const spanish = checkTranslations().translations.filter((t) => !t.draft && t.kind === "resources");
const slugs = spanish.map((t) => t.translationOf.replace(/^resources\//, ""));

/** The hreflang alternates in a page's head, as { lang: path }. */
const alternates = (html: string): Record<string, string> =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1] ?? "",
      new URL(m[2] ?? "").pathname,
    ]),
  );

describe("the built site in Spanish", () => {
  it("has the Spanish pages", () => {
    expect(existsSync(path.join(dist, "es/index.html")), "run npm run build first").toBe(true);
    expect(slugs.length).toBeGreaterThanOrEqual(8);
  });

  it("gives every Spanish article a page in Spanish that names its English twin, and back", () => {
    for (const slug of slugs) {
      const es = read(`es/resources/${slug}/index.html`);
      expect(es).toMatch(/<html lang="es"/);
      expect(alternates(es)).toEqual({
        en: `/resources/${slug}/`,
        es: `/es/resources/${slug}/`,
        "x-default": `/resources/${slug}/`,
      });
      expect(alternates(read(`resources/${slug}/index.html`)).es).toBe(`/es/resources/${slug}/`);
    }
  });

  it("lists both languages in the sitemap, each page with its twin", () => {
    // Each <url>: its address and its alternates by hreflang, as paths.
    const urls = new Map(
      [...read("sitemap-0.xml").matchAll(/<url>(.*?)<\/url>/g)].map((m) => {
        const block = m[1] ?? "";
        const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(block)?.[1] ?? "").pathname;
        const links = [...block.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(
          (l) => [l[1] ?? "", new URL(l[2] ?? "").pathname] as const,
        );
        return [loc, Object.fromEntries(links)];
      }),
    );
    for (const slug of slugs) {
      const twins = { "en-US": `/resources/${slug}/`, "es-US": `/es/resources/${slug}/` };
      expect(urls.get(`/es/resources/${slug}/`), `/es/resources/${slug}/ in the sitemap`).toEqual(twins);
      expect(urls.get(`/resources/${slug}/`), `/resources/${slug}/ in the sitemap`).toEqual(twins);
    }
    for (const page of ["/es/", "/es/get-help/", "/es/about/", "/es/privacy/", "/es/programs/"]) {
      expect(urls.has(page), `${page} is not in the sitemap`).toBe(true);
    }
    expect(urls.has("/es/thank-you/")).toBe(false);
    expect(urls.has("/es/search/")).toBe(false);
  });

  it("keeps a separate Spanish search index holding the Spanish articles", () => {
    const entry = JSON.parse(read("pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(["en", "es"]);
    // The Spanish articles and the Spanish help page.
    expect(entry.languages.es?.page_count).toBe(slugs.length + 1);
  });

  it("keeps the RSS feed English", () => {
    expect(read("rss.xml")).not.toContain("/es/");
  });
});
