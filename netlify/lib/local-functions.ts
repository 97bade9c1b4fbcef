/**
 * Runs this site's Netlify Functions (API v2: `export default (req, context)` plus
 * `export const config = { path }`) inside a local Node server, the same way for `npm run dev`
 * (netlify/lib/store/dev-integration.ts, in the dev server's process) and for `npm run preview`
 * (scripts/serve-site.ts). Both call the very modules in netlify/functions/ with a real `Request`
 * and a context shaped like Netlify's, so what runs locally is what runs deployed.
 *
 * Only what these functions use is emulated: routing on `config.path` (and `method`,
 * `excludedPath`), `context.ip` (from X-Forwarded-For, as Netlify's local runtime reads it, else
 * the socket), `params`, `requestId`, `url`, `waitUntil`. The CI fidelity lane
 * (tests/fidelity, `netlify serve`) runs the same checks against Netlify's own runtime, so any
 * drift between the two shows there.
 */
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import type { Context } from "@netlify/functions";

/** What a local host passes to a function. Cookies, `next` and `rewrite` are not used by this site. */
export type LocalContext = Omit<Context, "cookies" | "next" | "rewrite">;

export type FunctionHandler = (req: Request, context: LocalContext) => Response | Promise<Response> | undefined;

export interface FunctionRoute {
  name: string;
  patterns: URLPattern[];
  excluded: URLPattern[];
  methods: string[] | undefined;
  /** The module's default export, looked up at call time (a dev server may have reloaded it). */
  handler: () => Promise<FunctionHandler>;
}

/** Netlify refuses function request bodies above 6 MB. */
const MAX_BODY = 6 * 1024 * 1024;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const asList = (value: unknown): string[] => {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
};

/** Netlify's path syntax (`/*`, `/:name`) as a URLPattern. */
export const netlifyPattern = (path: string): URLPattern =>
  new URLPattern({ pathname: path.replace(/\*/g, ":splat(.*)") });

/** The function files of a folder: `name.ts` / `name.mjs` …, not tests or type declarations. */
export const functionFiles = (directory: string): string[] =>
  readdirSync(directory)
    .filter((f) => /\.m?[jt]s$/.test(f) && !/\.(test|spec)\./.test(f) && !f.endsWith(".d.ts"))
    .sort()
    .map((f) => join(directory, f));

/**
 * Reads each function module's `config` and builds its routes. `load` imports a module (a plain
 * dynamic import, or the dev server's module loader, which reloads changed files).
 */
export const loadRoutes = async (files: string[], load: (file: string) => Promise<unknown>) => {
  const routes: FunctionRoute[] = [];
  for (const file of files) {
    const name = (file.split("/").pop() ?? file).replace(/\.m?[jt]s$/, "");
    const mod = await load(file);
    if (!isRecord(mod) || typeof mod.default !== "function") throw new Error(`${file} has no default export`);
    const config = isRecord(mod.config) ? mod.config : {};
    const paths = asList(config.path);
    // A function without a path answers on Netlify's default route.
    if (paths.length === 0) paths.push(`/.netlify/functions/${name}`);
    const methods = asList(config.method).map((m) => m.toUpperCase());
    routes.push({
      name,
      patterns: paths.map(netlifyPattern),
      excluded: asList(config.excludedPath).map(netlifyPattern),
      methods: methods.length > 0 ? methods : undefined,
      handler: async () => {
        const current = await load(file);
        if (!isRecord(current) || typeof current.default !== "function") {
          throw new Error(`${file} has no default export`);
        }
        return current.default as FunctionHandler;
      },
    });
  }
  return routes;
};

/** The function that answers this path and method, with the path's named parts. */
export const matchRoute = (routes: FunctionRoute[], pathname: string, method: string) => {
  for (const route of routes) {
    const matched = route.patterns.map((p) => p.exec({ pathname })).find((m) => m !== null);
    if (!matched || route.excluded.some((p) => p.test({ pathname }))) continue;
    if (route.methods && !route.methods.includes(method)) continue;
    const params = Object.fromEntries(
      Object.entries(matched.pathname.groups).filter((e): e is [string, string] => e[1] !== undefined),
    );
    return { route, params };
  }
  return undefined;
};

export const clientIp = (req: IncomingMessage): string => {
  const forwarded = req.headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const ip = first || req.socket.remoteAddress || "127.0.0.1";
  return ip.replace(/^::ffff:/, "");
};

const readBody = async (req: IncomingMessage): Promise<Buffer | "too_large"> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY) return "too_large";
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
};

const makeContext = (request: Request, ip: string, params: Record<string, string>): LocalContext => ({
  account: { id: "local" },
  deploy: { context: "dev", id: "local", published: false },
  geo: { city: "Local", country: { code: "US", name: "United States" }, timezone: "America/Chicago" },
  ip,
  json: (input) => Response.json(input),
  log: (...data: unknown[]) => console.log("[function]", ...data),
  params,
  requestId: randomUUID(),
  server: { region: "local" },
  site: { id: "local", name: "the-daily-pledge", url: new URL(request.url).origin },
  url: new URL(request.url),
  waitUntil: (promise) => {
    promise.catch((error: unknown) => console.error("[function] waitUntil:", error));
  },
});

const send = async (res: ServerResponse, response: Response, head: boolean): Promise<void> => {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie" && key !== "content-encoding") headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const body = head || response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
  if (body) headers["content-length"] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
};

/**
 * Answers `req` with the function whose route matches, and returns its name and status; returns
 * undefined (having written nothing) when no function claims the path.
 */
export const serveFunction = async (
  routes: FunctionRoute[],
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<{ name: string; status: number } | undefined> => {
  const method = (req.method ?? "GET").toUpperCase();
  const url = new URL(req.url ?? "/", origin);
  const match = matchRoute(routes, url.pathname, method);
  if (!match) return undefined;
  const head = method === "HEAD";
  const body = method === "GET" || head ? undefined : await readBody(req);
  if (body === "too_large") {
    res.writeHead(413, { "content-type": "text/plain; charset=utf-8" }).end("Payload too large");
    return { name: match.route.name, status: 413 };
  }
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined || key.startsWith(":")) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  const ip = clientIp(req);
  headers.set("x-nf-client-connection-ip", ip);
  const request = new Request(url, {
    method,
    headers,
    ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
  });
  const handler = await match.route.handler();
  const response =
    (await handler(request, makeContext(request, ip, match.params))) ?? new Response(null, { status: 204 });
  await send(res, response, head);
  return { name: match.route.name, status: response.status };
};
