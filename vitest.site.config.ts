import { defineConfig } from "vitest/config";

/** Checks over the built site in dist/ (links, anchors, sitemap, feed, search index). Run after `npm run build`. */
export default defineConfig({
  test: {
    include: ["tests/site/**/*.test.ts"],
    testTimeout: 120_000,
  },
});
