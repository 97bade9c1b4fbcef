/**
 * Vitest global setup: gives the contract tests a real Redis.
 *
 * - `REDIS_URL` set (CI starts redis-server and sets it): that server is used.
 * - Otherwise, when `redis-server` is installed, a throwaway one is started on a free port.
 * - Otherwise the real-Redis suites are skipped, loudly; under CI (`CI=true`) that is an error.
 *
 * The URL is handed to tests with `inject("redisUrl")`; `redisServerBin` tells the outage tests
 * whether they can start and stop a server of their own.
 */
import type { ChildProcess } from "node:child_process";
import type { TestProject } from "vitest/node";
import { freePort } from "../../scripts/lib/free-port";
import { redisServerBin, startRedisServer } from "../../scripts/lib/redis-server";

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string | null;
    redisServerBin: string | null;
  }
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  const bin = redisServerBin();
  project.provide("redisServerBin", bin);
  if (process.env.REDIS_URL) {
    project.provide("redisUrl", process.env.REDIS_URL);
    return;
  }
  if (!bin) {
    if (process.env.CI) throw new Error("CI needs a real Redis: set REDIS_URL or install redis-server.");
    console.warn("\n[tests] No REDIS_URL and no redis-server: the real-Redis contract suites are SKIPPED.\n");
    project.provide("redisUrl", null);
    return;
  }
  const port = await freePort();
  server = await startRedisServer(bin, port);
  project.provide("redisUrl", `redis://127.0.0.1:${port}`);
  return () => {
    server?.kill("SIGTERM");
  };
}
