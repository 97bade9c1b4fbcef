/**
 * One direction of imports: the pages and browser code (src/) and the functions (netlify/) share
 * words, limits, site facts and the API's schemas through common/, and neither reaches into the
 * other. common/ reaches into neither, so it stays the one place both sides can trust.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/lib/content";

/** Top-level folders that must not import each other, and what each may not reach. */
const FORBIDDEN: Record<string, readonly string[]> = {
  src: ["netlify"],
  netlify: ["src"],
  common: ["src", "netlify", "scripts"],
};

const SOURCE_FILE = /\.(?:ts|tsx|mts|js|mjs|astro)$/;
/** `from "x"`, `import "x"`, `import("x")` and `export … from "x"`: every way a module names another. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(["'])([^"'\n]+)\1/g;

/** The module specifiers a source text names. */
function importSpecifiers(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((match) => match[2] ?? "");
}

/** The top-level folder of the repository a specifier in `file` points at, or null for a package. */
function targetFolder(file: string, specifier: string): string | null {
  if (!specifier.startsWith(".") && !specifier.startsWith("/")) return null;
  const target = path.relative(repoRoot, path.resolve(path.dirname(file), specifier));
  return target.split(path.sep)[0] ?? null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every import that crosses a forbidden line, as "file → specifier". */
function crossings(): string[] {
  const found: string[] = [];
  for (const [folder, forbidden] of Object.entries(FORBIDDEN)) {
    for (const file of sourceFiles(path.join(repoRoot, folder))) {
      for (const specifier of importSpecifiers(readFileSync(file, "utf8"))) {
        const target = targetFolder(file, specifier);
        if (target !== null && forbidden.includes(target)) {
          found.push(`${path.relative(repoRoot, file)} → ${specifier}`);
        }
      }
    }
  }
  return found;
}

describe("import direction", () => {
  it("finds every form of import and where it points", () => {
    const file = path.join(repoRoot, "netlify/lib/api.ts");
    const text = `import { a } from "../../src/x";\nimport type { B } from '../../common/pledge/schemas';\nexport { c } from "./http";\nconst d = await import("../../src/y");\nimport "zod";`;
    expect(importSpecifiers(text)).toEqual([
      "../../src/x",
      "../../common/pledge/schemas",
      "./http",
      "../../src/y",
      "zod",
    ]);
    expect(importSpecifiers(text).map((specifier) => targetFolder(file, specifier))).toEqual([
      "src",
      "common",
      "netlify",
      "src",
      null,
    ]);
  });

  it("src/ and netlify/ import each other only through common/", () => {
    expect(
      crossings(),
      "Move what both sides need into common/ (site facts, pledge words and limits, the API's schemas) and import it from there.",
    ).toEqual([]);
  });
});
