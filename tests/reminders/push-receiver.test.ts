/**
 * The sender against a local HTTPS server playing the push service, with the real library:
 * web-push encrypts each payload for the subscriber's keys (aes128gcm) and signs a VAPID
 * token. The receiver decrypts the payload with the subscriber's private key (http_ece, the
 * library web-push itself uses), checks the VAPID header, and answers 201, 410 (gone) or 404.
 * The store is the embedded one: what is stored is covered on every transport in
 * contract.test.ts.
 */
import { execFileSync } from "node:child_process";
import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { Agent, createServer, type Server } from "node:https";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpush from "web-push";
import { webPush } from "../../netlify/lib/reminders/push";
import { reminderPayload, sendDue } from "../../netlify/lib/reminders/sender";
import { ReminderStore } from "../../netlify/lib/reminders/store";
import { memoryTransport } from "../pledge/harness";

const ece = createRequire(import.meta.url)("http_ece") as {
  decrypt: (body: Buffer, params: { version: string; privateKey: unknown; authSecret: string }) => Buffer;
};

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A throw-away certificate for 127.0.0.1 (web-push speaks HTTPS only). */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), "push-receiver-"));
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** A browser's side of a subscription: its P-256 key pair and auth secret. */
function subscriber(base: string, answer: number) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16).toString("base64url");
  return {
    ecdh,
    auth,
    answer,
    subscription: {
      endpoint: `${base}/push/${answer}/${randomUUID()}`,
      keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth },
    },
  };
}

describe("the reminder sender, against a local push service", () => {
  const received: Received[] = [];
  let server: Server;
  let base = "";
  let ca: Buffer;

  beforeAll(async () => {
    const tls = certificate();
    ca = tls.cert;
    server = createServer(tls, (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
        res.statusCode = Number((req.url ?? "").split("/")[2]);
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("delivers an encrypted, VAPID-signed reminder and deletes a subscription the service reports gone", async () => {
    const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:hello@example.org" };
    const transport = memoryTransport();
    const store = new ReminderStore(transport.redis, { secret: "x".repeat(40), keyPrefix: `t:${randomUUID()}` });
    const now = Date.parse("2026-03-10T01:30:00Z"); // 20:30 in Chicago (CDT): bucket 6
    const ok = subscriber(base, 201);
    const gone = subscriber(base, 410);
    const missing = subscriber(base, 404);
    for (const s of [ok, gone, missing]) {
      await store.save({ subscription: s.subscription, time: "20:30", timeZone: "America/Chicago" }, now);
    }

    const report = await sendDue(store, webPush(vapid, { agent: new Agent({ ca }) }), now);
    expect(report).toEqual({ bucket: 6, sent: 1, gone: 2, failed: 0, moved: 0 });
    expect(received).toHaveLength(3);

    const delivered = received.find((r) => r.path === new URL(ok.subscription.endpoint).pathname);
    expect(delivered?.headers["content-encoding"]).toBe("aes128gcm");
    expect(delivered?.headers["ttl"]).toBe("3600");
    const payload = ece.decrypt(delivered?.body ?? Buffer.alloc(0), {
      version: "aes128gcm",
      privateKey: ok.ecdh,
      authSecret: ok.auth,
    });
    expect(payload.toString("utf8")).toBe(reminderPayload("en"));
    // The body is ciphertext: the words are not readable on the wire.
    expect(delivered?.body.toString("latin1")).not.toContain("daily pledge");

    const authorization = String(delivered?.headers["authorization"] ?? "");
    const [, token, key] = /^vapid t=([^,]+), k=(.+)$/.exec(authorization) ?? [];
    expect(key).toBe(vapid.publicKey);
    const claims = JSON.parse(Buffer.from(token?.split(".")[1] ?? "", "base64url").toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({ aud: base, sub: "mailto:hello@example.org" });

    expect((await store.due(6)).map((d) => d.reminder.subscription.endpoint)).toEqual([ok.subscription.endpoint]);
    expect(await transport.redis.get(store.indexKey(store.id(gone.subscription.endpoint)))).toBeNull();
    expect(await transport.redis.get(store.indexKey(store.id(missing.subscription.endpoint)))).toBeNull();
  });
  it("sends a subscription made from the Spanish page the Spanish words, encrypted for it", async () => {
    const vapid = { ...webpush.generateVAPIDKeys(), subject: "mailto:hello@example.org" };
    const transport = memoryTransport();
    const store = new ReminderStore(transport.redis, { secret: "x".repeat(40), keyPrefix: `t:${randomUUID()}` });
    const now = Date.parse("2026-03-10T13:00:00Z"); // 08:00 in Chicago (CDT): bucket 52
    const spanish = subscriber(base, 201);
    const english = subscriber(base, 201);
    await store.save(
      { subscription: spanish.subscription, time: "08:00", timeZone: "America/Chicago", lang: "es" },
      now,
    );
    await store.save({ subscription: english.subscription, time: "08:00", timeZone: "America/Chicago" }, now);
    const start = received.length;

    const report = await sendDue(store, webPush(vapid, { agent: new Agent({ ca }) }), now);
    expect(report).toEqual({ bucket: 52, sent: 2, gone: 0, failed: 0, moved: 0 });
    const words = (s: ReturnType<typeof subscriber>) => {
      const delivered = received.slice(start).find((r) => r.path === new URL(s.subscription.endpoint).pathname);
      if (!delivered) throw new Error(`nothing delivered to ${s.subscription.endpoint}`);
      const plain = ece.decrypt(delivered.body, { version: "aes128gcm", privateKey: s.ecdh, authSecret: s.auth });
      return JSON.parse(plain.toString("utf8")) as unknown;
    };
    expect(words(spanish)).toEqual({
      title: "Su promesa diaria",
      body: "Un toque, por hoy. Nos alegra que esté aquí.",
      url: "/es/#pledge",
    });
    expect(words(english)).toEqual({
      title: "Your daily pledge",
      body: "One tap, for today. We're glad you're here.",
      url: "/#pledge",
    });
  });
});
