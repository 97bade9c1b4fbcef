import { defineConfig } from "vitest/config";

/**
 * Unit, contract and content tests. Built-site checks (tests/site, need `npm run build` first)
 * and browser tests (tests/e2e, Playwright) have their own configs.
 */
export default defineConfig({
  test: {
    include: [
      "tests/**/*.test.ts",
      "src/**/*.test.ts",
      "common/**/*.test.ts",
      "netlify/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    exclude: ["tests/site/**", "tests/e2e/**", "node_modules/**"],
    globalSetup: ["tests/setup/redis-server.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
