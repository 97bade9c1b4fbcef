/**
 * The deployed function files themselves: each answers on its documented path and is wired to
 * the shared API (here on the embedded store, as under `npm run dev` with nothing configured).
 */
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";

const EXPECTED = ["feed", "health", "hugs", "moderation", "pledge", "reminders", "reports", "stats"];
/** Netlify Scheduled Functions: no path, a schedule. */
const SCHEDULED = ["reminders-send"];

describe("netlify/functions", () => {
  beforeAll(() => {
    for (const name of [
      "UPSTASH_REDIS_REST_URL",
      "UPSTASH_REDIS_REST_TOKEN",
      "REDIS_URL",
      "PLEDGE_SECRET",
      "MODERATION_TOKEN",
      "VAPID_PUBLIC_KEY",
      "VAPID_PRIVATE_KEY",
    ]) {
      vi.stubEnv(name, "");
    }
  });

  it("holds exactly the API's functions", () => {
    const files = readdirSync(new URL("../../netlify/functions/", import.meta.url)).filter((f) => f.endsWith(".ts"));
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual([...EXPECTED, ...SCHEDULED].sort());
  });

  it.each(EXPECTED)("/api/%s is served by its own file in netlify/functions", async (name) => {
    const mod = (await import(`../../netlify/functions/${name}.ts`)) as {
      default: (req: Request, context: { ip: string }) => Promise<Response>;
      config: { path: string };
    };
    expect(mod.config.path).toBe(`/api/${name}`);
    expect(typeof mod.default).toBe("function");
  });

  it("pledges end to end on the embedded store, with no Redis configured", async () => {
    vi.resetModules(); // so runtime.ts runs again under the spy below
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const pledge = (await import("../../netlify/functions/pledge.ts")).default;
    const health = (await import("../../netlify/functions/health.ts")).default;
    const res = await pledge(
      new Request("http://localhost/api/pledge", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: "self-care", deviceId: crypto.randomUUID() }),
      }),
      { ip: "127.0.0.1" } as Parameters<typeof pledge>[1],
    );
    expect(res.status).toBe(201);
    expect(
      await (
        await health(new Request("http://localhost/api/health"), { ip: "127.0.0.1" } as Parameters<typeof health>[1])
      ).json(),
    ).toEqual({
      ok: true,
      store: "memory",
    });
    expect(warn.mock.calls.flat().join(" ")).toContain("not persisted");
  });

  it("without VAPID keys, push reminders are not offered and the scheduled sender sends nothing", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const reminders = (await import("../../netlify/functions/reminders.ts")).default;
    const info = await reminders(new Request("http://localhost/api/reminders"), { ip: "127.0.0.1" } as Parameters<
      typeof reminders
    >[1]);
    expect(await info.json()).toEqual({ enabled: false });
    const sender = (await import("../../netlify/functions/reminders-send.ts")) as {
      default: () => Promise<Response>;
      config: { schedule: string };
    };
    expect(sender.config.schedule).toBe("*/15 * * * *");
    expect((await sender.default()).status).toBe(204);
    expect(log.mock.calls.flat().join(" ")).toContain("VAPID keys not set");
  });
});
