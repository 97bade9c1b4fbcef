/**
 * The pledge and feed JavaScript stays under issue 10's 6.4 KB gzipped (6,553.6 B), and only the
 * home pages (English and Spanish: one bundle, the words come from the page) load it.
 * Reads the built files in dist/ (no browser needed); prints the sizes it measured.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

const DIST = "dist";
const BUDGET = 6.4 * 1024;

/** A script file and, recursively, the chunks it imports statically. */
function withImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, file), "utf8");
  for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) {
    if (m[1]) withImports(join("_astro", m[1]), seen);
  }
  return seen;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
}

const scriptSources = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1] ?? "");

test("the pledge JavaScript is under 6.4 KB gzipped and ships only with the home pages", () => {
  const home = scriptSources(readFileSync(join(DIST, "index.html"), "utf8"));
  // One file, named in astro.config.mjs: the pledge section's script with src/client/pledge/.
  const isPledge = (src: string) => /^_astro\/pledge\.[\w-]+\.js$/.test(src);
  const entry = home.filter(isPledge);
  expect(entry, "the home page loads the pledge script").toHaveLength(1);

  const files = [...withImports(entry[0] ?? "")];
  let total = 0;
  for (const file of files) {
    const gzipped = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
    total += gzipped;
    console.log(`[budget] ${file}: ${readFileSync(join(DIST, file)).length} B, ${gzipped} B gzipped`);
  }
  console.log(`[budget] pledge + feed total: ${total} B gzipped (budget ${BUDGET} B)`);
  expect(total).toBeLessThan(BUDGET);

  const pledgeFiles = new Set(files.map((f) => `/${f}`));
  const spanish = scriptSources(readFileSync(join(DIST, "es", "index.html"), "utf8"));
  expect(spanish.filter(isPledge), "/es/ loads the same bundle").toEqual(entry);
  const homes = [join(DIST, "index.html"), join(DIST, "es", "index.html")];
  const others = htmlFiles(DIST).filter((f) => !homes.includes(f));
  expect(others.length).toBeGreaterThan(0);
  for (const page of others) {
    const html = readFileSync(page, "utf8");
    const shipped = [...pledgeFiles].filter((f) => html.includes(f));
    expect(shipped, `${page} must not load the pledge script`).toEqual([]);
  }
});
