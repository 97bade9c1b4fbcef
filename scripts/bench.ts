/**
 * `npm run bench`: the pledge service against a real redis-server over HTTP.
 *
 * Prints, for pledge, stats and feed at 1, 16 and 64 concurrent clients: requests per second,
 * p50 and p99 latency; the Redis commands (from INFO commandstats) and round trips per request;
 * the same for a floor function doing a single INCR, with the ratio; what @upstash/ratelimit
 * would add per request; and how many pledges a day Upstash's free tier carries.
 *
 * Uses REDIS_URL when set (the database is not flushed: keys go under a fresh prefix), else
 * starts a throwaway redis-server. Options: --seconds N per scenario (default 4).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { Redis as IORedis } from "ioredis";
import { commandRequester } from "../netlify/lib/store/requester";
import { connectTcp } from "../netlify/lib/store/tcp";
import { freePort } from "./lib/free-port";
import { redisServerBin, startRedisServer } from "./lib/redis-server";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "4" } } });
const SECONDS = Number(values.seconds);
const CONCURRENCY = [1, 16, 64];
const FREE_TIER_COMMANDS_PER_MONTH = 500_000;

const children: ChildProcess[] = [];
const cleanup = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("exit", cleanup);

let redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  const bin = redisServerBin();
  if (!bin) {
    console.error(
      "npm run bench needs a real Redis: set REDIS_URL or install redis-server (apt-get install redis-server).",
    );
    process.exit(1);
  }
  const port = await freePort();
  children.push(await startRedisServer(bin, port));
  redisUrl = `redis://127.0.0.1:${port}`;
}
const prefix = `bench:${Date.now().toString(36)}`;
const admin = new IORedis(redisUrl);

// The server under test, in its own process, like a function instance.
const server = spawn(process.execPath, ["--import", "tsx", "scripts/bench/server.ts"], {
  env: {
    ...process.env,
    REDIS_URL: redisUrl,
    PLEDGE_SECRET: "bench-secret-0123456789-0123456789-abcdef",
    PLEDGE_KEY_PREFIX: prefix,
    RATE_LIMIT_PLEDGES: "100000000",
    FEED_HISTORY: "500",
    PORT: "0",
  },
  stdio: ["ignore", "pipe", "inherit"],
});
children.push(server);
const port = await new Promise<number>((resolve, reject) => {
  server.stdout?.on("data", (chunk: Buffer) => {
    const match = /LISTENING (\d+)/.exec(chunk.toString());
    if (match) resolve(Number(match[1]));
  });
  server.on("exit", (code) => reject(new Error(`benchmark server exited (${code})`)));
});
const base = `http://127.0.0.1:${port}`;

const commandStats = async (): Promise<Map<string, number>> => {
  const info = await admin.info("commandstats");
  const stats = new Map<string, number>();
  for (const match of info.matchAll(/cmdstat_([\w|]+):calls=(\d+)/g)) stats.set(match[1] ?? "", Number(match[2]));
  return stats;
};
/** Commands run between two snapshots, leaving out INFO itself. */
const commandsBetween = (before: Map<string, number>, after: Map<string, number>) => {
  let total = 0;
  const byName: Record<string, number> = {};
  for (const [name, calls] of after) {
    if (name === "info") continue;
    const delta = calls - (before.get(name) ?? 0);
    if (delta > 0) {
      total += delta;
      byName[name] = delta;
    }
  }
  return { total, byName };
};
const roundTrips = async () =>
  ((await (await fetch(`${base}/bench/round-trips`)).json()) as { roundTrips: number }).roundTrips;

type Scenario = { name: string; request: () => Request | string };
const scenarios: Scenario[] = [
  {
    name: "pledge",
    request: () =>
      new Request(`${base}/api/pledge`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          kind: "recovery",
          deviceId: crypto.randomUUID(),
          name: "Sam",
          note: "One day at a time",
        }),
      }),
  },
  { name: "stats", request: () => `${base}/api/stats` },
  { name: "feed", request: () => `${base}/api/feed?limit=20` },
  { name: "floor (1 INCR)", request: () => `${base}/bench/incr` },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

interface Result {
  scenario: string;
  concurrency: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  commands: number;
  trips: number;
  errors: number;
  byName: Record<string, number>;
}

const run = async (scenario: Scenario, concurrency: number): Promise<Result> => {
  const latencies: number[] = [];
  let errors = 0;
  const statsBefore = await commandStats();
  const tripsBefore = await roundTrips();
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const res = await fetch(scenario.request());
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status >= 300) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const trips = (await roundTrips()) - tripsBefore;
  const { total, byName } = commandsBetween(statsBefore, await commandStats());
  latencies.sort((a, b) => a - b);
  return {
    scenario: scenario.name,
    concurrency,
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    commands: total / latencies.length,
    trips: trips / latencies.length,
    errors,
    byName,
  };
};

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(
  `Redis: ${redisUrl} (${(await admin.info("server")).match(/redis_version:(\S+)/)?.[1] ?? "?"}), ${SECONDS} s per scenario\n`,
);

