/**
 * The store contract: the same suite runs on every transport: the embedded store in process
 * (as `npm run dev` runs it, in the dev server's process), and a real Redis (the server
 * from tests/setup/redis-server.ts; CI always has one). Handlers are called with real
 * Request objects, as Netlify calls them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  apiErrorBodySchema,
  type FeedResponse,
  feedResponseSchema,
  type HugResponse,
  healthResponseSchema,
  hugResponseSchema,
  moderationResponseSchema,
  type PledgeResponse,
  pledgeResponseSchema,
  reportResponseSchema,
  type Stats,
  statsSchema,
} from "../../common/pledge/schemas";
import { NAME_MAX, NOTE_MAX, PLEDGE_PROBLEMS } from "../../common/pledge/vocabulary";
import { trimBatch } from "../../netlify/lib/pledge/service";
import { buildApi, ctx, device, get, postForm, postJson, storeTransports, type Transport } from "./harness";

const redisUrl = inject("redisUrl");
const transports = storeTransports(redisUrl);

const body = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const errorOf = async (res: Response) =>
  (await body<{ error: { code: string; message: string; fields?: Record<string, string> } }>(res)).error;

describe.each(transports)("pledge API on the $name store", ({ make, skip }) => {
  let transport: Transport;
  beforeAll(async () => {
    if (!skip) transport = await make();
  });
  afterAll(async () => {
    if (!skip) await transport.close();
  });

  describe.skipIf(skip)("pledging", () => {
    it("counts a device's first pledge of the day, and only that one", async () => {
      const { api } = buildApi(transport);
      const deviceId = device();
      const first = await api.pledge(
        postJson("/api/pledge", { kind: "recovery", deviceId, name: " Sam ", note: "One day at a time." }),
        ctx(),
      );
      expect(first.status).toBe(201);
      const created = await body<PledgeResponse>(first);
      expect(created.alreadyPledged).toBe(false);
      expect(created.noteHeld).toBe(false);
      expect(created.pledge).toMatchObject({ kind: "recovery", name: "Sam", note: "One day at a time." });
      expect(created.pledge?.id).toMatch(/^\d+$/);
      expect(Date.parse(created.pledge?.createdAt ?? "")).not.toBeNaN();
      expect(created.stats).toMatchObject({ today: 1, total: 1, byKind: { recovery: 1, support: 0, "self-care": 0 } });
      expect(created.stats.timeZone).toBe("America/Chicago");

      const again = await api.pledge(postJson("/api/pledge", { kind: "support", deviceId }), ctx());
      expect(again.status).toBe(200);
      const repeated = await body<PledgeResponse>(again);
      expect(repeated.alreadyPledged).toBe(true);
      expect(repeated.pledge?.id).toBe(created.pledge?.id);
      expect(repeated.pledge?.kind).toBe("recovery");
      expect(repeated.stats.today).toBe(1);
      expect(first.headers.get("cache-control")).toBe("no-store");
    });

    it("answers the stats with today's split, yesterday and the total, cached briefly", async () => {
      const { api } = buildApi(transport);
      for (const kind of ["recovery", "support", "self-care", "support"]) {
        expect((await api.pledge(postJson("/api/pledge", { kind, deviceId: device() }), ctx())).status).toBe(201);
      }
      const res = await api.stats(get("/api/stats"), ctx());
      expect(res.status).toBe(200);
      const stats = await body<Stats>(res);
      expect(stats).toMatchObject({
        today: 4,
        yesterday: 0,
        total: 4,
        byKind: { recovery: 1, support: 2, "self-care": 1 },
      });
      expect(stats.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(res.headers.get("netlify-cdn-cache-control")).toContain("durable");
      expect(res.headers.get("netlify-cdn-cache-control")).toContain("stale-while-revalidate");
      expect(res.headers.get("cache-control")).toContain("max-age");
    });

    it("deduplicates plain form posts on the visitor (IP and browser) when there is no device id", async () => {
      const { api } = buildApi(transport);
      const ua = { "user-agent": "Mozilla/5.0 test" };
      const first = await api.pledge(
        postForm("/api/pledge", { kind: "self-care", name: "", note: "" }, ua),
        ctx("198.51.100.1"),
      );
      expect(first.status).toBe(303);
      expect(first.headers.get("location")).toBe("/thank-you/");
      const again = await api.pledge(postForm("/api/pledge", { kind: "recovery" }, ua), ctx("198.51.100.1"));
      expect(again.headers.get("location")).toBe("/thank-you/#already");
      const otherBrowser = await api.pledge(
        postForm("/api/pledge", { kind: "recovery" }, { "user-agent": "Other" }),
        ctx("198.51.100.1"),
      );
      expect(otherBrowser.headers.get("location")).toBe("/thank-you/");
      const stats = await body<Stats>(await api.stats(get("/api/stats"), ctx()));
      expect(stats.today).toBe(2);
    });

    it("sends a form post with a problem back to the form, to the message for it", async () => {
      const { api } = buildApi(transport);
      const cases: Array<[Record<string, string>, keyof typeof PLEDGE_PROBLEMS]> = [
        [{ kind: "" }, "kind_missing"],
        [{ kind: "recovery", name: "x".repeat(NAME_MAX + 1) }, "name_too_long"],
        [{ kind: "recovery", note: "call me on 555 123 4567" }, "note_contact"],
        [{ kind: "recovery", name: "sam@example.com" }, "name_contact"],
        [{ kind: "recovery", localDate: "1999-01-01" }, "date_out_of_range"],
      ];
      for (const [fields, problem] of cases) {
        const res = await api.pledge(postForm("/api/pledge", fields), ctx());
        expect(res.status).toBe(303);
        expect(res.headers.get("location")).toBe(`/#pledge-error-${problem}`);
      }
      expect((await body<Stats>(await api.stats(get("/api/stats"), ctx()))).today).toBe(0);
    });

    it("sends a Spanish page's form post (lang=es) back to the Spanish pages, counted in the same totals", async () => {
      const { api } = buildApi(transport);
      const ua = { "user-agent": "Mozilla/5.0 es" };
      const first = await api.pledge(postForm("/api/pledge", { kind: "support", lang: "es" }, ua), ctx("198.51.100.7"));
      expect(first.headers.get("location")).toBe("/es/thank-you/");
      const again = await api.pledge(postForm("/api/pledge", { kind: "support", lang: "es" }, ua), ctx("198.51.100.7"));
      expect(again.headers.get("location")).toBe("/es/thank-you/#already");
      const refused = await api.pledge(postForm("/api/pledge", { kind: "", lang: "es" }), ctx());
      expect(refused.headers.get("location")).toBe("/es/#pledge-error-kind_missing");
      const stats = await body<Stats>(await api.stats(get("/api/stats"), ctx()));
      expect(stats.byKind.support).toBe(1);
    });

    it("holds a note with crisis language: counted, not published, crisis resources returned", async () => {
      const { api } = buildApi(transport);
      const res = await api.pledge(
        postJson("/api/pledge", { kind: "recovery", deviceId: device(), note: "Some days I want to die." }),
        ctx(),
      );
      expect(res.status).toBe(201);
      const answer = await body<PledgeResponse>(res);
      expect(answer.noteHeld).toBe(true);
      expect(answer.pledge?.note).toBeNull();
      expect(answer.stats.today).toBe(1);
      expect(JSON.stringify(answer.crisisResources)).toContain("988");
      expect(JSON.stringify(answer.crisisResources)).toContain("1-800-662-4357");
      const feed = await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()));
      expect(feed.entries).toHaveLength(1);
      expect(feed.entries[0]?.note).toBeNull();
      const form = await api.pledge(
        postForm("/api/pledge", { kind: "support", note: "thinking about suicide" }),
        ctx("192.0.2.9"),
      );
      expect(form.headers.get("location")).toBe("/thank-you/#held");
    });

    it("answers a filled honeypot as a success and stores nothing", async () => {
      const { api } = buildApi(transport);
      const res = await api.pledge(
        postJson("/api/pledge", { kind: "recovery", deviceId: device(), website: "http://spam.example" }),
        ctx(),
      );
      expect(res.status).toBe(201);
      expect((await body<PledgeResponse>(res)).alreadyPledged).toBe(false);
      const form = await api.pledge(postForm("/api/pledge", { kind: "recovery", website: "spam" }), ctx());
      expect(form.headers.get("location")).toBe("/thank-you/");
      expect((await body<Stats>(await api.stats(get("/api/stats"), ctx()))).total).toBe(0);
      expect((await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()))).entries).toHaveLength(0);
    });

    it("normalises names and notes: NFC, invisible and control characters removed, spaces folded", async () => {
      const { api } = buildApi(transport);
      const res = await api.pledge(
        postJson("/api/pledge", {
          kind: "support",
          deviceId: device(),
          name: "Jose\u0301\u200b",
          note: "  a\u0000b \n\t c\u202e ",
        }),
        ctx(),
      );
      const { pledge } = await body<PledgeResponse>(res);
      expect(pledge?.name).toBe("José");
      expect(pledge?.name?.length).toBe(4);
      expect(pledge?.note).toBe("ab c");
    });
  });

  describe.skipIf(skip)("bad input gets a clear error, never a 5xx", () => {
    const cases: Array<{ title: string; request: () => Request; status: number; code: string; field?: string }> = [
      { title: "malformed JSON", request: () => postJson("/api/pledge", "{nope"), status: 400, code: "invalid_json" },
      { title: "empty body", request: () => postJson("/api/pledge", ""), status: 400, code: "invalid_json" },
      {
        title: "wrong content type",
        request: () =>
          new Request("http://x/api/pledge", { method: "POST", headers: { "content-type": "text/plain" }, body: "hi" }),
        status: 415,
        code: "unsupported_media_type",
      },
      {
        title: "a body over 4 KB",
        request: () => postJson("/api/pledge", { kind: "recovery", deviceId: device(), note: "x".repeat(5000) }),
        status: 413,
        code: "payload_too_large",
      },
      {
        title: "a missing kind",
        request: () => postJson("/api/pledge", { deviceId: device() }),
        status: 422,
        code: "validation_failed",
        field: "kind",
      },
      {
        title: "an unknown kind",
        request: () => postJson("/api/pledge", { kind: "sober", deviceId: device() }),
        status: 422,
        code: "validation_failed",
        field: "kind",
      },
      {
        title: "no device id",
        request: () => postJson("/api/pledge", { kind: "recovery" }),
        status: 422,
        code: "validation_failed",
        field: "deviceId",
      },
      {
        title: "a device id that is not a UUID",
        request: () => postJson("/api/pledge", { kind: "recovery", deviceId: "abc" }),
        status: 422,
        code: "validation_failed",
        field: "deviceId",
      },
      {
        title: "a long name",
        request: () =>
          postJson("/api/pledge", { kind: "recovery", deviceId: device(), name: "n".repeat(NAME_MAX + 1) }),
        status: 422,
        code: "validation_failed",
        field: "name",
      },
      {
        title: "a long note",
        request: () =>
          postJson("/api/pledge", { kind: "recovery", deviceId: device(), note: "n".repeat(NOTE_MAX + 1) }),
        status: 422,
        code: "validation_failed",
        field: "note",
      },
      {
        title: "a link in the note",
        request: () => postJson("/api/pledge", { kind: "recovery", deviceId: device(), note: "see www.example.com" }),
        status: 422,
        code: "validation_failed",
        field: "note",
      },
      {
        title: "an e-mail in the name",
        request: () => postJson("/api/pledge", { kind: "recovery", deviceId: device(), name: "me@mail.org" }),
        status: 422,
        code: "validation_failed",
        field: "name",
      },
      {
        title: "a phone number in the note",
        request: () =>
          postJson("/api/pledge", { kind: "recovery", deviceId: device(), note: "text +1 (312) 555-0199" }),
        status: 422,
        code: "validation_failed",
        field: "note",
      },
      {
        title: "a name that is not text",
        request: () => postJson("/api/pledge", { kind: "recovery", deviceId: device(), name: 42 }),
        status: 422,
        code: "validation_failed",
        field: "name",
      },
      {
        title: "a body that is an array",
        request: () => postJson("/api/pledge", [1, 2]),
        status: 422,
        code: "validation_failed",
      },
      {
        title: "a date that is not a date",
        request: () => postJson("/api/pledge", { kind: "recovery", deviceId: device(), localDate: "2026-02-30" }),
        status: 422,
        code: "validation_failed",
        field: "localDate",
      },
      {
        title: "a date that is not today anywhere",
        request: () => postJson("/api/pledge", { kind: "recovery", deviceId: device(), localDate: "2001-01-01" }),
        status: 422,
        code: "validation_failed",
        field: "localDate",
      },
      {
        title: "GET on the pledge address",
        request: () => get("/api/pledge"),
        status: 405,
        code: "method_not_allowed",
      },
      {
        title: "a cross-site form post",
        request: () => postForm("/api/pledge", { kind: "recovery" }, { "sec-fetch-site": "cross-site" }),
        status: 403,
        code: "cross_site",
      },
    ];
    it.each(cases)("$title → $status $code", async ({ request, status, code, field }) => {
      const { api } = buildApi(transport);
      const res = await api.pledge(request(), ctx());
      expect(res.status).toBe(status);
      const error = await errorOf(res);
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(10);
      if (field) expect(error.fields?.[field]).toBeTruthy();
      if (status === 405) expect(res.headers.get("allow")).toBe("POST");
    });

    it("explains why contact details are refused", async () => {
      const { api } = buildApi(transport);
      const res = await api.pledge(
        postJson("/api/pledge", { kind: "recovery", deviceId: device(), note: "https://x.y" }),
        ctx(),
      );
      expect((await errorOf(res)).fields?.note).toBe(PLEDGE_PROBLEMS.note_contact);
    });

    it("rejects bad feed queries, hugs and reports with 4xx", async () => {
      const { api } = buildApi(transport);
      for (const q of ["limit=0", "limit=51", "limit=abc", "before=xyz", "before=-1"]) {
        const res = await api.feed(get(`/api/feed?${q}`), ctx());
        expect(res.status, q).toBe(422);
      }
      expect((await api.hugs(postJson("/api/hugs", { entryId: "1" }), ctx())).status).toBe(422);
      expect((await api.hugs(postJson("/api/hugs", "[]"), ctx())).status).toBe(422);
      expect((await api.hugs(get("/api/hugs"), ctx())).status).toBe(405);
      expect(
        (
          await api.reports(
            postJson("/api/reports", { entryId: "1", deviceId: device(), reason: "r".repeat(201) }),
            ctx(),
          )
        ).status,
      ).toBe(422);
      expect((await api.stats(postJson("/api/stats", {}), ctx())).status).toBe(405);
    });
  });

  describe.skipIf(skip)("rate limits", () => {
    it("limits pledge attempts per client with 429 and Retry-After", async () => {
      const { api } = buildApi(transport, { limits: { pledges: 3, hugs: 2, reports: 2, windowSeconds: 600 } });
      for (let i = 0; i < 3; i++) {
        expect(
          (await api.pledge(postJson("/api/pledge", { kind: "recovery", deviceId: device() }), ctx("192.0.2.1")))
            .status,
        ).toBe(201);
      }
      const limited = await api.pledge(
        postJson("/api/pledge", { kind: "recovery", deviceId: device() }),
        ctx("192.0.2.1"),
      );
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(600);
      expect((await errorOf(limited)).code).toBe("rate_limited");
      // Another client is not affected, and the limited attempt counted nothing.
      expect(
        (await api.pledge(postJson("/api/pledge", { kind: "recovery", deviceId: device() }), ctx("192.0.2.2"))).status,
      ).toBe(201);
      expect((await body<Stats>(await api.stats(get("/api/stats"), ctx()))).today).toBe(4);
      const form = await api.pledge(postForm("/api/pledge", { kind: "recovery" }), ctx("192.0.2.1"));
      expect(form.headers.get("location")).toBe("/#pledge-error-rate_limited");
    });

    it("leaves a rate window with an expiry whenever a write recreates it (a clock running behind)", async () => {
      const keyPrefix = `t:${device().slice(0, 8)}`;
      const { api } = buildApi(transport, { keyPrefix });
      const pledge = () =>
        api.pledge(postJson("/api/pledge", { kind: "recovery", deviceId: device() }), ctx("192.0.2.9"));
      expect((await pledge()).status).toBe(201);
      const [windowKey, ...others] = await transport.redis.keys(`${keyPrefix}:rl:*`);
      expect(windowKey).toBeDefined();
      expect(others).toEqual([]);
      // The window's hash expires while an instance whose clock runs behind still writes to it:
      // the pledges hash still names this window as the newest, so a "first write of the window"
      // rule alone would recreate the hash with no expiry.
      await transport.redis.del(windowKey ?? "");
      expect((await pledge()).status).toBe(201);
      const ttl = await transport.redis.pttl(windowKey ?? "");
      expect(ttl, "the recreated window must expire").toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual((3600 + 60) * 1000);
    });

    it("limits hugs and reports per client", async () => {
      const { api } = buildApi(transport, { limits: { pledges: 10, hugs: 2, reports: 1, windowSeconds: 600 } });
      const { pledge } = await body<PledgeResponse>(
        await api.pledge(postJson("/api/pledge", { kind: "recovery", deviceId: device() }), ctx()),
      );
      const entryId = pledge?.id ?? "";
      for (let i = 0; i < 2; i++)
        expect((await api.hugs(postJson("/api/hugs", { entryId, deviceId: device() }), ctx("192.0.2.3"))).status).toBe(
          200,
        );
      expect((await api.hugs(postJson("/api/hugs", { entryId, deviceId: device() }), ctx("192.0.2.3"))).status).toBe(
        429,
      );
      expect(
        (await api.reports(postJson("/api/reports", { entryId, deviceId: device() }), ctx("192.0.2.3"))).status,
      ).toBe(202);
      expect(
        (await api.reports(postJson("/api/reports", { entryId, deviceId: device() }), ctx("192.0.2.3"))).status,
      ).toBe(429);
    });
  });

  describe.skipIf(skip)("feed", () => {
    it("lists newest first, pages with a cursor, and ends with next: null", async () => {
      const { api } = buildApi(transport);
      for (let i = 1; i <= 5; i++) {
        await api.pledge(postJson("/api/pledge", { kind: "support", deviceId: device(), name: `P${i}` }), ctx());
      }
      const first = await api.feed(get("/api/feed?limit=2"), ctx());
      expect(first.headers.get("netlify-vary")).toBe("query=limit|before");
      const page1 = await body<FeedResponse>(first);
      expect(page1.entries.map((e) => e.name)).toEqual(["P5", "P4"]);
      expect(page1.entries[0]).toMatchObject({ kind: "support", note: null, hugs: 0 });
      expect(Object.keys(page1.entries[0] ?? {}).sort()).toEqual(["createdAt", "hugs", "id", "kind", "name", "note"]);
      const page2 = await body<FeedResponse>(await api.feed(get(`/api/feed?limit=2&before=${page1.next}`), ctx()));
      expect(page2.entries.map((e) => e.name)).toEqual(["P3", "P2"]);
      const page3 = await body<FeedResponse>(await api.feed(get(`/api/feed?limit=2&before=${page2.next}`), ctx()));
      expect(page3.entries.map((e) => e.name)).toEqual(["P1"]);
      expect(page3.next).toBeNull();
      const all = await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()));
      expect(all.entries).toHaveLength(5);
      expect(all.next).toBeNull();
    });

    it("keeps only the newest history, deleting what falls out", async () => {
      const { api, service } = buildApi(transport, { feedHistory: 3 });
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await body<PledgeResponse>(
          await api.pledge(postJson("/api/pledge", { kind: "recovery", deviceId: device() }), ctx()),
        );
        ids.push(res.pledge?.id ?? "");
      }
      const feed = await body<FeedResponse>(await api.feed(get("/api/feed?limit=50"), ctx()));
      expect(feed.entries.map((e) => e.id)).toEqual(ids.slice(2).reverse());
      expect((await api.hugs(postJson("/api/hugs", { entryId: ids[0], deviceId: device() }), ctx())).status).toBe(404);
      expect((await service.moderate(ids[0] ?? "", "hide")).status).toBe("missing");
      expect((await body<Stats>(await api.stats(get("/api/stats"), ctx()))).total).toBe(5);
    });
  });

  describe.skipIf(skip)("hugs, reports and moderation", () => {
    it("counts one hug per device per entry; 404 for an unknown entry", async () => {
      const { api } = buildApi(transport);
      const { pledge } = await body<PledgeResponse>(
        await api.pledge(postJson("/api/pledge", { kind: "self-care", deviceId: device() }), ctx()),
      );
      const entryId = pledge?.id ?? "";
      const hugger = device();
      const first = await body<HugResponse>(
        await api.hugs(postJson("/api/hugs", { entryId, deviceId: hugger }), ctx()),
      );
      expect(first).toEqual({ hugs: 1, alreadyHugged: false });
      const again = await body<HugResponse>(
        await api.hugs(postJson("/api/hugs", { entryId, deviceId: hugger }), ctx()),
      );
      expect(again).toEqual({ hugs: 1, alreadyHugged: true });
      const other = await body<HugResponse>(
        await api.hugs(postJson("/api/hugs", { entryId, deviceId: device() }), ctx()),
      );
      expect(other).toEqual({ hugs: 2, alreadyHugged: false });
      const feed = await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()));
      expect(feed.entries[0]?.hugs).toBe(2);
      const missing = await api.hugs(postJson("/api/hugs", { entryId: "999999", deviceId: hugger }), ctx());
      expect(missing.status).toBe(404);
      expect((await errorOf(missing)).code).toBe("not_found");
    });

    it("takes an entry out of the feed after reports from 3 distinct devices on distinct connections", async () => {
      const { api, service } = buildApi(transport);
      const { pledge } = await body<PledgeResponse>(
        await api.pledge(postJson("/api/pledge", { kind: "recovery", deviceId: device(), note: "hello" }), ctx()),
      );
      const entryId = pledge?.id ?? "";
      const report = (deviceId: string, ip: string, reason?: string) =>
        api.reports(postJson("/api/reports", { entryId, deviceId, ...(reason ? { reason } : {}) }), ctx(ip));
      const visible = async () => (await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()))).entries.length;

      const reporter = device();
      for (let i = 0; i < 3; i++) {
        const res = await report(reporter, "198.51.100.10", "spam");
        expect(res.status).toBe(202);
        expect(await res.json()).toEqual({ received: true });
      }
      expect(await visible()).toBe(1);
      // Made-up device ids from one connection count once.
      await report(device(), "198.51.100.10");
      await report(device(), "198.51.100.10");
      expect(await visible()).toBe(1);
      await report(device(), "198.51.100.11");
      expect(await visible()).toBe(1);
      await report(device(), "198.51.100.12", "not kind");
      expect(await visible()).toBe(0);
      const hidden = await service.list("hidden", 10);
      expect(hidden.entries[0]).toMatchObject({ id: entryId, reports: 3, reason: "not kind" });
      expect((await api.hugs(postJson("/api/hugs", { entryId, deviceId: device() }), ctx())).status).toBe(404);
      expect(
        (await api.reports(postJson("/api/reports", { entryId: "424242", deviceId: device() }), ctx())).status,
      ).toBe(404);
    });

    it("does not keep hidden entries past the feed's history", async () => {
      const { api, service } = buildApi(
        transport,
        { feedHistory: 2 },
        { moderationToken: "moderation-token-0123456789-abcdef" },
      );
      const first = await body<PledgeResponse>(
        await api.pledge(postJson("/api/pledge", { kind: "support", deviceId: device() }), ctx()),
      );
      expect((await service.moderate(first.pledge?.id ?? "", "hide")).status).toBe("ok");
      for (let i = 0; i < 3; i++)
        await api.pledge(postJson("/api/pledge", { kind: "support", deviceId: device() }), ctx());
      expect((await service.list("hidden", 10)).entries).toHaveLength(0);
      expect((await service.moderate(first.pledge?.id ?? "", "restore")).status).toBe("missing");
    });

    it("holds a name with crisis language too, and keeps times to the minute", async () => {
      const { api } = buildApi(transport);
      const res = await body<PledgeResponse>(
        await api.pledge(
          postJson("/api/pledge", { kind: "recovery", deviceId: device(), name: "want to die", note: "hi" }),
          ctx(),
        ),
      );
      expect(res.noteHeld).toBe(true);
      expect(res.crisisResources).toBeDefined();
      const [entry] = (await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()))).entries;
      expect(entry).toMatchObject({ name: null, note: null });
      expect(entry?.createdAt).toMatch(/:00\.000Z$/);
    });

    it("lets a moderator hide, restore and remove, with the token checked", async () => {
      const token = "moderation-token-0123456789-abcdef";
      const purges: string[] = [];
      const { api, service } = buildApi(
        transport,
        {},
        { moderationToken: token, purgeFeedCache: async () => void purges.push("feed") },
      );
      const { pledge } = await body<PledgeResponse>(
        await api.pledge(postJson("/api/pledge", { kind: "recovery", deviceId: device() }), ctx()),
      );
      const entryId = pledge?.id ?? "";
      const moderate = (action: string, auth?: string) =>
        api.moderation(
          postJson("/api/moderation", { entryId, action }, auth === undefined ? {} : { authorization: auth }),
          ctx(),
        );

      expect((await moderate("hide")).status).toBe(401);
      expect((await moderate("hide", `Bearer ${token}x`)).status).toBe(401);
      expect((await moderate("hide", token)).status).toBe(401);
      const hidden = await moderate("hide", `Bearer ${token}`);
      expect(hidden.status).toBe(200);
      expect(await hidden.json()).toEqual({ entryId, status: "hidden" });
      expect((await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()))).entries).toHaveLength(0);
      expect((await service.list("hidden", 10)).entries.map((e) => e.id)).toEqual([entryId]);
      expect((await moderate("restore", `Bearer ${token}`)).status).toBe(200);
      expect((await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()))).entries).toHaveLength(1);
      expect((await moderate("remove", `Bearer ${token}`)).status).toBe(200);
      expect((await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()))).entries).toHaveLength(0);
      expect((await moderate("remove", `Bearer ${token}`)).status).toBe(404);
      // The CDN's copy of the feed is dropped on hide and remove, not on restore.
      expect(purges).toEqual(["feed", "feed"]);
      expect((await moderate("explode", `Bearer ${token}`)).status).toBe(422);

      const { api: closed } = buildApi(transport);
      const refused = await closed.moderation(
        postJson("/api/moderation", { entryId, action: "hide" }, { authorization: `Bearer ${token}` }),
        ctx(),
      );
      expect(refused.status).toBe(403);
    });
  });

  // The embedded store runs 2,000 scripts one at a time in a Lua interpreter written in
  // JavaScript: seconds on an idle machine, more on a busy one.
  describe.skipIf(skip)("atomic under concurrency", { timeout: 120_000 }, () => {
    it("counts 1,000 concurrent pledges from one device for one day once", async () => {
      const { api } = buildApi(transport);
      const deviceId = device();
      const results = await Promise.all(
        Array.from({ length: 1000 }, () => api.pledge(postJson("/api/pledge", { kind: "recovery", deviceId }), ctx())),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 200)).toHaveLength(999);
      const stats = await body<Stats>(await api.stats(get("/api/stats"), ctx()));
      expect(stats).toMatchObject({ today: 1, total: 1 });
      expect((await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()))).entries).toHaveLength(1);
    });

    it("counts 2,000 distinct devices at once exactly 2,000", async () => {
      const { api } = buildApi(transport, { feedHistory: 500 });
      const results = await Promise.all(
        Array.from({ length: 2000 }, (_, i) =>
          api.pledge(postJson("/api/pledge", { kind: i % 2 ? "support" : "recovery", deviceId: device() }), ctx()),
        ),
      );
      expect(results.every((r) => r.status === 201)).toBe(true);
      const stats = await body<Stats>(await api.stats(get("/api/stats"), ctx()));
      expect(stats).toMatchObject({ today: 2000, total: 2000, byKind: { recovery: 1000, support: 1000 } });
      const ids = new Set<string>();
      let cursor: string | null = null;
      do {
        const page: FeedResponse = await body<FeedResponse>(
          await api.feed(get(`/api/feed?limit=50${cursor ? `&before=${cursor}` : ""}`), ctx()),
        );
        for (const entry of page.entries) ids.add(entry.id);
        cursor = page.next;
      } while (cursor);
      // The history is trimmed back to 500 whenever it grows a batch past it.
      expect(ids.size).toBeGreaterThanOrEqual(500);
      expect(ids.size).toBeLessThan(500 + trimBatch(500));
    });

    it("counts concurrent hugs: 1,000 from one device once, 2,000 devices exactly", async () => {
      const { api } = buildApi(transport);
      const { pledge } = await body<PledgeResponse>(
        await api.pledge(postJson("/api/pledge", { kind: "support", deviceId: device() }), ctx()),
      );
      const entryId = pledge?.id ?? "";
      const hugger = device();
      const same = await Promise.all(
        Array.from({ length: 1000 }, () => api.hugs(postJson("/api/hugs", { entryId, deviceId: hugger }), ctx())),
      );
      const sameBodies = await Promise.all(same.map((r) => body<HugResponse>(r)));
      expect(sameBodies.filter((b) => !b.alreadyHugged)).toHaveLength(1);
      const many = await Promise.all(
        Array.from({ length: 2000 }, () => api.hugs(postJson("/api/hugs", { entryId, deviceId: device() }), ctx())),
      );
      expect(many.every((r) => r.status === 200)).toBe(true);
      const feed = await body<FeedResponse>(await api.feed(get("/api/feed"), ctx()));
      expect(feed.entries[0]?.hugs).toBe(2001);
    });
  });

  describe.skipIf(skip)("days", () => {
    it("starts a new day at midnight in the site's time zone, across daylight-saving changes", async () => {
      let now = new Date("2026-03-08T05:30:00Z"); // 23:30 CST, Saturday 7 March
      const { api } = buildApi(transport, { now: () => now });
      const stats = async () => body<Stats>(await api.stats(get("/api/stats"), ctx()));
      const deviceId = device();
      const pledge = (localDate: string) =>
        api.pledge(postJson("/api/pledge", { kind: "recovery", deviceId, localDate }), ctx());

      expect((await pledge("2026-03-07")).status).toBe(201);
      expect(await stats()).toMatchObject({ day: "2026-03-07", today: 1, yesterday: 0, total: 1 });

      now = new Date("2026-03-08T06:30:00Z"); // 00:30 CST, Sunday 8 March: a new day
      expect(await stats()).toMatchObject({ day: "2026-03-08", today: 0, yesterday: 1, total: 1 });
      expect((await pledge("2026-03-07")).status).toBe(200); // that date is still "today" in the far west
      expect((await pledge("2026-03-08")).status).toBe(201);

      now = new Date("2026-03-09T04:30:00Z"); // 23:30 CDT: clocks went forward, still 8 March
      expect(await stats()).toMatchObject({ day: "2026-03-08", today: 1, yesterday: 1, total: 2 });
      now = new Date("2026-03-09T05:00:00Z"); // 00:00 CDT, 9 March
      expect(await stats()).toMatchObject({ day: "2026-03-09", today: 0, yesterday: 1, total: 2 });

      now = new Date("2026-11-02T05:30:00Z"); // 23:30 CST on 1 November, the 25-hour day
      expect((await pledge("2026-11-01")).status).toBe(201);
      expect(await stats()).toMatchObject({ day: "2026-11-01", today: 1 });
      now = new Date("2026-11-02T06:00:00Z"); // midnight CST
      expect(await stats()).toMatchObject({ day: "2026-11-02", today: 0, yesterday: 1, total: 3 });
    });

    it("accepts a localDate that is today somewhere on Earth and refuses one that is not", async () => {
      const now = new Date("2026-06-15T12:00:00Z");
      const { api } = buildApi(transport, { now: () => now });
      const at = (localDate: string) =>
        api.pledge(postJson("/api/pledge", { kind: "support", deviceId: device(), localDate }), ctx());
      expect((await at("2026-06-15")).status).toBe(201);
      expect((await at("2026-06-16")).status).toBe(201); // UTC+14
      expect((await at("2026-06-14")).status).toBe(422); // UTC-12 is already on the 15th
      expect((await at("2026-06-17")).status).toBe(422);
      // Without localDate the site's own date is used.
      expect((await api.pledge(postJson("/api/pledge", { kind: "support", deviceId: device() }), ctx())).status).toBe(
        201,
      );
    });
  });

  describe.skipIf(skip)("answers", () => {
    it("parse with the response schemas the types come from", async () => {
      const token = "moderation-token-0123456789-abcdef";
      const { api } = buildApi(transport, {}, { moderationToken: token });
      const parsed = async (schema: { parse: (value: unknown) => unknown }, res: Response) =>
        schema.parse(await res.json());
      const deviceId = device();
      const created = (await parsed(
        pledgeResponseSchema,
        await api.pledge(
          postJson("/api/pledge", { kind: "support", deviceId, name: "Ana", note: "want to die" }),
          ctx(),
        ),
      )) as PledgeResponse;
      expect(created.crisisResources?.length).toBeGreaterThan(0);
      const entryId = created.pledge?.id ?? "";
      await parsed(
        pledgeResponseSchema,
        await api.pledge(postJson("/api/pledge", { kind: "support", deviceId }), ctx()),
      );
      await parsed(statsSchema, await api.stats(get("/api/stats"), ctx()));
      const feed = (await parsed(feedResponseSchema, await api.feed(get("/api/feed?limit=5"), ctx()))) as FeedResponse;
      expect(feed.entries).toHaveLength(1);
      await parsed(hugResponseSchema, await api.hugs(postJson("/api/hugs", { entryId, deviceId: device() }), ctx()));
      await parsed(
        reportResponseSchema,
        await api.reports(postJson("/api/reports", { entryId, deviceId: device() }), ctx()),
      );
      await parsed(
        moderationResponseSchema,
        await api.moderation(
          postJson("/api/moderation", { entryId, action: "hide" }, { authorization: `Bearer ${token}` }),
          ctx(),
        ),
      );
      await parsed(healthResponseSchema, await api.health(get("/api/health"), ctx()));
      await parsed(apiErrorBodySchema, await api.pledge(postJson("/api/pledge", { kind: "nope" }), ctx()));
    });
  });

  describe.skipIf(skip)("health", () => {
    it("answers ok with the store's kind", async () => {
      const { api } = buildApi(transport);
      const res = await api.health(get("/api/health"), ctx());
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true, store: transport.name });
    });
  });
});
