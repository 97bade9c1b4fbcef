import { defineConfig } from "vitest/config";

/** The API contract over HTTP against a running site (API_BASE_URL): `npm run test:fidelity` starts one. */
export default defineConfig({
  test: {
    include: ["tests/fidelity/**/*.test.ts"],
    testTimeout: 60_000,
    fileParallelism: false,
  },
});
