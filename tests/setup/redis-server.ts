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
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string | null;
    redisServerBin: string | null;
  }
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });

const which = (bin: string): string | null => {
  try {
    return execFileSync("sh", ["-c", `command -v ${bin}`], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
};

/** Starts `redis-server` on `port` with no persistence and resolves once it accepts connections. */
export const startRedisServer = async (bin: string, port: number): Promise<ChildProcess> => {
  const child = spawn(bin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("redis-server did not start within 10 s")), 10_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with code ${code}`));
    });
  });
  return child;
};

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  const bin = which("redis-server");
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