// A feed with history to read.
for (let i = 0; i < 200; i++) await fetch(scenarios[0]?.request() ?? "");

const results: Result[] = [];
for (const scenario of scenarios) for (const concurrency of CONCURRENCY) results.push(await run(scenario, concurrency));

const floorAt = (c: number) => results.find((r) => r.scenario.startsWith("floor") && r.concurrency === c);
const pad = (value: string, width: number) => value.padStart(width);
console.log(
  `${"endpoint".padEnd(15)}${pad("clients", 8)}${pad("req/s", 9)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("sent/req", 10)}${pad("run/req", 9)}${pad("vs floor", 10)}${pad("errors", 8)}`,
);
for (const r of results) {
  const floorRps = floorAt(r.concurrency)?.rps ?? r.rps;
  console.log(
    `${r.scenario.padEnd(15)}${pad(String(r.concurrency), 8)}${pad(r.rps.toFixed(0), 9)}${pad(r.p50.toFixed(2), 9)}${pad(r.p99.toFixed(2), 9)}${pad(r.trips.toFixed(2), 10)}${pad(r.commands.toFixed(2), 9)}${pad(`${(r.rps / floorRps).toFixed(2)}×`, 10)}${pad(String(r.errors), 8)}`,
  );
}
console.log(
  "\nsent/req: commands the function sends to Redis per request (each in its own round trip; a script is one EVALSHA).\nrun/req: commands Redis executes per request, counting those inside scripts (INFO commandstats).",
);
console.log("\nCommands by name (64 clients):");
for (const r of results.filter((x) => x.concurrency === 64)) {
  console.log(
    `  ${r.scenario.padEnd(15)} ${Object.entries(r.byName)
      .map(([n, c]) => `${n}=${c}`)
      .join(" ")}`,
  );
}

// What a separate limiter would add: @upstash/ratelimit's fixed window, measured the same way.
const tcp = connectTcp(redisUrl, 1500);
const limiter = new Ratelimit({
  redis: new Redis(commandRequester(tcp.run)),
  limiter: Ratelimit.fixedWindow(1_000_000, "1 h"),
  prefix: `${prefix}:rl-compare`,
  analytics: false,
});
const CHECKS = 500;
const limiterBefore = await commandStats();
let limiterNote: string;
try {
  for (let i = 0; i < CHECKS; i++) await limiter.limit(`client-${i % 50}`);
  const used = commandsBetween(limiterBefore, await commandStats()).total / CHECKS;
  limiterNote = `@upstash/ratelimit fixedWindow: ${used.toFixed(2)} commands run per check (${CHECKS} checks), on top of each request's own.`;
} catch (error) {
  limiterNote = `@upstash/ratelimit fixedWindow could not run on this Redis: ${error instanceof Error ? error.message : String(error)}`;
}
await tcp.close();

const at16 = (name: string) => results.find((r) => r.scenario === name && r.concurrency === 16);
const sent = { pledge: at16("pledge")?.trips ?? 1, stats: at16("stats")?.trips ?? 1, feed: at16("feed")?.trips ?? 1 };
const ran = {
  pledge: at16("pledge")?.commands ?? 1,
  stats: at16("stats")?.commands ?? 1,
  feed: at16("feed")?.commands ?? 1,
};
const perDay = FREE_TIER_COMMANDS_PER_MONTH / 30;
// With the CDN caching stats and feed for 60 s, each costs at most one Redis read per 60 s per
// cache node, whatever the number of visitors.
const READS_PER_DAY = 86_400 / 60;
const fmt = (n: number) => Math.max(0, Math.floor(n)).toLocaleString("en-US");

console.log(`\n${limiterNote}`);
console.log("The service folds its fixed-window limit into each write script instead: no extra command sent.");
console.log(
  `\nUpstash free tier: ${FREE_TIER_COMMANDS_PER_MONTH.toLocaleString("en-US")} commands a month ≈ ${fmt(perDay)} a day.`,
);
console.log(
  "Pledges a day it carries, counting commands sent (a script billed as one command) / commands run (every command inside a script billed):",
);
console.log(
  `  pledges only:                                 ${fmt(perDay / sent.pledge)} / ${fmt(perDay / ran.pledge)}`,
);
console.log(
  `  plus stats and feed behind the CDN (60 s):    ${fmt((perDay - READS_PER_DAY * (sent.stats + sent.feed)) / sent.pledge)} / ${fmt((perDay - READS_PER_DAY * (ran.stats + ran.feed)) / ran.pledge)}  (one cache node)`,
);
console.log(
  `  if every pledger also read stats and feed uncached: ${fmt(perDay / (sent.pledge + sent.stats + sent.feed))} / ${fmt(perDay / (ran.pledge + ran.stats + ran.feed))}`,
);

admin.disconnect();
cleanup();
process.exit(0);
