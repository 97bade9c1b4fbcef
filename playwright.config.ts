/**
 * Browser tests (tests/e2e) against the BUILT site: run `npm run build` first, then
 * `npm run test:e2e`. The web server is scripts/serve-site.ts (dist/ plus the Netlify Functions)
 * on a free port, with a real Redis:
 *
 * - REDIS_URL set: used as is (CI starts redis-server and sets it). Every run writes under a
 *   fresh key prefix (PLEDGE_KEY_PREFIX=e2e:<time>), so nothing else in that database is touched
 *   and each run starts from zero.
 * - REDIS_URL unset and CI set: the run stops at once with a message saying so.
 * - REDIS_URL unset locally: a private `redis-server` is started on a spare port (and stopped by
 *   tests/e2e/global-teardown.ts); without the binary the functions' in-memory store is used.
 *
 * This file is evaluated again in each worker process; the values chosen here travel to the
 * workers through process.env (E2E_*), so they are chosen only once.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./scripts/lib/chromium";
import { freePort } from "./scripts/lib/free-port";
import { redisServerBin, startDetachedRedis } from "./scripts/lib/redis-server";

const env = process.env;

if (env["E2E_PORT"] === undefined) {
  // First evaluation, in the main process: decide everything once.
  if (!existsSync("dist/index.html")) {
    throw new Error("dist/index.html is missing: run `npm run build` before `npm run test:e2e`.");
  }
  if (!env["REDIS_URL"]) {
    if (env["CI"]) {
      throw new Error(
        "REDIS_URL is not set. In CI the browser tests need a real Redis: start redis-server and set REDIS_URL (e.g. redis://127.0.0.1:6379).",
      );
    }
    const bin = redisServerBin();
    if (bin) {
      const redis = await startDetachedRedis(bin);
      env["REDIS_URL"] = redis.url;
      env["E2E_REDIS_PID"] = String(redis.pid);
    } else console.warn("[e2e] No REDIS_URL and no redis-server binary: the functions use their in-memory store.");
  }
  env["E2E_PORT"] = String(await freePort());
  env["PLEDGE_KEY_PREFIX"] = `e2e:${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  env["PLEDGE_SECRET"] ??= randomBytes(32).toString("hex");
}

const baseURL = `http://127.0.0.1:${env["E2E_PORT"]}`;

export default defineConfig({
  testDir: "tests/e2e",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(env["CI"]),
  // Generous: a loaded CI machine can take several seconds per page; nothing here waits on a clock.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: env["CI"] ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    command: "npx tsx scripts/serve-site.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: env["E2E_PORT"] ?? "",
      HOST: "127.0.0.1",
      ...(env["REDIS_URL"] ? { REDIS_URL: env["REDIS_URL"] } : {}),
      PLEDGE_KEY_PREFIX: env["PLEDGE_KEY_PREFIX"] ?? "e2e",
      PLEDGE_SECRET: env["PLEDGE_SECRET"] ?? "",
      SERVE_SITE_QUIET: "1",
    },
  },
});
