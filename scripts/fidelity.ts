/**
 * `npm run test:fidelity`: the API contract (tests/fidelity/api.test.ts) and a browser smoke test
 * (tests/fidelity/smoke.spec.ts) against the site served by
 *
 * - `--server netlify` (default): Netlify's own local runtime, `netlify serve --offline
 *   --internal-disable-edge-functions` from netlify-cli 27.10, which builds the site and serves
 *   dist/, the functions and netlify.toml's headers, downloading nothing. netlify-cli is not a
 *   dependency (hundreds of megabytes): CI installs it pinned in its own folder
 *   (`npm install --prefix "$HOME/.netlify-cli" netlify-cli@27.10.2`); NETLIFY_CLI may name the
 *   `netlify` binary elsewhere.
 * - `--server preview`: this project's preview server (scripts/serve-site.ts) on the built dist/.
 *
 * Both run on a throwaway redis-server, so the contract includes the store stopping and coming
 * back. Exits non-zero when any check fails.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { NO_STORE_ENV, repoRoot } from "./lib/dev-server";
import { freePort } from "./lib/free-port";
import { redisServerBin, startRedisServer } from "./lib/redis-server";

const { values } = parseArgs({ options: { server: { type: "string", default: "netlify" } } });
const server = values.server;
if (server !== "netlify" && server !== "preview") {
  console.error(`--server must be "netlify" or "preview", not "${server}".`);
  process.exit(1);
}

const netlifyBin = process.env.NETLIFY_CLI ?? path.join(homedir(), ".netlify-cli/node_modules/.bin/netlify");
if (server === "netlify" && !existsSync(netlifyBin)) {
  console.error(
    `netlify-cli is not installed at ${netlifyBin}. Install it in its own folder (not in this project): npm install --prefix "$HOME/.netlify-cli" netlify-cli@27.10.2 (or set NETLIFY_CLI to the netlify binary).`,
  );
  process.exit(1);
}
const redisBin = redisServerBin();
if (!redisBin) {
  console.error("npm run test:fidelity needs redis-server (apt-get install redis-server).");
  process.exit(1);
}

const children: ChildProcess[] = [];
/** Servers run in their own process group, so their workers stop with them. */
const stopAll = () => {
  for (const child of children) {
    if (child.pid === undefined || child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  }
};
process.on("exit", stopAll);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(1));

const redisPort = await freePort();
const redis = await startRedisServer(redisBin, redisPort);
children.push(redis);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const moderationToken = randomBytes(18).toString("hex");
const siteEnv: NodeJS.ProcessEnv = {
  ...process.env,
  ...Object.fromEntries(Object.keys(NO_STORE_ENV).map((key) => [key, ""])),
  REDIS_URL: `redis://127.0.0.1:${redisPort}`,
  PLEDGE_SECRET: randomBytes(32).toString("hex"),
  PLEDGE_KEY_PREFIX: `fidelity:${Date.now().toString(36)}`,
  MODERATION_TOKEN: moderationToken,
  NETLIFY_TELEMETRY_DISABLED: "1",
  BROWSER: "none",
  PORT: String(port),
  HOST: "127.0.0.1",
  SERVE_SITE_QUIET: "1",
};

const [command, args] =
  server === "netlify"
    ? [netlifyBin, ["serve", "--offline", "--internal-disable-edge-functions", "--port", String(port)]]
    : [process.execPath, ["--import", "tsx", "scripts/serve-site.ts"]];
console.log(
  `[fidelity] starting ${server === "netlify" ? "netlify serve (it builds the site first)" : "the preview server"} on ${base}`,
);
const site = spawn(command, args, { cwd: repoRoot, env: siteEnv, stdio: ["ignore", "pipe", "pipe"], detached: true });
children.push(site);
let output = "";
site.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
site.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

const deadline = Date.now() + 10 * 60_000;
let ready = false;
while (!ready && Date.now() < deadline && site.exitCode === null) {
  try {
    ready = (await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) })).status === 200;
  } catch {
    // not listening yet
  }
  if (!ready) await new Promise((resolve) => setTimeout(resolve, 1000));
}
if (!ready) {
  console.error(`[fidelity] the site did not answer GET /api/health with 200:\n${output.slice(-6000)}`);
  process.exit(1);
}
console.log("[fidelity] site ready");

const run = (bin: string, runArgs: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn(bin, runArgs, {
      cwd: repoRoot,
      stdio: "inherit",
      env: {
        ...process.env,
        API_BASE_URL: base,
        SITE_BASE_URL: base,
        FIDELITY_REDIS_PID: String(redis.pid ?? 0),
        FIDELITY_MODERATION_TOKEN: moderationToken,
      },
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });

const npx = path.join(repoRoot, "node_modules/.bin");
const apiCode = await run(path.join(npx, "vitest"), ["run", "--config", "vitest.fidelity.config.ts"]);
const browserCode = await run(path.join(npx, "playwright"), ["test", "--config", "playwright.fidelity.config.ts"]);
if (apiCode !== 0 || browserCode !== 0) {
  console.error(
    `[fidelity] FAILED against ${server}: API contract exit ${apiCode}, browser smoke exit ${browserCode}.`,
  );
  console.error(`[fidelity] last output of the site:\n${output.slice(-4000)}`);
  process.exit(1);
}
console.log(`[fidelity] API contract and browser smoke test passed against ${server}.`);
process.exit(0);
