/**
 * The benchmark's HTTP server: the real pledge handlers on a TCP Redis (REDIS_URL), plus a
 * floor function doing one INCR through the same client, transport and HTTP path. It counts
 * the round trips its store transport makes, for `GET /bench/round-trips`.
 */
import { createServer } from "node:http";
import { Redis } from "@upstash/redis";
import { createApi, type Handler } from "../../netlify/lib/api";
import { readConfig } from "../../netlify/lib/config";
import { json } from "../../netlify/lib/http";
import { PledgeService } from "../../netlify/lib/pledge/service";
import { commandRequester } from "../../netlify/lib/store/requester";
import { connectTcp } from "../../netlify/lib/store/tcp";

const config = readConfig();
if (config.store.kind !== "redis") throw new Error("The benchmark server needs REDIS_URL.");
const tcp = connectTcp(config.store.url, config.storeTimeoutMs);
let roundTrips = 0;
const redis = new Redis(
  commandRequester((command) => {
    roundTrips++;
    return tcp.run(command);
  }),
);
const api = createApi({
  service: new PledgeService(redis, config),
  storeKind: "redis",
  ping: () => redis.ping(),
  moderationToken: undefined,
});

/** The floor: the least a function can do with Redis. */
const floor: Handler = async () => json(200, { value: await redis.incr(`${config.keyPrefix}:floor`) });

const routes: Record<string, Handler> = {
  "/api/pledge": api.pledge,
  "/api/stats": api.stats,
  "/api/feed": api.feed,
  "/bench/incr": floor,
  "/bench/round-trips": async () => json(200, { roundTrips }),
};

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const handler = routes[url.pathname];
  if (!handler) {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const request = new Request(url, {
    method: req.method ?? "GET",
    headers: req.headers as Record<string, string>,
    ...(req.method === "POST" ? { body: Buffer.concat(chunks) } : {}),
  });
  // The client's address as Netlify gives it (`context.ip`): the load generator names one per pledge.
  const forwarded = req.headers["x-forwarded-for"];
  const ip = (typeof forwarded === "string" && forwarded) || req.socket.remoteAddress || "127.0.0.1";
  const response = await handler(request, { ip });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});

server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  const address = server.address();
  console.log(`LISTENING ${typeof address === "object" && address ? address.port : ""}`);
});

// A normal exit on SIGTERM, so `node --cpu-prof` writes the profile (see README, Benchmark).
process.on("SIGTERM", () => process.exit(0));
