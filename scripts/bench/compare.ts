/**
 * `npm run bench:compare -- <other checkout>`: this code's pledge against another checkout's
 * (say, a `git worktree` of main), by the server's CPU time per request rather than by requests
 * per second. On a shared two-core machine one `npm run bench` run's ratio moves by a tenth from
 * run to run; CPU time measured while both run at the same moments moves far less.
 *
 * Both bench servers (scripts/bench/server.ts, each from its own checkout, so each runs its own
 * code) share core 0 (`taskset`), and Redis and the load generator core 1, so the two servers meet
 * the same load. Pledges (each from its own device and address) and then the floor (one INCR)
 * are sent to both at once, 16 clients each, for a warm-up round and then --rounds rounds of
 * --seconds; the server CPU per request is read from /proc. Needs Linux, `taskset` (util-linux)
 * and redis-server.
 */
import { type ChildProcess, execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { freePort } from "../lib/free-port";
import { redisServerBin, startRedisServer } from "../lib/redis-server";
import { type BenchServer, makePledge, median, pledgeInit, send, startBenchServer } from "./load";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seconds: { type: "string", default: "4" },
    rounds: { type: "string", default: "6" },
    clients: { type: "string", default: "16" },
  },
});
const other = positionals[0];
if (!other || !existsSync(resolve(other, "scripts/bench/server.ts"))) {
  console.error("Usage: npm run bench:compare -- <path of another checkout, with its node_modules>");
  process.exit(1);
}
const bin = redisServerBin();
if (!bin) {
  console.error("npm run bench:compare needs redis-server (apt-get install redis-server).");
  process.exit(1);
}
// This process (the load generator) and the redis-server it starts: core 1, all their threads.
execFileSync("taskset", ["-a", "-p", "-c", "1", String(process.pid)], { stdio: ["ignore", "ignore", "inherit"] });
/** Clock ticks per second, the unit of /proc/<pid>/stat's CPU times. */
const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
if (!Number.isInteger(ROUNDS) || ROUNDS < 2 || ROUNDS % 2 !== 0) {
  console.error("--rounds must be an even number (2 or more), so that each server starts first as often.");
  process.exit(1);
}
const CLIENTS = Number(values.clients);

const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const child of children) child.kill("SIGTERM");
});
const redisPort = await freePort();
children.push(await startRedisServer(bin, redisPort));

interface Server extends BenchServer {
  name: string;
}
const startServer = async (name: string, dir: string): Promise<Server> => {
  const server = await startBenchServer({
    redisUrl: `redis://127.0.0.1:${redisPort}`,
    prefix: `compare:${name}`,
    cwd: dir,
    core: 0,
  });
  children.push(server.child);
  return { ...server, name };
};
const servers = [await startServer("this", process.cwd()), await startServer("other", resolve(other))];

/** A process's CPU time (user + system) in clock ticks, from /proc/<pid>/stat. */
const cpuTicks = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return Number(fields[11]) + Number(fields[12]);
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
let pledgesMade = 0;
const sendTo = (server: Server, pledge: boolean): Promise<number> =>
  pledge
    ? send(agent, `${server.base}/api/pledge`, pledgeInit(makePledge(pledgesMade++)))
    : send(agent, `${server.base}/bench/incr`);

/**
 * Both servers at once for SECONDS: server CPU µs per request, by server. The two servers'
 * clients are started alternately (one of each, then the next pair), and `first` says whose
 * client starts each pair; after its first request each client runs on its own. With one
 * server's clients all started before the other's, that server measured 3 to 7 % cheaper with
 * the same floor code in both.
 */
const round = async (pledge: boolean, first: number): Promise<number[]> => {
  const before = servers.map((server) => cpuTicks(server.pid));
  const counts = servers.map(() => 0);
  const deadline = performance.now() + SECONDS * 1000;
  const order = servers.map((_, i) => (i + first) % servers.length);
  const client = async (i: number) => {
    const server = servers[i] as Server;
    while (performance.now() < deadline) {
      const status = await sendTo(server, pledge);
      if (status >= 300) throw new Error(`${server.name}: ${pledge ? "pledge" : "floor"} answered ${status}`);
      counts[i] = (counts[i] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, () => order.map(client)).flat());
  return servers.map(
    (server, i) =>
      ((cpuTicks(server.pid) - (before[i] ?? 0)) * (1_000_000 / TICKS_PER_SECOND)) / Math.max(1, counts[i] ?? 0),
  );
};

const pledges: number[][] = servers.map(() => []);
const floors: number[][] = servers.map(() => []);
for (let r = 0; r <= ROUNDS; r++) {
  // Whose clients start first changes every round; an even number of rounds gives each server as many.
  const pledge = await round(true, r % servers.length);
  const floor = await round(false, r % servers.length);
  if (r === 0) continue;
  servers.forEach((_, i) => {
    pledges[i]?.push(pledge[i] ?? 0);
    floors[i]?.push(floor[i] ?? 0);
  });
  console.log(
    `round ${r}: ${servers.map((s, i) => `${s.name} pledge ${pledge[i]?.toFixed(0)} µs, floor ${floor[i]?.toFixed(0)} µs`).join("; ")}`,
  );
}
// Each server here has half a core and answers more requests per turn of its event loop than in
// `npm run bench`, so floor ÷ pledge is for comparing the two checkouts, not a forecast of the ratio.
console.log("\nServer CPU per request, median of the rounds (floor ÷ pledge, to compare the two checkouts):");
servers.forEach((server, i) => {
  const p = median(pledges[i] ?? []);
  const f = median(floors[i] ?? []);
  console.log(
    `  ${server.name.padEnd(6)} pledge ${p.toFixed(0)} µs, floor ${f.toFixed(0)} µs, floor ÷ pledge ${(f / p).toFixed(2)}`,
  );
});
process.exit(0);
