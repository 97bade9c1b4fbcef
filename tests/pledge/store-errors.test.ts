/**
 * Quiet noise, loud failures: a store that refuses its credentials or has used up its quota is
 * a configuration problem, logged as an error with its cause; a timeout is a warning; neither
 * log line carries the command's arguments (names, notes, hashed ids). The visitor gets 503.
 */
import { Redis } from "@upstash/redis";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApi } from "../../netlify/lib/api";
import { PledgeService } from "../../netlify/lib/pledge/service";
import { storeProblem } from "../../netlify/lib/store";
import { type CommandRunner, commandRequester, StoreUnavailableError } from "../../netlify/lib/store/requester";
import { ctx, defaultOptions, device, get, postJson } from "./harness";

/** An API over a store that answers every command with `fail`. */
const apiFailingWith = (fail: CommandRunner) => {
  const redis = new Redis(commandRequester(fail));
  return createApi({
    service: new PledgeService(redis, defaultOptions()),
    storeKind: "redis",
    ping: () => redis.ping(),
    moderationToken: undefined,
  });
};

const replyError = (message: string): CommandRunner => {
  return async () => {
    const error = new Error(message);
    error.name = "ReplyError";
    throw error;
  };
};

const NOTE = "Private words 7c1e";

describe("store failures in the logs", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const logsOf = async (fail: CommandRunner) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const api = apiFailingWith(fail);
    const pledge = await api.pledge(
      postJson("/api/pledge", { kind: "recovery", deviceId: device(), note: NOTE }),
      ctx(),
    );
    const stats = await api.stats(get("/api/stats"), ctx());
    const health = await api.health(get("/api/health"), ctx());
    const text = (spy: typeof error) => spy.mock.calls.map((call) => call.map(String).join(" "));
    return { statuses: [pledge.status, stats.status, health.status], errors: text(error), warnings: text(warn) };
  };

  it.each([
    ["Upstash refusing the token", "WRONGPASS invalid or missing auth token"],
    ["a Redis refusing the password", "NOAUTH Authentication required."],
    ["Upstash's monthly quota used up", "ERR max requests limit exceeded. Limit: 500000, Usage: 500000."],
    ["Upstash's daily quota used up", "ERR max daily request limit exceeded. Limit: 10000, Usage: 10000."],
  ])("%s is a configuration problem, logged as an error with its cause", async (_, message) => {
    const { statuses, errors, warnings } = await logsOf(replyError(message));
    expect(statuses).toEqual([503, 503, 503]);
    expect(warnings).toEqual([]);
    expect(errors).toHaveLength(3);
    for (const line of errors) {
      expect(line).toContain("store configuration problem");
      expect(line).toContain(message.split(" ")[0]);
      expect(line).not.toContain(NOTE);
      expect(line).not.toMatch(/command was|evalsha|hmget/i);
    }
  });

  it("a timeout is a warning, without the command", async () => {
    const { statuses, errors, warnings } = await logsOf(async () => {
      throw new StoreUnavailableError("Redis did not answer within 1500 ms");
    });
    expect(statuses).toEqual([503, 503, 503]);
    expect(errors).toEqual([]);
    expect(warnings).toHaveLength(3);
    for (const line of warnings) {
      expect(line).toContain("store timed out");
      expect(line).not.toContain(NOTE);
    }
  });

  it("tells the kinds apart", () => {
    const named = (name: string, message: string) => Object.assign(new Error(message), { name });
    expect(storeProblem(named("TimeoutError", "The operation was aborted due to timeout"))).toBe("timeout");
    expect(storeProblem(new StoreUnavailableError("Redis is not connected (connecting)"))).toBe("timeout");
    expect(
      storeProblem(new StoreUnavailableError("Redis is not connected (reconnecting): WRONGPASS invalid password")),
    ).toBe("configuration");
    expect(storeProblem(named("UpstashError", "BUSY Redis is busy running a script"))).toBe("unavailable");
    expect(storeProblem(named("UpstashError", "ERR wrong number of arguments for 'hget' command"))).toBeNull();
    expect(storeProblem(new TypeError("Cannot read properties of undefined"))).toBeNull();
  });
});
