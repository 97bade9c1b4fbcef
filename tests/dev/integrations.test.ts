/**
 * The two Astro integrations that shape what Netlify and `astro dev` see: the adapter's dev
 * plugin is dropped under `astro dev` only, and the adapter's catch-all SSR function is removed
 * after a build only while no page is rendered on demand.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { afterAll, describe, expect, it } from "vitest";
import { noSsrFunction } from "../../netlify/lib/ssr-function";
import { withoutNetlifyDevEmulation } from "../../netlify/lib/store/dev-integration";

type Hooks = AstroIntegration["hooks"];
/** Calls one hook of an integration with only the fields the code under test reads. */
const call = async <K extends keyof Hooks>(integration: AstroIntegration, hook: K, options: unknown) => {
  const fn = integration.hooks[hook] as ((options: unknown) => unknown) | undefined;
  await fn?.(options);
};
const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

describe("withoutNetlifyDevEmulation", () => {
  const adapter: AstroIntegration = {
    name: "fake-adapter",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({
          vite: { plugins: [[{ name: "vite-plugin-netlify" }, { name: "kept" }], { name: "also-kept" }] },
        });
      },
    },
  };

  const pluginsFor = async (command: string) => {
    const updates: unknown[] = [];
    await call(withoutNetlifyDevEmulation(adapter), "astro:config:setup", {
      command,
      updateConfig: (config: unknown) => updates.push(config),
    });
    return (updates[0] as { vite: { plugins: unknown[] } }).vite.plugins;
  };

  it("drops the adapter's Vite dev plugin under astro dev, and only it", async () => {
    expect(await pluginsFor("dev")).toEqual([[false, { name: "kept" }], { name: "also-kept" }]);
  });

  it("leaves the build untouched", async () => {
    expect(await pluginsFor("build")).toEqual([
      [{ name: "vite-plugin-netlify" }, { name: "kept" }],
      { name: "also-kept" },
    ]);
  });
});

describe("noSsrFunction", () => {
  const root = mkdtempSync(path.join(tmpdir(), "daily-pledge-ssr-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const ssrDir = path.join(root, ".netlify/v1/functions/ssr");

  const build = async (routes: Array<{ pattern: string; isPrerendered: boolean; origin: string }>) => {
    mkdirSync(ssrDir, { recursive: true });
    writeFileSync(path.join(ssrDir, "ssr.mjs"), "export const config = { path: '/*' };\n");
    const integration = noSsrFunction();
    await call(integration, "astro:config:done", { config: { root: pathToFileURL(`${root}/`) } });
    await call(integration, "astro:routes:resolved", { routes });
    await call(integration, "astro:build:done", { logger });
  };

  it("removes the catch-all when only Astro's internal routes are on demand", async () => {
    await build([
      { pattern: "/", isPrerendered: true, origin: "project" },
      { pattern: "/_server-islands/[name]", isPrerendered: false, origin: "internal" },
    ]);
    expect(existsSync(ssrDir)).toBe(false);
  });

  it("stops the build, naming the page, when a page is rendered on demand", async () => {
    await expect(build([{ pattern: "/live", isPrerendered: false, origin: "project" }])).rejects.toThrow(
      /Pages rendered on demand \(\/live\) need the adapter's SSR function/,
    );
    expect(existsSync(ssrDir)).toBe(true);
  });
});
