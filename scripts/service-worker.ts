/**
 * Writes the service worker (dist/sw.js and its Workbox runtime file) after `astro build`, with
 * Workbox's generateSW. `npm run build` runs it; it reads only dist/.
 *
 * - Precached at install: the offline page, get help, the program guides' index, the glossary,
 *   the stylesheets, the favicon and the manifest. A new deployment has new revisions: the new worker takes
 *   over at once (skipWaiting + clientsClaim) and refreshes them, so a precached page is at
 *   most one visit behind.
 * - Pages a visitor opens: network first (a new deployment shows at the next visit), kept in a
 *   cache of 60 pages for 30 days for reading offline; a page never opened shows /offline/.
 * - Hashed scripts and styles under /_astro/: cache first (their names change when they do).
 * - Push reminders (public/sw-push.js, imported): show the notification, open the pledge.
 * - /api/* (pledge, feed, counts, reminders) is never cached: no route matches it, and navigations to it
 *   are excluded by name. The pledge's own outbox handles pledges made offline.
 */
import path from "node:path";
import { generateSW } from "workbox-build";
import { repoRoot } from "./lib/content";

const dist = path.join(repoRoot, process.env["SITE_DIR"] ?? "dist");
const DAY = 24 * 60 * 60;

/** Pages kept for reading offline from the first visit on. */
export const PRECACHED_PAGES = [
  "offline/index.html",
  "get-help/index.html",
  "programs/index.html",
  "glossary/index.html",
  "es/get-help/index.html",
  "es/programs/index.html",
] as const;

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: [...PRECACHED_PAGES, "_astro/*.css", "favicon.svg", "manifest.webmanifest"],
  swDest: path.join(dist, "sw.js"),
  mode: "production",
  sourcemap: false,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  // Push reminders: shows the notification and opens the pledge when it is tapped.
  importScripts: ["/sw-push.js"],
  runtimeCaching: [
    {
      urlPattern: ({ request, url }) => request.mode === "navigate" && !url.pathname.startsWith("/api/"),
      handler: "NetworkFirst",
      options: {
        cacheName: "pages",
        networkTimeoutSeconds: 6,
        expiration: { maxEntries: 60, maxAgeSeconds: 30 * DAY },
        cacheableResponse: { statuses: [200] },
        precacheFallback: { fallbackURL: "/offline/index.html" },
      },
    },
    {
      urlPattern: ({ url }) => url.origin === self.location.origin && url.pathname.startsWith("/_astro/"),
      handler: "CacheFirst",
      options: {
        cacheName: "assets",
        expiration: { maxEntries: 80, maxAgeSeconds: 365 * DAY },
        cacheableResponse: { statuses: [200] },
      },
    },
  ],
});

for (const warning of warnings) console.warn(`[service-worker] ${warning}`);
if (count < PRECACHED_PAGES.length) throw new Error(`[service-worker] only ${count} files precached: is dist/ built?`);
console.log(`[service-worker] dist/sw.js: ${count} files precached, ${(size / 1024).toFixed(1)} KB`);
