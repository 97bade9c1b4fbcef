/**
 * The reminders function and store on every transport (embedded, embedded over HTTP, real
 * Redis): subscribe, change the time, unsubscribe, bad input (nothing stored), rate limit,
 * no VAPID keys, and the sender's handling of a gone subscription and of daylight saving.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PUSH_MESSAGES } from "../../common/reminders/push-words";
import { createReminderApi } from "../../netlify/lib/reminders/api";
import { bucketOn } from "../../netlify/lib/reminders/buckets";
import type { PushSubscriptionInput } from "../../netlify/lib/reminders/schema";
import { sendDue } from "../../netlify/lib/reminders/sender";
import { ReminderStore } from "../../netlify/lib/reminders/store";
import { BASE, ctx, storeTransports, type Transport } from "../pledge/harness";

const redisUrl = inject("redisUrl");
const transports = storeTransports(redisUrl);

const SECRET = "test-secret-that-is-long-enough-0123456789";
// 7 March 2026, 12:00 in Chicago (CST, UTC-6).
const NOON = Date.parse("2026-03-07T18:00:00Z");

const subscription = (id = randomUUID()): PushSubscriptionInput => ({
  endpoint: `https://push.example.net/send/${id}`,
  keys: { p256dh: `B${"A".repeat(86)}`, auth: "AAAAAAAAAAAAAAAAAAAAAA" },
});

const send = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${BASE}/api/reminders`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;

describe.each(transports)("reminders on the $name store", ({ make, skip }) => {
  let transport: Transport;
  beforeAll(async () => {
    if (!skip) transport = await make();
  });
  afterAll(async () => {
    if (!skip) await transport.close();
  });

  const setup = (overrides: { publicKey?: string | undefined; limit?: number } = {}) => {
    const keyPrefix = `t:${randomUUID().slice(0, 8)}`;
    const store = new ReminderStore(transport.redis, { secret: SECRET, keyPrefix });
    const api = createReminderApi({
      store,
      publicKey: "publicKey" in overrides ? overrides.publicKey : "BPublicKeyForTests",
      secret: SECRET,
      keyPrefix,
      pushHosts: ["push.example.net"],
      limit: overrides.limit ?? 100,
      windowSeconds: 3600,
      now: () => NOON,
    });
    const keys = async () => (await transport.redis.keys(`${keyPrefix}:*`)).sort();
    return { store, api, keys, keyPrefix };
  };

  describe.skipIf(skip)("subscribing", () => {
    it("leaves a reminder in one bucket when two time changes arrive at once", async () => {
      const { api, store, keys } = setup();
      const sub = subscription();
      const times = ["07:00", "21:30", "12:15", "05:45"];
      const answers = await Promise.all(
        times.map((time) => api.reminders(send("POST", { subscription: sub, time, timeZone: "UTC" }), ctx())),
      );
      expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
      const buckets = (await keys()).filter((k) => k.includes(":rem:b:"));
      expect(buckets).toHaveLength(1);
      expect(await transport.redis.hkeys(buckets[0] ?? "")).toEqual([store.id(sub.endpoint)]);
    });

    it("files a subscription under its UTC quarter hour and a keyed hash, and nothing else", async () => {
      const { api, store, keys, keyPrefix } = setup();
      const sub = subscription();
      const res = await api.reminders(
        send("POST", { subscription: sub, time: "20:30", timeZone: "America/Chicago" }),
        ctx(),
      );
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({ subscribed: true, time: "20:30", timeZone: "America/Chicago" });
      const id = store.id(sub.endpoint);
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect((await keys()).filter((k) => !k.includes(":rem:rl:"))).toEqual(
        [`${keyPrefix}:rem:b:10`, `${keyPrefix}:rem:s:${id}`].sort(),
      );
      const due = await store.due(10);
      expect(due).toEqual([{ id, reminder: { subscription: sub, time: "20:30", timeZone: "America/Chicago" } }]);
      expect((await keys()).join(" ")).not.toContain("push.example.net");
    });

    it("moves a subscription when its time changes, and deletes it at once on unsubscribe", async () => {
      const { api, store, keys } = setup();
      const sub = subscription();
      await api.reminders(send("POST", { subscription: sub, time: "20:30", timeZone: "America/Chicago" }), ctx());
      await api.reminders(send("POST", { subscription: sub, time: "07:00", timeZone: "America/Chicago" }), ctx());
      expect(await store.due(10)).toEqual([]);
      expect((await store.due(52)).map((d) => d.reminder.time)).toEqual(["07:00"]);

      const res = await api.reminders(send("DELETE", { endpoint: sub.endpoint }), ctx());
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ unsubscribed: true, removed: true });
      expect((await keys()).filter((k) => !k.includes(":rem:rl:"))).toEqual([]);
      const again = await api.reminders(send("DELETE", { endpoint: sub.endpoint }), ctx());
      expect(await again.json()).toEqual({ unsubscribed: true, removed: false });
    });

    it("refuses bad input with a clear JSON error and stores nothing", async () => {
      const { api, keys } = setup();
      const cases: Array<[unknown, string, string]> = [
        [{ subscription: subscription(), time: "20:10", timeZone: "America/Chicago" }, "time", "quarter hour"],
        [{ subscription: subscription(), time: "20:30", timeZone: "Mars/Olympus" }, "timeZone", "IANA"],
        [
          {
            subscription: { ...subscription(), endpoint: "http://push.example.net/x" },
            time: "20:30",
            timeZone: "UTC",
          },
          "subscription.endpoint",
          "https",
        ],
        [
          {
            subscription: { endpoint: subscription().endpoint, keys: { p256dh: "short", auth: "x" } },
            time: "20:30",
            timeZone: "UTC",
          },
          "subscription.keys.p256dh",
          "too short",
        ],
        [{ time: "20:30", timeZone: "UTC" }, "subscription", ""],
        [{ subscription: subscription(), time: "20:30", timeZone: "UTC", lang: "fr" }, "lang", "en, es"],
        [
          {
            subscription: { ...subscription(), endpoint: "https://example.org/collect" },
            time: "20:30",
            timeZone: "UTC",
          },
          "subscription.endpoint",
          "push service",
        ],
      ];
      for (const [input, field, words] of cases) {
        const res = await api.reminders(send("POST", input), ctx());
        expect(res.status, JSON.stringify(input)).toBe(422);
        const error = await errorOf(res);
        expect(error.code).toBe("validation_failed");
        expect(error.fields?.[field], field).toContain(words);
      }
      expect((await errorOf(await api.reminders(send("POST", "{nope"), ctx()))).code).toBe("invalid_json");
      const wrongType = await api.reminders(send("POST", "x", { "content-type": "text/plain" }), ctx());
      expect(wrongType.status).toBe(415);
      const crossSite = await api.reminders(send("POST", {}, { "sec-fetch-site": "cross-site" }), ctx());
      expect(crossSite.status).toBe(403);
      expect((await api.reminders(send("PUT", {}), ctx())).status).toBe(405);
      expect(await keys()).toEqual([]);
    });

    it("keeps a Spanish subscription's language code, and nothing else more, through a time change", async () => {
      const { api, store, keys, keyPrefix } = setup();
      const sub = subscription();
      const spanish = { subscription: sub, time: "20:30", timeZone: "America/Chicago", lang: "es" };
      expect((await api.reminders(send("POST", { ...spanish, extra: "dropped" }), ctx())).status).toBe(201);
      const id = store.id(sub.endpoint);
      // Exactly what is stored: the subscription, its time and zone, and the two letters "es".
      const raw: unknown = await transport.redis.hget(`${keyPrefix}:rem:b:10`, id);
      expect(typeof raw === "string" ? JSON.parse(raw) : raw).toEqual(spanish);
      expect(await store.due(10)).toEqual([{ id, reminder: spanish }]);
      await api.reminders(send("POST", { ...spanish, time: "07:00" }), ctx());
      expect(await store.due(52)).toEqual([{ id, reminder: { ...spanish, time: "07:00" } }]);
      expect((await keys()).filter((k) => !k.includes(":rem:rl:"))).toEqual(
        [`${keyPrefix}:rem:b:52`, `${keyPrefix}:rem:s:${id}`].sort(),
      );
      // The same browser subscribing again from the English page is English again.
      await api.reminders(send("POST", { subscription: sub, time: "07:00", timeZone: "America/Chicago" }), ctx());
      expect((await store.due(52)).map((d) => d.reminder.lang)).toEqual([undefined]);
    });

    it("limits subscribe and unsubscribe requests per connection", async () => {
      const { api } = setup({ limit: 2 });
      const post = () =>
        api.reminders(
          send("POST", { subscription: subscription(), time: "08:00", timeZone: "UTC" }),
          ctx("198.51.100.9"),
        );
      expect((await post()).status).toBe(201);
      expect((await post()).status).toBe(201);
      const third = await post();
      expect(third.status).toBe(429);
      expect((await errorOf(third)).code).toBe("rate_limited");
      expect(Number(third.headers.get("retry-after"))).toBeGreaterThan(0);
      // Another connection is not held back.
      const other = await api.reminders(
        send("POST", { subscription: subscription(), time: "08:00", timeZone: "UTC" }),
        ctx("198.51.100.10"),
      );
      expect(other.status).toBe(201);
    });

    it("without VAPID keys says the option is off and stores nothing", async () => {
      const { api, keys } = setup({ publicKey: undefined });
      const info = await api.reminders(new Request(`${BASE}/api/reminders`), ctx());
      expect(await info.json()).toEqual({ enabled: false });
      const res = await api.reminders(
        send("POST", { subscription: subscription(), time: "08:00", timeZone: "UTC" }),
        ctx(),
      );
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe("reminders_off");
      expect(await keys()).toEqual([]);
      const on = setup();
      expect(await (await on.api.reminders(new Request(`${BASE}/api/reminders`), ctx())).json()).toEqual({
        enabled: true,
        publicKey: "BPublicKeyForTests",
      });
    });
  });

  describe.skipIf(skip)("sending", () => {
    it("sends each reminder in its own language, and a moved reminder keeps it", async () => {
      const { store } = setup();
      const english = subscription();
      const spanish = subscription();
      await store.save({ subscription: english, time: "20:30", timeZone: "America/Chicago" }, NOON);
      await store.save({ subscription: spanish, time: "20:30", timeZone: "America/Chicago", lang: "es" }, NOON);
      const payloads = new Map<string, unknown>();
      const report = await sendDue(
        store,
        async (sub, payload) => {
          payloads.set(sub.endpoint, JSON.parse(payload));
        },
        Date.parse("2026-03-08T02:30:00Z"),
      );
      expect(report).toMatchObject({ bucket: 10, sent: 2, moved: 2 });
      expect(payloads.get(english.endpoint)).toEqual(PUSH_MESSAGES.en);
      expect(payloads.get(spanish.endpoint)).toEqual({
        title: "Su promesa diaria",
        body: "Un toque, por hoy. Nos alegra que esté aquí.",
        url: "/es/#pledge",
      });
      // After the spring-forward move (bucket 6) the Spanish reminder is still Spanish.
      const moved = new Map((await store.due(6)).map((d) => [d.reminder.subscription.endpoint, d.reminder.lang]));
      expect(moved).toEqual(
        new Map([
          [english.endpoint, undefined],
          [spanish.endpoint, "es"],
        ]),
      );
    });

    it("sends the bucket's reminders, deletes a gone subscription, keeps a failed one", async () => {
      const { store, keys } = setup();
      const ok = subscription();
      const gone = subscription();
      const missing = subscription();
      const busy = subscription();
      for (const sub of [ok, gone, missing, busy])
        await store.save({ subscription: sub, time: "20:30", timeZone: "America/Chicago" }, NOON);
      await store.save({ subscription: subscription(), time: "21:00", timeZone: "America/Chicago" }, NOON);
      const statuses = new Map([
        [gone.endpoint, 410],
        [missing.endpoint, 404],
        [busy.endpoint, 503],
      ]);
      const pushed: string[] = [];
      const report = await sendDue(
        store,
        async (sub) => {
          pushed.push(sub.endpoint);
          const status = statuses.get(sub.endpoint);
          if (status) throw Object.assign(new Error("push service"), { statusCode: status });
        },
        // Saturday 7 March, 20:30 in Chicago (CST).
        Date.parse("2026-03-08T02:30:00Z"),
      );
      expect(pushed.sort()).toEqual([ok, gone, missing, busy].map((s) => s.endpoint).sort());
      expect(report).toMatchObject({ bucket: 10, sent: 1, gone: 2, failed: 1 });
      const left = (await store.due(10)).map((d) => d.reminder.subscription.endpoint);
      // 8 March is the spring-forward day: the two kept reminders move to 01:30 UTC (bucket 6).
      expect(left).toEqual([]);
      expect((await store.due(6)).map((d) => d.reminder.subscription.endpoint).sort()).toEqual(
        [ok.endpoint, busy.endpoint].sort(),
      );
      expect(report.moved).toBe(2);
      expect((await keys()).join(" ")).not.toContain(store.id(gone.endpoint));
      expect((await keys()).join(" ")).not.toContain(store.id(missing.endpoint));
      expect(bucketOn(NOON, "21:00", "America/Chicago")).toBe(12);
      expect(await store.due(12)).toHaveLength(1);
    });
  });
});
