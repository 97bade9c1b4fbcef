/**
 * The editing screen stays apart from the site: only /admin/ loads its scripts, and it is kept
 * out of the sitemap, the search index and search engines. Reads the built site in dist/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIST = "dist";
const read = (file: string) => readFileSync(join(DIST, file), "utf8");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
}

describe("/admin/", () => {
  const admin = read("admin/index.html");
  const scripts = [...admin.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? "");

  it("is noindex, ignored by search and not in the sitemap", () => {
    expect(admin).toMatch(/<meta name="robots" content="noindex, nofollow">/);
    expect(admin).toContain('data-pagefind-ignore="all"');
    expect(admin).not.toContain("data-pagefind-body");
    const sitemaps = readdirSync(DIST).filter((f) => f.startsWith("sitemap") && f.endsWith(".xml"));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(read(file)).not.toContain("/admin/");
  });

  it("loads the editor from this site only, and no other page loads its scripts", () => {
    expect(scripts).toContain("/admin/decap/decap-cms.js");
    for (const src of scripts) expect(src.startsWith("/")).toBe(true);
    for (const page of htmlFiles(DIST).filter((f) => f !== join(DIST, "admin/index.html"))) {
      const html = readFileSync(page, "utf8");
      for (const src of scripts) expect(html.includes(src), `${page} must not load ${src}`).toBe(false);
    }
  });

  it("has its configuration with the three collections", () => {
    const config = JSON.parse(read("admin/config.yml").replace(/^#.*\n/, "")) as { collections: { name: string }[] };
    expect(config.collections.map((c) => c.name)).toEqual(["resources", "programs", "glossary"]);
  });
});
