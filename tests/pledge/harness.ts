/**
 * Builds the pledge API around a service on a given store transport, with a fresh key prefix
 * per test, and makes real `Request` objects for the handlers.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "@upstash/redis";
import { createApi } from "../../netlify/lib/api";
import { PledgeService, type ServiceOptions } from "../../netlify/lib/pledge/service";
import { embeddedRunner } from "../../netlify/lib/store/embedded";
import { commandRequester } from "../../netlify/lib/store/requester";
import { connectTcp, type TcpStore } from "../../netlify/lib/store/tcp";
import { startRestServer } from "../setup/upstash-rest-server";

export interface Transport {
  name: "memory" | "redis" | "upstash";
  redis: Redis;
  close: () => Promise<void>;
}

export const memoryTransport = (): Transport => ({
  name: "memory",
  redis: new Redis(commandRequester(embeddedRunner())),
  close: async () => {},
});

/**
 * The Upstash client over HTTP, as in production, against a local stand-in for Upstash's REST
 * API (tests/setup/upstash-rest-server.ts) backed by a real Redis when `redisUrl` is given, else
 * by the embedded store. Scripts are sent as to Redis (no key-locking shebang: Redis 7.0 refuses
 * it); `lua.test.ts` checks the Upstash flavour of the script text.
 */
export const upstashRestTransport = async (redisUrl?: string): Promise<Transport> => {
  const tcp = redisUrl ? connectTcp(redisUrl, 1500) : undefined;
  const server = await startRestServer(tcp ? tcp.run : embeddedRunner());
  return {
    name: "upstash",
    redis: new Redis({
      url: server.url,
      token: server.token,
      responseEncoding: false,
      retry: false,
      enableTelemetry: false,
    }),
    close: async () => {
      await server.close();
      await tcp?.close();
    },
  };
};

export const redisTransport = (url: string, timeoutMs = 1500): Transport & { tcp: TcpStore } => {
  const tcp = connectTcp(url, timeoutMs);
  return { name: "redis", redis: new Redis(commandRequester(tcp.run)), close: tcp.close, tcp };
};

/**
 * Every transport the contract suites run on. The Redis ones need a redis-server (CI always has
 * one; locally they are skipped, loudly, when none is installed).
 */
export const storeTransports = (
  redisUrl: string | null,
): Array<{ name: string; make: () => Transport | Promise<Transport>; skip: boolean }> => [
  { name: "embedded", make: memoryTransport, skip: false },
  { name: "redis", make: () => redisTransport(redisUrl ?? ""), skip: redisUrl === null && !process.env["CI"] },
  // The production client path: @upstash/redis over HTTP, to a REST stand-in backed by the real
  // Redis (by the embedded store where no redis-server is installed).
  { name: "Upstash REST", make: () => upstashRestTransport(redisUrl ?? undefined), skip: false },
];

export const defaultOptions = (overrides: Partial<ServiceOptions> = {}): ServiceOptions => ({
  secret: "test-secret-that-is-long-enough-0123456789",
  timeZone: "America/Chicago",
  keyPrefix: `t:${randomUUID().slice(0, 8)}`,
  limits: { pledges: 100_000, hugs: 100_000, reports: 100_000, windowSeconds: 3600 },
  feedHistory: 500,
  ...overrides,
});

export const buildApi = (
  transport: Transport,
  options: Partial<ServiceOptions> = {},
  extra: { moderationToken?: string; purgeFeedCache?: () => Promise<void> } = {},
) => {
  const service = new PledgeService(transport.redis, defaultOptions(options));
  const api = createApi({
    service,
    storeKind: transport.name,
    ping: () => transport.redis.ping(),
    moderationToken: extra.moderationToken,
    ...(extra.purgeFeedCache ? { purgeFeedCache: extra.purgeFeedCache } : {}),
  });
  return { api, service };
};

export const BASE = "http://localhost:8888";

export const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

export const postForm = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });

export const get = (path: string) => new Request(`${BASE}${path}`);

export const ctx = (ip = "203.0.113.7") => ({ ip });

export const device = () => randomUUID();
