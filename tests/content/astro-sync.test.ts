/**
 * Astro itself rejects a bad entry, naming the file and the field: the same schema runs in the
 * build (src/content.config.ts), so an editor's pull request fails with this message.
 * Runs `astro sync` on a throw-away project holding the real content config and one bad file.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../scripts/lib/content";

const dir = mkdtempSync(path.join(tmpdir(), "daily-pledge-astro-sync-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("astro sync", () => {
  it("fails on an entry with a missing description, naming the file and the field", () => {
    mkdirSync(path.join(dir, "src/lib"), { recursive: true });
    cpSync(path.join(repoRoot, "src/content.config.ts"), path.join(dir, "src/content.config.ts"));
    cpSync(path.join(repoRoot, "src/lib/content"), path.join(dir, "src/lib/content"), { recursive: true });
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
    writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
    writeFileSync(
      path.join(dir, "astro.config.mjs"),
      `import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";
export default defineConfig({ integrations: [mdx()], vite: { cacheDir: ${JSON.stringify(path.join(dir, ".vite"))}, logLevel: "silent" } });
`,
    );
    for (const kind of ["resources", "programs", "glossary"])
      mkdirSync(path.join(dir, "content", kind), { recursive: true });
    const good = readFileSync(path.join(repoRoot, "tests/fixtures/content/resources/good-resource.mdx"), "utf8");
    const bad = good.replace(/^description:.*\n/m, "");
    expect(bad).not.toBe(good);
    writeFileSync(path.join(dir, "content/resources/bad-entry.mdx"), bad);

    const run = spawnSync(
      process.execPath,
      [path.join(repoRoot, "node_modules/astro/bin/astro.mjs"), "sync", "--root", dir],
      {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", CI: "true", NO_COLOR: "1", FORCE_COLOR: "0" },
        timeout: 90_000,
      },
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing terminal colour codes
    const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
    expect(run.status, output).not.toBe(0);
    expect(output).toContain("resources → bad-entry data does not match collection schema");
    expect(output).toContain('description: "description" is missing. Write a plain summary of 50 to 160 characters.');
    expect(output).toContain("content/resources/bad-entry.mdx");
  }, 90_000);
});
