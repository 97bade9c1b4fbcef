/**
 * `npm run bench:dev`: the pledge functions as `npm run dev` serves them.
 *
 * Starts `astro dev --ignore-lock` on a free port, first on the embedded store, then on a
 * throwaway redis-server, and prints for each:
 * - median and p99 latency of pledge, stats and feed, one request at a time (after a first call
 *   of each, which loads the modules), each pledge from a new device;
 * - 50 concurrent pledges from 50 devices: answers of 500 or more, and how much today's count rose;
 * - (Redis) the time to the 503 while the redis-server is stopped (SIGSTOP);
 * - folders written under .netlify/functions-serve during the run.
 * Options: --requests N per endpoint (default 200).
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { NO_STORE_ENV, repoRoot, startDevServer } from "./lib/dev-server";
import { freePort } from "./lib/free-port";
import { redisServerBin, startRedisServer } from "./lib/redis-server";

const { values } = parseArgs({ options: { requests: { type: "string", default: "200" } } });
const REQUESTS = Number(values.requests);
if (!Number.isInteger(REQUESTS) || REQUESTS < 10) {
  console.error("--requests must be a whole number of at least 10.");
  process.exit(1);
}
const SERVE_DIR = path.join(repoRoot, ".netlify/functions-serve");
const servedFolders = () => (existsSync(SERVE_DIR) ? readdirSync(SERVE_DIR).length : 0);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

let ipCounter = 0;
/** A new device on a connection of its own, as different people would send. */
const pledgeRequest = (base: string) => () =>
  fetch(`${base}/api/pledge`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter++ & 255}`,
    },
    body: JSON.stringify({ kind: "recovery", deviceId: randomUUID() }),
  });

const timedSeries = async (call: () => Promise<Response>) => {
  const first = await call(); // loads the modules: not counted
  await first.arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const res = await call();
    await res.arrayBuffer();
    if (res.status >= 300) throw new Error(`${res.url} answered ${res.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99) };
};

const todayCount = async (base: string) =>
  ((await (await fetch(`${base}/api/stats`)).json()) as { today: number }).today;

const concurrency = async (base: string) => {
  const before = await todayCount(base);
  const answers = await Promise.all(Array.from({ length: 50 }, () => pledgeRequest(base)()));
  await Promise.all(answers.map((res) => res.arrayBuffer()));
  return { serverErrors: answers.filter((res) => res.status >= 500).length, rose: (await todayCount(base)) - before };
};

const rows: string[] = [];
const row = (cells: Array<string | number>) => rows.push(`| ${cells.join(" | ")} |`);

const measure = async (store: string, env: Record<string, string | undefined>, stopStore?: () => () => void) => {
  const folders = servedFolders();
  const server = await startDevServer({ ...NO_STORE_ENV, RATE_LIMIT_PLEDGES: "100000000", ...env });
  try {
    const base = server.url;
    const results = {
      pledge: await timedSeries(pledgeRequest(base)),
      stats: await timedSeries(() => fetch(`${base}/api/stats`)),
      feed: await timedSeries(() => fetch(`${base}/api/feed`)),
    };
    const burst = await concurrency(base);
    let outage = "—";
    if (stopStore) {
      const resume = stopStore();
      try {
        const started = performance.now();
        const res = await pledgeRequest(base)();
        outage = `${res.status} in ${Math.round(performance.now() - started)} ms`;
      } finally {
        resume();
      }
    }
    const written = servedFolders() - folders;
    for (const [name, { median, p99 }] of Object.entries(results)) {
      row([store, name, median.toFixed(1), p99.toFixed(1), `${burst.serverErrors} / +${burst.rose}`, outage, written]);
    }
  } finally {
    await server.stop();
  }
};

const bin = redisServerBin();
console.log(
  `Dev server benchmark: ${REQUESTS} requests per endpoint, one at a time; ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
await measure("embedded", { PLEDGE_SECRET: undefined });
if (bin) {
  const port = await freePort();
  const redis = await startRedisServer(bin, port);
  const version = execFileSync(bin, ["--version"], { encoding: "utf8" }).match(/v=(\S+)/)?.[1] ?? "?";
  try {
    await measure(
      `redis ${version}`,
      {
        REDIS_URL: `redis://127.0.0.1:${port}`,
        PLEDGE_SECRET: "bench-dev-secret-0123456789-0123456789-abcdef",
        PLEDGE_KEY_PREFIX: `bench-dev:${Date.now().toString(36)}`,
      },
      () => {
        redis.kill("SIGSTOP");
        return () => redis.kill("SIGCONT");
      },
    );
  } finally {
    redis.kill("SIGKILL");
  }
} else console.warn("No redis-server installed: the Redis rows are left out (apt-get install redis-server).");

console.log(
  "\n| store | endpoint | median ms | p99 ms | 50 concurrent pledges: 5xx / count rose | store stopped: pledge | folders left in .netlify/functions-serve |",
);
console.log("| --- | --- | ---: | ---: | ---: | --- | ---: |");
console.log(rows.join("\n"));
