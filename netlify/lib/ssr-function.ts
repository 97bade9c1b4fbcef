/**
 * Removes the Netlify adapter's "Astro SSR" function from the build: this site has no page
 * rendered on demand, and that function would take the API's paths.
 *
 * Astro adds internal on-demand routes (server islands) to every build, so the adapter writes an
 * SSR function on `/*` (with preferStatic) even when every page is prerendered. Two functions then
 * claim `/api/pledge`: ours, and that catch-all. Netlify's own runtime (`netlify serve`, run by
 * the CI fidelity lane) sent every API call to the catch-all, which answered 404, and it ignores
 * an `excludedPath` on a built function. Without the catch-all, a missing page gets Netlify's
 * static 404.html (status 404), as before. If a page ever becomes on-demand, the build stops and
 * says so, rather than deleting what that page needs.
 */
import { rm } from "node:fs/promises";
import type { AstroIntegration } from "astro";

const SSR_FUNCTION = ".netlify/v1/functions/ssr/";

export const noSsrFunction = (): AstroIntegration => {
  let root: URL | undefined;
  let onDemand: string[] = [];
  return {
    name: "daily-pledge:no-ssr-function",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = config.root;
      },
      "astro:routes:resolved": ({ routes }) => {
        onDemand = routes.filter((route) => !route.isPrerendered && route.origin !== "internal").map((r) => r.pattern);
      },
      "astro:build:done": async ({ logger }) => {
        if (onDemand.length > 0) {
          throw new Error(
            `Pages rendered on demand (${onDemand.join(", ")}) need the adapter's SSR function: remove noSsrFunction() from astro.config.mjs and give that function an excludedPath for /api/*.`,
          );
        }
        await rm(new URL(SSR_FUNCTION, root), { recursive: true, force: true });
        logger.info("Every page is prerendered: removed the adapter's catch-all SSR function (it would take /api/*).");
      },
    },
  };
};
