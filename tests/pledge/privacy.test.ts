/**
 * The privacy promise, checked on what is really stored: after pledges, hugs and reports from
 * known devices and addresses, no key or value holds a raw device id, IP address or user agent,
 * and every key about a device or an address expires within 48 hours.
 */
import { Redis as IORedis } from "ioredis";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { PledgeResponse } from "../../common/pledge/schemas";
import { buildApi, defaultOptions, postForm, postJson, redisTransport } from "./harness";

const redisUrl = inject("redisUrl");

describe.skipIf(redisUrl === null && !process.env.CI)("what the store holds", () => {
  const transport = redisTransport(redisUrl ?? "");
  const admin = new IORedis(redisUrl ?? "");
  afterAll(async () => {
    await transport.close();
    admin.disconnect();
  });

  it("never a raw device id, IP address or user agent; per-device and per-address keys expire within 48 h", async () => {
    const options = defaultOptions();
    const { api } = buildApi(transport, options);
    const devices = ["4b2c1a7e-0d7f-4e55-9a0b-6a1c2f3e4d5a", "9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f"];
    const ips = ["203.0.113.77", "198.51.100.42"];
    const userAgent = "Mozilla/5.0 (PrivacyProbe 1.0)";
    const ctx = (i: number) => ({ ip: ips[i] ?? "" });

    const { pledge } = (await (
      await api.pledge(
        postJson("/api/pledge", { kind: "recovery", deviceId: devices[0], name: "Sam" }, { "user-agent": userAgent }),
        ctx(0),
      )
    ).json()) as PledgeResponse;
    await api.pledge(postForm("/api/pledge", { kind: "support" }, { "user-agent": userAgent }), ctx(1));
    await api.hugs(postJson("/api/hugs", { entryId: pledge?.id, deviceId: devices[1] }), ctx(1));
    await api.reports(postJson("/api/reports", { entryId: pledge?.id, deviceId: devices[1], reason: "test" }), ctx(1));

    const keys = await admin.keys(`${options.keyPrefix}:*`);
    expect(keys.length).toBeGreaterThan(8);
    const secrets = [...devices, ...ips, userAgent, "PrivacyProbe"];
    for (const key of keys) {
      const type = await admin.type(key);
      const dump =
        type === "string"
          ? [await admin.get(key)]
          : type === "hash"
            ? Object.entries(await admin.hgetall(key)).flat()
            : type === "zset"
              ? await admin.zrange(key, 0, -1)
              : [];
      for (const secret of secrets) {
        expect(key, `key ${key}`).not.toContain(secret);
        for (const value of dump) expect(value ?? "", `value of ${key}`).not.toContain(secret);
      }
      const perVisitor = /:(dd|hug|rep|repip|rl):/.test(key);
      if (perVisitor) {
        const ttl = await admin.ttl(key);
        expect(ttl, `${key} must expire`).toBeGreaterThan(0);
        expect(ttl, `${key} must expire within 48 h`).toBeLessThanOrEqual(48 * 3600);
      }
    }
    // Every per-visitor kind of key was written, so the loop above checked each of them.
    for (const kind of ["dd", "hug", "rep", "repip", "rl"]) {
      expect(
        keys.some((key) => key.includes(`:${kind}:`)),
        kind,
      ).toBe(true);
    }
  });
});
