/**
 * Shares the embedded store between function invocations under `astro dev`.
 *
 * The Netlify adapter's dev emulation runs every function invocation in a fresh worker
 * thread, so an in-process store would forget each pledge as soon as it was made. Instead the
 * dev server's own process holds the embedded store and answers Upstash's REST protocol on
 * loopback; functions reach it with the ordinary @upstash/redis HTTP client. Nothing else to
 * install or start, and the Upstash client code path is exercised in development too.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { embeddedRunner } from "./embedded";
import type { CommandRunner } from "./requester";

export interface EmbeddedStoreServer {
  url: string;
  token: string;
  close: () => Promise<void>;
}

const MAX_BODY = 1_000_000;

const asCommand = (value: unknown): string[] | null =>
  Array.isArray(value) && value.length > 0 ? value.map((part) => String(part)) : null;

const answer = async (run: CommandRunner, command: string[]) => {
  try {
    return { status: 200, body: { result: (await run(command)) ?? null } };
  } catch (error) {
    return { status: 400, body: { error: error instanceof Error ? error.message : String(error) } };
  }
};

export const startEmbeddedStoreServer = async (): Promise<EmbeddedStoreServer> => {
  const token = randomBytes(24).toString("hex");
  const run = embeddedRunner();
  const server: Server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Bearer ${token}`) return reply(401, { error: "Unauthorized" });
    if (req.method !== "POST") return reply(405, { error: "POST only" });
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      size += (chunk as Buffer).byteLength;
      if (size > MAX_BODY) return reply(413, { error: "Request too large" });
      chunks.push(chunk as Buffer);
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return reply(400, { error: "Body is not JSON" });
    }
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (path === "/pipeline" || path === "/multi-exec") {
      if (path === "/multi-exec") return reply(400, { error: "ERR transactions are not supported; use a Lua script" });
      const commands = Array.isArray(body) ? body.map(asCommand) : null;
      if (!commands || commands.some((c) => c === null))
        return reply(400, { error: "A pipeline is an array of commands" });
      const results = [];
      for (const command of commands as string[][]) results.push((await answer(run, command)).body);
      return reply(200, results);
    }
    const command = asCommand(body);
    if (!command) return reply(400, { error: "A command is a non-empty JSON array" });
    const { status, body: out } = await answer(run, command);
    return reply(status, out);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
};
