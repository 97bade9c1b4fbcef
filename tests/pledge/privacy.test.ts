/**
 * The privacy promise, checked on what is really stored: after pledges, hugs and reports from
 * known devices and addresses, no key or value holds a raw device id, IP address or user agent,
 * and every key about a device or an address expires within 48 hours.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PledgeResponse } from "../../common/pledge/schemas";
import { buildApi, defaultOptions, postForm, postJson, storeTransports, type Transport } from "./harness";

const redisUrl = inject("redisUrl");
const transports = storeTransports(redisUrl);

describe.each(transports)("what the $name store holds", ({ make, skip }) => {
  let transport: Transport;
  beforeAll(async () => {
    if (!skip) transport = await make();
  });
  afterAll(async () => {
    if (!skip) await transport.close();
  });
  // Read through the same client as the service (it decodes JSON values; they are re-encoded).
  const dump = async (key: string): Promise<string[]> => {
    const type = await transport.redis.type(key);
    const values =
      type === "string"
        ? [await transport.redis.get(key)]
        : type === "hash"
          ? [...(await transport.redis.hkeys(key)), ...(await transport.redis.hvals(key))]
          : type === "zset"
            ? await transport.redis.zrange(key, 0, -1)
            : [];
    return values.map((value) => (typeof value === "string" ? value : JSON.stringify(value)));
  };

  it.skipIf(skip)(
    "never a raw device id, IP address or user agent; per-device and per-address keys expire within 48 h",
    async () => {
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
      await api.reports(
        postJson("/api/reports", { entryId: pledge?.id, deviceId: devices[1], reason: "test" }),
        ctx(1),
      );

      const keys = await transport.redis.keys(`${options.keyPrefix}:*`);
      // The shared hash, the hidden list (none hidden here), two pledges' dedupe keys, a hug
      // marker, two report markers, and the rate window.
      expect(keys.length).toBe(7);
      const secrets = [...devices, ...ips, userAgent, "PrivacyProbe"];
      for (const key of keys) {
        const values = await dump(key);
        for (const secret of secrets) {
          expect(key, `key ${key}`).not.toContain(secret);
          for (const value of values) expect(value, `value of ${key}`).not.toContain(secret);
        }
        const perVisitor = /:(dd|hug|rep|repip|rl):/.test(key);
        if (perVisitor) {
          const ttl = await transport.redis.ttl(key);
          expect(ttl, `${key} must expire`).toBeGreaterThan(0);
          expect(ttl, `${key} must expire within 48 h`).toBeLessThanOrEqual(48 * 3600);
        }
      }
      // The shared hash holds nothing about a device or address (it never expires): only counts,
      // entries and bookkeeping, by field name.
      const fields = await transport.redis.hkeys(`${options.keyPrefix}:pledges`);
      expect(fields.length).toBeGreaterThan(5);
      for (const field of fields) {
        expect(field).toMatch(/^(seq|trimmed|days|d:\d{4}-\d{2}-\d{2}:[a-z-]+|[ehrwx]:\d+)$/);
      }
      // Every per-visitor kind of key was written, so the loop above checked each of them.
      for (const kind of ["dd", "hug", "rep", "repip", "rl"]) {
        expect(
          keys.some((key) => key.includes(`:${kind}:`)),
          kind,
        ).toBe(true);
      }
    },
  );
});
