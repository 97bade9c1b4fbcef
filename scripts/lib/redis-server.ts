/**
 * A throwaway redis-server (no persistence, 127.0.0.1 only) for the tests, the browser tests and
 * the bench: one way to find the binary and one way to start it.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import type { Socket } from "node:net";
import { freePort } from "./free-port";

/** Where `redis-server` is installed, or null. */
export const redisServerBin = (): string | null => {
  try {
    return execFileSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).trim() || null;
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

/**
 * Starts one on a free port that does not keep this process alive (it is stopped by its pid, e.g.
 * by Playwright's global teardown). Resolves to its URL and pid.
 */
export const startDetachedRedis = async (bin: string): Promise<{ url: string; pid: number }> => {
  const port = await freePort();
  const child = await startRedisServer(bin, port);
  // Keep reading its log so it never blocks on a full pipe, without holding this process open.
  for (const stream of [child.stdout, child.stderr]) {
    stream?.removeAllListeners("data");
    stream?.resume();
    (stream as Socket | null)?.unref();
  }
  child.removeAllListeners("exit");
  child.unref();
  return { url: `redis://127.0.0.1:${port}`, pid: child.pid ?? 0 };
};
