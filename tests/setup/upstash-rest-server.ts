/**
 * A stand-in for Upstash's REST API on loopback, so the contract suites drive the production
 * client path (@upstash/redis over HTTP: JSON bodies, bearer token, pipelines, error replies)
 * without reaching Upstash. Behind it is any `CommandRunner` (a real Redis over TCP, or the
 * embedded store); the HTTP layer only decodes the request and hands it to the same
 * `commandRequester` the other transports use, so the command handling exists once.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type CommandRunner, commandRequester, StoreUnavailableError } from "../../netlify/lib/store/requester";

export interface RestServer {
  url: string;
  token: string;
  close: () => Promise<void>;
}

const MAX_BODY = 1_000_000;

const readJson = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_BODY) throw new RangeError("Request too large");
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
};

export const startRestServer = async (run: CommandRunner): Promise<RestServer> => {
  const token = randomBytes(24).toString("hex");
  const requester = commandRequester(run);
  const server: Server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) =>
      res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    if (req.headers.authorization !== `Bearer ${token}`) return reply(401, { error: "Unauthorized" });
    if (req.method !== "POST") return reply(405, { error: "POST only" });
    let body: unknown;
    try {
      body = await readJson(req);
    } catch (error) {
      return reply(error instanceof RangeError ? 413 : 400, { error: "The body must be JSON" });
    }
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname.split("/").filter(Boolean);
    try {
      const answer = await requester.request({ path, body });
      // A single command's error reply is a 400 with { error }, as Upstash answers it.
      return reply(!Array.isArray(answer) && answer.error ? 400 : 200, answer);
    } catch (error) {
      // The store behind did not answer: Upstash answers such failures with a 5xx.
      const message = error instanceof Error ? error.message : String(error);
      return reply(error instanceof StoreUnavailableError ? 503 : 400, { error: message });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
