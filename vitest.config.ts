import { defineConfig } from "vitest/config";

/**
 * Unit, contract and content tests, and `npm run dev` itself (tests/dev). Built-site checks
 * (tests/site, need `npm run build` first), browser tests (tests/e2e, Playwright) and the checks
 * against a running site (tests/fidelity, `npm run test:fidelity`) have their own configs.
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
    exclude: ["tests/site/**", "tests/e2e/**", "tests/fidelity/**", "node_modules/**"],
    globalSetup: ["tests/setup/redis-server.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
