/**
 * `npm run bench`: the pledge service against a real redis-server over HTTP.
 *
 * Prints, for pledge, stats and feed at 1, 16 and 64 concurrent clients: requests per second,
 * p50 and p99 latency; the Redis commands (from INFO commandstats) run per request, the round
 * trips (commands sent) per request and Redis's own time per request; the same for a floor
 * function doing a single INCR, with the ratio; what a CDN refresh of the home page costs; what
 * @upstash/ratelimit would add per request; and how many pledges a day Upstash's free tier
 * carries, in both billing readings (a script as one command, or every command it runs).
 *
 * Uses REDIS_URL when set (the database is not flushed: keys go under a fresh prefix), else
 * starts a throwaway redis-server. Options: --seconds N per scenario and concurrency, split
 * over the rounds (default 10, five rounds of 2 s); --profile runs only pledges at 16 clients
 * (after the warm-up, which also sends floor requests), with the server under `node --cpu-prof`,
 * and prints where the server's time went per request (scripts/bench/profile.ts).
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import http from "node:http";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import { Redis as IORedis } from "ioredis";
import { commandRequester } from "../netlify/lib/store/requester";
import { connectTcp } from "../netlify/lib/store/tcp";
import { makePledge, median, pledgeInit, type RequestInit, send, startBenchServer } from "./bench/load";
import { summariseProfile } from "./bench/profile";
import { freePort } from "./lib/free-port";
import { redisServerBin, startRedisServer } from "./lib/redis-server";

const { values } = parseArgs({
  options: { seconds: { type: "string", default: "10" }, profile: { type: "boolean", default: false } },
});
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
const profileDir = values.profile ? mkdtempSync(join(tmpdir(), "bench-profile-")) : undefined;
const profileFlags = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
const { child: server, base } = await startBenchServer({ redisUrl, prefix, nodeFlags: profileFlags });
children.push(server);

type CommandStats = Map<string, { calls: number; usec: number }>;
const commandStats = async (): Promise<CommandStats> => {
  const info = await admin.info("commandstats");
  const stats: CommandStats = new Map();
  for (const match of info.matchAll(/cmdstat_([\w|]+):calls=(\d+),usec=(\d+)/g)) {
    stats.set(match[1] ?? "", { calls: Number(match[2]), usec: Number(match[3]) });
  }
  return stats;
};
/**
 * Commands run between two snapshots, leaving out INFO itself, and Redis's time running them
 * (a script's time includes the commands it runs, which are counted in their own rows too).
 */
const commandsBetween = (before: CommandStats, after: CommandStats) => {
  let total = 0;
  let allUsec = 0;
  let scriptUsec = 0;
  const byName: Record<string, number> = {};
  for (const [name, now] of after) {
    if (name === "info") continue;
    const delta = now.calls - (before.get(name)?.calls ?? 0);
    if (delta <= 0) continue;
    total += delta;
    byName[name] = delta;
    const usec = now.usec - (before.get(name)?.usec ?? 0);
    allUsec += usec;
    if (/^eval(sha)?(_ro)?$/.test(name)) scriptUsec += usec;
  }
  // A script's time already holds the time of the commands it runs, which have rows of their own.
  const scripted = Object.keys(byName).some((name) => /^eval(sha)?(_ro)?$/.test(name));
  return { total, byName, usec: scripted ? scriptUsec : allUsec };
};
const roundTrips = async () =>
  ((await (await fetch(`${base}/bench/round-trips`)).json()) as { roundTrips: number }).roundTrips;

/**
 * Pledges (scripts/bench/load.ts: each from a new device and its own address), made before the
 * clock starts with their requests' headers: the load generator shares the machine, and its own
 * work is not the endpoint's. The queue is topped up before each timed run with more than the
 * run can send (15,000 a second, where a bench run on the development machine has reached about
 * 6,000), up to 300,000 (about 76 MB of heap; with a --seconds long enough to need more, the
 * rest are made on the clock). A fixed 60,000 made once ran out near the end of the 16-client
 * rounds or early in the 64-client ones, so most of the 64-client rounds' pledges were made
 * while the clock ran.
 */
const PLEDGES_PER_SECOND_MADE = 15_000;
const PLEDGES_QUEUED_AT_MOST = 300_000;
let pledgesMade = 0;
/** Each pledge's request, ready to send (its body and headers). */
const pledgeQueue: RequestInit[] = [];
const topUpPledges = (seconds: number) => {
  const wanted = Math.min(Math.ceil(seconds * PLEDGES_PER_SECOND_MADE), PLEDGES_QUEUED_AT_MOST);
  while (pledgeQueue.length < wanted) pledgeQueue.push(pledgeInit(makePledge(pledgesMade++)));
};
const nextPledge = () => pledgeQueue.pop() ?? pledgeInit(makePledge(pledgesMade++));

