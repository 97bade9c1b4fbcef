/**
 * Starts `astro dev` (what `npm run dev` runs) on a free port, for the dev-server benchmark
 * (scripts/bench-dev.ts) and test (tests/dev/dev-server.test.ts). `--ignore-lock` lets it run
 * beside a developer's own dev server.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { freePort } from "./free-port";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export interface DevServer {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** The store settings a dev server must not inherit from the shell: `undefined` removes a variable. */
export const NO_STORE_ENV = {
  REDIS_URL: undefined,
  UPSTASH_REDIS_REST_URL: undefined,
  UPSTASH_REDIS_REST_TOKEN: undefined,
};

const astroDev = (port: number, env: Record<string, string | undefined>) => {
  const merged: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" };
  // As a person runs it: under Vitest's variables (VITEST…), `astro dev` serves no pages.
  for (const key of Object.keys(merged)) if (key.startsWith("VITEST")) delete merged[key];
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const bin = path.join(repoRoot, "node_modules/astro/bin/astro.mjs");
  return spawn(process.execPath, [bin, "dev", "--ignore-lock", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: repoRoot,
    env: merged,
    stdio: ["ignore", "pipe", "pipe"],
  });
};

/** Runs `astro dev` until it exits by itself (e.g. refusing its settings); resolves its code and output. */
export const runDevServerToExit = async (env: Record<string, string | undefined>, timeoutMs = 60_000) => {
  const child = astroDev(await freePort(), env);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(timer);
  return { code, output };
};

/** Starts `astro dev` with `env` over the current environment, and resolves once /api/health answers. */
export const startDevServer = async (
  env: Record<string, string | undefined>,
  timeoutMs = 120_000,
): Promise<DevServer> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = astroDev(port, env);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`astro dev exited (${code}) before answering:\n${output}`))),
  );
  const deadline = Date.now() + timeoutMs;
  const ready = (async () => {
    while (Date.now() < deadline) {
      try {
        await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) });
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    throw new Error(`astro dev did not answer within ${timeoutMs} ms:\n${output}`);
  })();
  try {
    await Promise.race([ready, exited]);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  exited.catch(() => {});
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await gone;
    clearTimeout(timer);
  };
  return { url, child, output: () => output, stop };
};
