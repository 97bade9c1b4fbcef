/**
 * The fidelity lane's browser smoke test (tests/fidelity/smoke.spec.ts) against a site that is
 * already running at SITE_BASE_URL: `npm run test:fidelity` starts it (Netlify's own runtime or
 * the preview server) and runs this.
 */
import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./scripts/lib/chromium";

const baseURL = process.env.SITE_BASE_URL;
if (!baseURL)
  throw new Error("SITE_BASE_URL is not set: run `npm run test:fidelity`, which starts the site and sets it.");

export default defineConfig({
  testDir: "tests/fidelity",
  testMatch: "*.spec.ts",
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
});
