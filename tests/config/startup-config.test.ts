/**
 * Settings are checked once, when a server starts: a wrong or missing variable stops
 * `npm run preview` (and `npm run dev`: tests/dev) with one line saying what to set, and a
 * deployed function answers a clear 503 `not_configured` instead of a 500 with a stack trace.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, prepareLocalConfig, readConfig } from "../../netlify/lib/config";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const SECRET = "s".repeat(32);

const messageOf = (env: Record<string, string>): string => {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("expected a ConfigError");
};

describe("a wrong setting", () => {
  it("is one line that names the variable and says what to set", () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ REDIS_URL: "redis://127.0.0.1:6379" }, /^PLEDGE_SECRET is required .*openssl rand -hex 32/],
      [{ REDIS_URL: "localhost:6379", PLEDGE_SECRET: SECRET }, /^REDIS_URL must start with redis:\/\//],
      [{ UPSTASH_REDIS_REST_URL: "http://x", UPSTASH_REDIS_REST_TOKEN: "t", PLEDGE_SECRET: SECRET }, /https:\/\//],
      [{ RATE_LIMIT_PLEDGES: "lots" }, /^RATE_LIMIT_PLEDGES: must be a whole number above 0 \(default 30\)$/],
      [{ PLEDGE_SECRET: "short" }, /^PLEDGE_SECRET must be at least 32 characters/],
    ];
    for (const [env, expected] of cases) {
      const message = messageOf(env);
      expect(message, JSON.stringify(env)).toMatch(expected);
      expect(message).not.toContain("\n");
    }
    // Values never appear in the message (a secret could be one of them).
    expect(messageOf({ PLEDGE_SECRET: "my-private-value" })).not.toContain("my-private-value");
  });

  it("for local servers: a secret is made for the embedded store only, and written for the process", () => {
    const env: Record<string, string | undefined> = {};
    const { config, madeSecret } = prepareLocalConfig(env);
    expect(madeSecret).toBe(true);
    expect(env["PLEDGE_SECRET"]).toBe(config.secret);
    expect(readConfig(env).secret).toBe(config.secret);
    expect(() => prepareLocalConfig({ REDIS_URL: "redis://127.0.0.1:6379" })).toThrow(ConfigError);
  });

  it("stops npm run preview at startup with one line, no stack trace", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/serve-site.ts"], {
      cwd: repoRoot,
      env: { ...process.env, REDIS_URL: "redis://127.0.0.1:6379", PLEDGE_SECRET: "", PORT: "0" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^\[serve-site\] Cannot start: PLEDGE_SECRET is required [^\n]*$/);
    expect(run.stdout).toBe("");
  });
});

describe("a deployed function with wrong settings", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  const load = async () => {
    vi.resetModules(); // runtime.ts reads the environment when it is first imported
    vi.stubEnv("UPSTASH_REDIS_REST_URL", "");
    vi.stubEnv("UPSTASH_REDIS_REST_TOKEN", "");
    vi.stubEnv("REDIS_URL", "redis://127.0.0.1:6379");
    vi.stubEnv("PLEDGE_SECRET", "");
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const health = (await import("../../netlify/functions/health.ts")).default;
    const pledge = (await import("../../netlify/functions/pledge.ts")).default;
    return { health, pledge, logged };
  };

  it("answers the health check 503 not_configured and logs why, once at start and on each check", async () => {
    const { health, logged } = await load();
    expect(logged.mock.calls.map((call) => call.join(" "))).toEqual([
      expect.stringMatching(/^\[pledge\] not configured: PLEDGE_SECRET is required/),
    ]);
    const res = await health(new Request("http://localhost/api/health"), { ip: "127.0.0.1" });
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe("not_configured");
    expect(body.error.message).not.toMatch(/PLEDGE_SECRET|\bat /);
    expect(logged).toHaveBeenCalledTimes(2);
  });

  it("answers every other endpoint 503 not_configured in JSON, not 500", async () => {
    const { pledge } = await load();
    const res = await pledge(
      new Request("http://localhost/api/pledge", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: "recovery", deviceId: crypto.randomUUID() }),
      }),
      { ip: "127.0.0.1" },
    );
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_configured");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
