import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../../netlify/lib/config";
import { createHasher } from "../../netlify/lib/pledge/privacy";

describe("readConfig", () => {
  it("uses the embedded store with nothing set, and defaults that make sense", () => {
    const config = readConfig({});
    expect(config.store).toEqual({ kind: "memory" });
    expect(config.timeZone).toBe("America/Chicago");
    expect(config.secretIsEphemeral).toBe(true);
    expect(config.storeTimeoutMs).toBeLessThan(2000);
    expect(config.limits.pledges).toBeGreaterThan(1);
  });
  it("picks Upstash, then a TCP Redis", () => {
    const secret = "s".repeat(32);
    expect(
      readConfig({
        UPSTASH_REDIS_REST_URL: "https://x.upstash.io",
        UPSTASH_REDIS_REST_TOKEN: "t",
        REDIS_URL: "redis://h",
        PLEDGE_SECRET: secret,
      }).store.kind,
    ).toBe("upstash");
    expect(readConfig({ REDIS_URL: "redis://127.0.0.1:6379", PLEDGE_SECRET: secret }).store.kind).toBe("redis");
  });
  it("refuses settings that would lose or double-count pledges, naming the variable", () => {
    expect(() => readConfig({ REDIS_URL: "redis://h" })).toThrow(/PLEDGE_SECRET is required/);
    expect(() => readConfig({ UPSTASH_REDIS_REST_URL: "https://x" })).toThrow(/UPSTASH_REDIS_REST_TOKEN/);
    expect(() => readConfig({ SITE_TIME_ZONE: "Mars/Olympus" })).toThrow(/SITE_TIME_ZONE/);
    expect(() => readConfig({ RATE_LIMIT_PLEDGES: "-3" })).toThrow(/RATE_LIMIT_PLEDGES/);
    expect(() => readConfig({ STORE_TIMEOUT_MS: "5000" })).toThrow(/STORE_TIMEOUT_MS/);
    expect(() => readConfig({ PLEDGE_SECRET: "short" })).toThrow(ConfigError);
  });
});

describe("keyed hashes", () => {
  const at = new Date("2026-06-15T12:00:00Z");
  it("never contain the raw value and depend on the secret", () => {
    const a = createHasher("a".repeat(32));
    const b = createHasher("b".repeat(32));
    const id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect(a.device(id)).not.toContain("0f8fad5b");
    expect(a.device(id)).toBe(a.device(id.toUpperCase()));
    expect(a.device(id)).not.toBe(b.device(id));
    expect(a.ip("203.0.113.7", at)).not.toContain("203");
  });
  it("salt IP addresses with the day, so yesterday's hashes do not match today's", () => {
    const h = createHasher("a".repeat(32));
    expect(h.ip("203.0.113.7", at)).toBe(h.ip("203.0.113.7", new Date("2026-06-15T23:59:00Z")));
    expect(h.ip("203.0.113.7", at)).not.toBe(h.ip("203.0.113.7", new Date("2026-06-16T00:00:01Z")));
    expect(h.visitor("203.0.113.7", "UA", at)).not.toBe(h.visitor("203.0.113.7", "UA2", at));
  });
  it("are HMAC-SHA-256 under the secret and the day's salt, as they always were", () => {
    // Stored keys hold these hashes: were they to change, a device could pledge twice on the day
    // of a deploy, and a client's rate count would start again.
    const secret = "a".repeat(32);
    const mac = (key: string, value: string) =>
      createHmac("sha256", key).update(value).digest("base64url").slice(0, 27);
    const h = createHasher(secret);
    const id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect(h.device(id)).toBe(mac(secret, `device:${id}`));
    const salt = mac(secret, "ip-salt:2026-06-15");
    expect(h.ip("203.0.113.7", at)).toBe(mac(salt, "ip:203.0.113.7"));
    expect(h.visitor("203.0.113.7", "UA", at)).toBe(mac(salt, "visitor:203.0.113.7\nUA"));
    // A secret longer than SHA-256's 64-byte block is hashed first (RFC 2104); text is UTF-8.
    const long = "ü".repeat(40);
    expect(createHasher(long).device(id)).toBe(mac(long, `device:${id}`));
    // A secret that is not ASCII but fits the block takes the buffer path, as the long one does:
    // a message longer than the buffer it starts with, then a short one after it.
    const accented = `${"é".repeat(16)}${"a".repeat(16)}`;
    const onBuffer = createHasher(accented);
    expect(onBuffer.device(id)).toBe(mac(accented, `device:${id}`));
    expect(onBuffer.device("x".repeat(400))).toBe(mac(accented, `device:${"x".repeat(400)}`));
    expect(onBuffer.device(id)).toBe(mac(accented, `device:${id}`));
    // A lone surrogate (a broken string) is hashed as UTF-8 writes it (U+FFFD) on both paths.
    expect(onBuffer.device("a\ud800b")).toBe(mac(accented, "device:a\ud800b"));
    expect(h.device("a\udc00")).toBe(mac(secret, "device:a\udc00"));
    const agent = `Mozilla/5.0 (ñ; 🌱) ${"x".repeat(400)}`;
    expect(h.visitor("203.0.113.7", agent, at)).toBe(mac(salt, `visitor:203.0.113.7\n${agent}`));
    expect(h.ip("198.51.100.1", at)).toBe(mac(salt, "ip:198.51.100.1"));
  });
});

describe("store errors", () => {
  it("treats 'cannot serve now' answers as unavailable (503), and mistakes as bugs", async () => {
    const { isStoreUnavailable, describeError } = await import("../../netlify/lib/store");
    const reply = (message: string, name = "UpstashError") => Object.assign(new Error(message), { name });
    for (const message of [
      "BUSY Redis is busy running a script",
      "OOM command not allowed when used memory > 'maxmemory'",
      "READONLY You can't write against a read only replica.",
      "ERR max daily request limit exceeded",
    ]) {
      expect(isStoreUnavailable(reply(message)), message).toBe(true);
    }
    expect(isStoreUnavailable(reply("<html>Bad Gateway</html>", "UpstashJSONParseError"))).toBe(true);
    expect(isStoreUnavailable(reply("ERR wrong number of arguments"))).toBe(false);
    expect(describeError(reply('ERR oops, command was: ["evalsha","x",{"name":"Sam"}]'))).toBe(
      "UpstashError: ERR oops",
    );
  });

  it("keeps the rate-limit window within 48 hours", () => {
    expect(() => readConfig({ RATE_LIMIT_WINDOW_SECONDS: "200000" })).toThrow(/172800/);
  });
});
