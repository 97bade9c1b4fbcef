/** The operator's script (`npm run moderate`), run as a process against a real Redis. */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildApi, ctx, device, get, postJson, redisTransport } from "./harness";

const run = promisify(execFile);
const redisUrl = inject("redisUrl");

describe.skipIf(redisUrl === null && !process.env.CI)("npm run moderate", () => {
  const prefix = `cli:${randomUUID().slice(0, 8)}`;
  const secret = "cli-secret-0123456789-0123456789-abcdef";
  const transport = redisTransport(redisUrl ?? "");
  const { api } = buildApi(transport, { keyPrefix: prefix, secret });
  afterAll(() => transport.close());

  const moderate = async (...args: string[]) => {
    try {
      const { stdout } = await run(process.execPath, ["--import", "tsx", "scripts/moderate.ts", ...args], {
        env: { ...process.env, REDIS_URL: redisUrl ?? "", PLEDGE_SECRET: secret, PLEDGE_KEY_PREFIX: prefix },
      });
      return { code: 0, out: stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: `${e.stdout}${e.stderr}` };
    }
  };

  it("lists, hides, restores and removes entries in the site's store", async () => {
    const res = await api.pledge(
      postJson("/api/pledge", { kind: "support", deviceId: device(), name: "Ana", note: "Grateful" }),
      ctx(),
    );
    const { pledge } = (await res.json()) as { pledge: { id: string } };

    const listed = await moderate("list");
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(`#${pledge.id}`);
    expect(listed.out).toContain("Ana: Grateful");

    expect((await moderate("hide", pledge.id)).out).toContain("is now hidden");
    expect((await (await api.feed(get("/api/feed"), ctx())).json()).entries).toHaveLength(0);
    expect((await moderate("list", "--hidden")).out).toContain(`#${pledge.id}`);
    expect((await moderate("restore", pledge.id)).out).toContain("is now visible");
    expect((await moderate("remove", pledge.id)).out).toContain("is now removed");
    const missing = await moderate("remove", pledge.id);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain(`No entry #${pledge.id}`);
  }, 60_000);

  it("explains its usage when the command is wrong", async () => {
    const wrong = await moderate("explode");
    expect(wrong.code).toBe(2);
    expect(wrong.out).toContain('Unknown command "explode"');
    expect(wrong.out).toContain("Usage:");
    expect((await moderate("hide")).out).toContain("needs the entry's id");
  }, 60_000);
});
