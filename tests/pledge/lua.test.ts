/**
 * The named Lua interface: each script's first lines name its keys and arguments exactly as its
 * descriptor does, the body uses only those names, every command touches a declared key, and the
 * Upstash text alone carries the key-locking shebang. `astro check` type-checks this file, so
 * the `@ts-expect-error` lines prove that a missing or unknown name does not compile.
 */
import { Redis } from "@upstash/redis";
import { describe, expect, it } from "vitest";
import { ALL_LUA, HUG_LUA, luaCall, luaPrelude, luaSource, MODERATE_LUA } from "../../netlify/lib/pledge/lua";
import { PledgeService } from "../../netlify/lib/pledge/service";
import { commandRequester } from "../../netlify/lib/store/requester";
import { defaultOptions } from "./harness";

describe.each(ALL_LUA.map((script) => ({ name: script.name, script })))("the $name script", ({ script }) => {
  const argNames = Object.keys(script.args);

  it("starts by naming its keys and arguments, in the descriptor's order", () => {
    const lines = luaSource(script, "redis").split("\n");
    script.keys.forEach((key, i) => {
      expect(lines[i]).toBe(`local ${key} = KEYS[${i + 1}]`);
    });
    argNames.forEach((arg, i) => {
      const line = lines[script.keys.length + i];
      expect(line).toMatch(new RegExp(`^local ${arg} = (tonumber\\()?ARGV\\[${i + 1}\\]\\)?$`));
      expect(line?.startsWith(`local ${arg} = tonumber(`)).toBe(
        script.args[arg as keyof typeof script.args] === "number",
      );
    });
  });

  it("uses every name, and KEYS and ARGV only through them", () => {
    expect(script.body).not.toMatch(/\b(KEYS|ARGV)\s*\[/);
    for (const name of [...script.keys, ...argNames]) expect(script.body, name).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it("touches only keys it declares (what Upstash's key locking requires)", () => {
    const touched = [...script.body.matchAll(/redis\.call\('\w+', (\w+)/g)].map((match) => match[1]);
    expect(touched.length).toBeGreaterThan(0);
    for (const key of touched) expect(script.keys as readonly string[]).toContain(key);
  });

  it("carries allow-key-locking for Upstash only", () => {
    const upstash = luaSource(script, "upstash");
    const flags = script.readonly ? "no-writes,allow-key-locking" : "allow-key-locking";
    expect(upstash.split("\n")[0]).toBe(`#!lua flags=${flags}`);
    expect(upstash.slice(upstash.indexOf("\n") + 1)).toBe(luaSource(script, "redis"));
    expect(luaSource(script, "redis")).not.toContain("#!");
    expect(luaSource(script, "redis").startsWith(luaPrelude(script))).toBe(true);
  });
});

describe("luaCall", () => {
  it("builds KEYS and ARGV in the descriptor's order, whatever the object's order", () => {
    const call = luaCall(
      MODERATE_LUA,
      { hidden_key: "p:hidden", pledges_key: "p:pledges" },
      { entry_id: "42", action: "hide" },
    );
    expect(call).toEqual({ keys: ["p:pledges", "p:hidden"], args: ["hide", "42"] });
  });

  it("turns numbers into decimal strings", () => {
    const call = luaCall(
      HUG_LUA,
      { pledges_key: "p", rate_key: "r", marker_key: "m" },
      {
        rate_field: "hug:x",
        rate_limit: 300,
        rate_ttl_ms: 1500,
        marker_ttl_s: 172_800,
        entry_id: "9",
      },
    );
    expect(call.args).toEqual(["hug:x", "300", "1500", "172800", "9"]);
  });

  it("does not compile, nor run, with a missing or unknown name", () => {
    const keys = { pledges_key: "p", hidden_key: "h" };
    // @ts-expect-error: entry_id is missing
    expect(() => luaCall(MODERATE_LUA, keys, { action: "hide" })).toThrow("argument entry_id is missing");
    // @ts-expect-error: entry is not one of its arguments
    expect(() => luaCall(MODERATE_LUA, keys, { action: "hide", entry: "1" })).toThrow("unknown argument entry");
    // @ts-expect-error: hidden_key is missing
    expect(() => luaCall(MODERATE_LUA, { pledges_key: "p" }, { action: "hide", entry_id: "1" })).toThrow(
      "key hidden_key is missing",
    );
  });

  it("does not compile with a number where text belongs, or text where a number does", () => {
    const keys = { pledges_key: "p", rate_key: "r", marker_key: "m" };
    const args = { rate_field: "f", rate_ttl_ms: 1, marker_ttl_s: 1, entry_id: "1" };
    // @ts-expect-error: rate_limit is a number
    expect(luaCall(HUG_LUA, keys, { ...args, rate_limit: "300" }).args[1]).toBe("300");
    // @ts-expect-error: entry_id is text (an id keeps its exact digits)
    expect(luaCall(HUG_LUA, keys, { ...args, rate_limit: 1, entry_id: 9 }).args[4]).toBe("9");
  });
});

describe("the script text each store gets", () => {
  /** Script texts the service sends: EVALSHA is answered NOSCRIPT, so the client sends EVAL. */
  const sentScripts = async (kind: string) => {
    const texts: string[] = [];
    const redis = new Redis(
      commandRequester(async ([name = "", ...args]) => {
        if (/^evalsha/i.test(name))
          throw Object.assign(new Error("NOSCRIPT No matching script"), { name: "ReplyError" });
        texts.push(args[0] ?? "");
        return /^eval_ro/i.test(name) ? [0, ""] : ["missing"];
      }),
    );
    const service = new PledgeService(redis, { ...defaultOptions(), store: { kind } });
    await service.moderate("1", "hide");
    await service.list("hidden", 10);
    return texts;
  };

  it("on Upstash: the key-locking shebang (with no-writes for a read)", async () => {
    const [moderate, hidden] = await sentScripts("upstash");
    expect(moderate?.split("\n")[0]).toBe("#!lua flags=allow-key-locking");
    expect(hidden?.split("\n")[0]).toBe("#!lua flags=no-writes,allow-key-locking");
  });

  it.each(["redis", "memory"])("on %s: no shebang (Redis 7.0 refuses the flag)", async (kind) => {
    const texts = await sentScripts(kind);
    expect(texts).toHaveLength(2);
    for (const text of texts) expect(text.startsWith("local pledges_key = KEYS[1]")).toBe(true);
  });
});