type Scenario = {
  name: string;
  request: () => [url: string, init?: RequestInit];
  /** Work done before a timed run, off the clock. */
  prepare?: (seconds: number) => void;
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const sendScenario = (...[url, init]: ReturnType<Scenario["request"]>) => send(agent, url, init);
const scenarios: Scenario[] = [
  {
    name: "pledge",
    request: () => [`${base}/api/pledge`, nextPledge()],
    prepare: topUpPledges,
  },
  { name: "stats", request: () => [`${base}/api/stats`] },
  { name: "feed", request: () => [`${base}/api/feed?limit=20`] },
  { name: "floor (1 INCR)", request: () => [`${base}/bench/incr`] },
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
  redisUsec: number;
  errors: number;
  byName: Record<string, number>;
  /** Raw figures, to merge rounds. */
  raw: { latencies: number[]; seconds: number; commands: number; trips: number; usec: number };
  /** This endpoint's req/s over the floor's, per round (the median is reported). */
  ratios: number[];
}

const run = async (scenario: Scenario, concurrency: number, seconds = SECONDS): Promise<Result> => {
  const latencies: number[] = [];
  let errors = 0;
  scenario.prepare?.(seconds);
  const statsBefore = await commandStats();
  const tripsBefore = await roundTrips();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const status = await sendScenario(...scenario.request());
        latencies.push(performance.now() - t0);
        if (status >= 300) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const trips = (await roundTrips()) - tripsBefore;
  const { total, byName, usec } = commandsBetween(statsBefore, await commandStats());
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
    redisUsec: usec / latencies.length,
    errors,
    byName,
    raw: { latencies, seconds: elapsed, commands: total, trips, usec },
    ratios: [],
  };
};

/** One row from several rounds of a scenario: totals over all of them, the median ratio. */
const merge = (rounds: Result[], ratios: number[]): Result => {
  const first = rounds[0];
  if (!first) throw new Error("no rounds to merge");
  const latencies = rounds.flatMap((r) => r.raw.latencies).sort((a, b) => a - b);
  const sum = (pick: (r: Result) => number) => rounds.reduce((total, r) => total + pick(r), 0);
  const seconds = sum((r) => r.raw.seconds);
  const byName: Record<string, number> = {};
  for (const r of rounds)
    for (const [name, calls] of Object.entries(r.byName)) byName[name] = (byName[name] ?? 0) + calls;
  return {
    ...first,
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    commands: sum((r) => r.raw.commands) / latencies.length,
    trips: sum((r) => r.raw.trips) / latencies.length,
    redisUsec: sum((r) => r.raw.usec) / latencies.length,
    errors: sum((r) => r.errors),
    byName,
    raw: {
      latencies,
      seconds,
      commands: sum((r) => r.raw.commands),
      trips: sum((r) => r.raw.trips),
      usec: sum((r) => r.raw.usec),
    },
    ratios,
  };
};

console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(
  `Redis: ${redisUrl} (${(await admin.info("server")).match(/redis_version:(\S+)/)?.[1] ?? "?"}), ${SECONDS} s per scenario\n`,
);

// A feed with history to read.
const pledgeScenario = scenarios[0];
if (pledgeScenario) for (let i = 0; i < 200; i++) await sendScenario(...pledgeScenario.request());

// Warm both paths up (JIT, script cache). Then, at each concurrency, ROUNDS rounds of the floor
// and each endpoint, each run a share of --seconds: on a shared machine the load drifts, so each
// endpoint is compared with the floor measured in the same round, and the median of the rounds'
// ratios is reported. Five rounds rather than three, so that one bad round moves the median less
// (runs of the same code still differ by up to a tenth on a shared machine: README, Benchmark).
const ROUNDS = 5;
const floorScenario = scenarios.find((scenario) => scenario.name.startsWith("floor"));
if (!floorScenario) throw new Error("the floor scenario is missing");
for (let i = 0; i < 200; i++) await sendScenario(...floorScenario.request());
if (profileDir) {
  // Pledges only, then the server's profile: where a pledge's time goes.
  const pledges = scenarios[0];
  if (!pledges) throw new Error("the pledge scenario is missing");
  const result = await run(pledges, 16);
  console.log(
    `pledge at 16 clients: ${result.rps.toFixed(0)} req/s, Redis ${result.redisUsec.toFixed(1)} µs per request`,
  );
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
  const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error("the server wrote no profile");
  // The warm-up's 400 requests are in the profile too.
  const requests = result.requests + 400;
  console.log("\nServer busy time per request (µs), by part:");
  for (const [part, us] of summariseProfile(join(profileDir, file), requests)) {
    console.log(`  ${us.toFixed(1).padStart(8)}  ${part}`);
  }
  rmSync(profileDir, { recursive: true, force: true });
  admin.disconnect();
  cleanup();
  process.exit(0);
}

