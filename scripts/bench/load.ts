/**
 * What `npm run bench` and `npm run bench:compare` share: the bench server started as a child
 * process (scripts/bench/server.ts, the real handlers plus the floor), the pledges the load
 * generator sends, how it sends a request, and the median of rounds.
 */
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";

export interface BenchServer {
  child: ChildProcess;
  pid: number;
  /** `http://127.0.0.1:<port>` */
  base: string;
}

export interface BenchServerOptions {
  redisUrl: string;
  /** Key prefix in Redis, so servers and runs never share keys. */
  prefix: string;
  /** The checkout whose server runs (its own code): this one by default. */
  cwd?: string;
  /** Flags for node (e.g. `--cpu-prof`). */
  nodeFlags?: string[];
  /** Pin the server to this CPU core with `taskset`. */
  core?: number;
}

/** Starts the bench server and resolves once it listens (or rejects if it exits or takes 30 s). */
export const startBenchServer = (options: BenchServerOptions): Promise<BenchServer> => {
  const node = [process.execPath, ...(options.nodeFlags ?? []), "--import", "tsx", "scripts/bench/server.ts"];
  const [command = "", ...args] = options.core === undefined ? node : ["taskset", "-c", String(options.core), ...node];
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: {
      ...process.env,
      REDIS_URL: options.redisUrl,
      PLEDGE_SECRET: "bench-secret-0123456789-0123456789-abcdef",
      PLEDGE_KEY_PREFIX: options.prefix,
      RATE_LIMIT_PLEDGES: "100000000",
      FEED_HISTORY: "500",
      PORT: "0",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the bench server did not start within 30 s")), 30_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      const port = /LISTENING (\d+)/.exec(chunk.toString())?.[1];
      if (port && child.pid) {
        clearTimeout(timer);
        resolve({ child, pid: child.pid, base: `http://127.0.0.1:${port}` });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server exited (${code})`));
    });
  });
};

export interface Pledge {
  body: string;
  /** The client address, as X-Forwarded-For (the bench server hands it on as `context.ip`). */
  address: string;
}

/**
 * The n-th pledge: its own device id (so every pledge is a new one) and its own address (as on a
 * live site, where most pledges come from an address new to the rate window, whose first write
 * also sets the window's expiry: the commands counted are a live pledge's).
 */
export const makePledge = (n: number): Pledge => ({
  body: JSON.stringify({ kind: "recovery", deviceId: crypto.randomUUID(), name: "Sam", note: "One day at a time" }),
  address: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
});

export type RequestInit = { method: string; headers: Record<string, string>; body: string };

/** The POST of a pledge to /api/pledge. */
export const pledgeInit = ({ body, address }: Pledge): RequestInit => ({
  method: "POST",
  headers: {
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(body)),
    "x-forwarded-for": address,
  },
  body,
});

/**
 * Sends one request and resolves to its status. node:http with keep-alive, lighter than fetch, so
 * that less of the shared machine goes to making requests and more to answering them.
 */
export const send = (agent: http.Agent, url: string, init?: RequestInit): Promise<number> =>
  new Promise((resolve, reject) => {
    const req = http.request(url, { method: init?.method ?? "GET", headers: init?.headers, agent }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init?.body);
  });

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