const results: Result[] = [];
for (const concurrency of CONCURRENCY) {
  const rounds = new Map<Scenario, Result[]>(scenarios.map((scenario) => [scenario, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const scenario of scenarios) rounds.get(scenario)?.push(await run(scenario, concurrency, SECONDS / ROUNDS));
  }
  const floorRounds = rounds.get(floorScenario) ?? [];
  for (const scenario of scenarios) {
    const own = rounds.get(scenario) ?? [];
    results.push(
      merge(
        own,
        own.map((r, i) => r.rps / (floorRounds[i]?.rps ?? r.rps)),
      ),
    );
  }
}
results.sort(
  (a, b) => scenarios.findIndex((s) => s.name === a.scenario) - scenarios.findIndex((s) => s.name === b.scenario),
);

const ratio = (r: Result | undefined) => (r ? median(r.ratios) : 0);
const pad = (value: string, width: number) => value.padStart(width);
console.log(
  `${"endpoint".padEnd(15)}${pad("clients", 8)}${pad("req/s", 9)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}${pad("sent/req", 10)}${pad("run/req", 9)}${pad("redis µs", 10)}${pad("vs floor", 10)}${pad("errors", 8)}`,
);
for (const r of results) {
  console.log(
    `${r.scenario.padEnd(15)}${pad(String(r.concurrency), 8)}${pad(r.rps.toFixed(0), 9)}${pad(r.p50.toFixed(2), 9)}${pad(r.p99.toFixed(2), 9)}${pad(r.trips.toFixed(2), 10)}${pad(r.commands.toFixed(2), 9)}${pad(r.redisUsec.toFixed(1), 10)}${pad(`${ratio(r).toFixed(2)}×`, 10)}${pad(String(r.errors), 8)}`,
  );
}
console.log(`\nvs floor: the median over ${ROUNDS} rounds of the endpoint's req/s over the floor's in the same round.`);
console.log(
  "sent/req: commands the function sends to Redis per request (each in its own round trip; a script is one EVALSHA).\nrun/req: commands Redis executes per request, counting the EVALSHA and those inside scripts (INFO commandstats).\nredis µs: Redis's own time per request (INFO commandstats), the rest being Node, HTTP and the network.",
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

const at = (name: string, c: number) => results.find((r) => r.scenario === name && r.concurrency === c);
const sent = {
  pledge: at("pledge", 16)?.trips ?? 1,
  stats: at("stats", 16)?.trips ?? 1,
  feed: at("feed", 16)?.trips ?? 1,
};
const ran = {
  pledge: at("pledge", 16)?.commands ?? 1,
  stats: at("stats", 16)?.commands ?? 1,
  feed: at("feed", 16)?.commands ?? 1,
};
const perDay = FREE_TIER_COMMANDS_PER_MONTH / 30;
// With the CDN caching stats and feed for 60 s, each costs at most one Redis read per 60 s per
// cache node, whatever the number of visitors.
const READS_PER_DAY = 86_400 / 60;
const fmt = (n: number) => Math.max(0, Math.floor(n)).toLocaleString("en-US");
const both = (perPledgeSent: number, perPledgeRun: number, readsSent = 0, readsRun = 0) =>
  `${fmt((perDay - readsSent) / perPledgeSent)} / ${fmt((perDay - readsRun) / perPledgeRun)}`;

console.log(`\n${limiterNote}`);
console.log("The service folds its fixed-window limit into each write script instead: no extra command sent.");
console.log("\nSummary (16 clients for the per-request figures):");
console.log(
  `  commands run per request: pledge ${ran.pledge.toFixed(2)}, stats ${ran.stats.toFixed(2)}, feed ${ran.feed.toFixed(2)}`,
);
console.log(
  `  commands sent per request: pledge ${sent.pledge.toFixed(2)}, stats ${sent.stats.toFixed(2)}, feed ${sent.feed.toFixed(2)}`,
);
console.log(
  `  one CDN refresh of the home page (stats + feed): ${(ran.stats + ran.feed).toFixed(2)} commands run, ${(sent.stats + sent.feed).toFixed(2)} sent`,
);
console.log(
  `  pledge vs the floor: ${ratio(at("pledge", 16)).toFixed(2)}× at 16 clients, ${ratio(at("pledge", 64)).toFixed(2)}× at 64 clients`,
);
console.log(
  `\nUpstash free tier: ${FREE_TIER_COMMANDS_PER_MONTH.toLocaleString("en-US")} commands a month ≈ ${fmt(perDay)} a day.`,
);
console.log(
  "Pledges a day it carries, counting commands sent (a script billed as one command) / commands run (every command a script runs billed too):",
);
console.log(`  pledges only:                                        ${both(sent.pledge, ran.pledge)}`);
console.log(
  `  plus stats and feed behind the CDN (60 s refresh):   ${both(sent.pledge, ran.pledge, READS_PER_DAY * (sent.stats + sent.feed), READS_PER_DAY * (ran.stats + ran.feed))}  (one cache node)`,
);
console.log(
  `  if every pledger also read stats and feed uncached:  ${both(sent.pledge + sent.stats + sent.feed, ran.pledge + ran.stats + ran.feed)}`,
);

admin.disconnect();
cleanup();
process.exit(0);
