/**
 * Serves the BUILT site (dist/, from `npm run build`) with its Netlify Functions and headers:
 * `npm run preview`, and the web server of the browser tests (playwright.config.ts).
 *
 *   PORT=8888 HOST=127.0.0.1 REDIS_URL=redis://127.0.0.1:6379 PLEDGE_SECRET=… npx tsx scripts/serve-site.ts
 *
 * Why a small Node server and not `netlify serve --offline`: tried here with netlify-cli 27.10.
 * `netlify serve` has no flag to skip the build, so it runs the whole `npm run build` again
 * (about 30 s, writing dist/ while other things may read it), and then it sets up the Edge
 * Functions environment, because the Astro adapter writes `.netlify/v1/edge-functions/`. That
 * step downloads Deno even with --offline; without internet the CLI stops with
 * "Error: fetch failed" and never serves a request. This server instead does what Netlify does
 * for this site, and nothing more:
 *
 * - `/api/*` (any path claimed by a function): each `netlify/functions/*.ts` module is imported
 *   (this script runs under tsx) and routed by its `export const config = { path, method,
 *   excludedPath }`; the default export is called with a real `Request` and a Netlify-like
 *   `context` ({ ip, geo, requestId, params, cookies, … }; ip from X-Forwarded-For, else the
 *   socket). Function responses get no custom headers, as on Netlify.
 * - static files from dist/: `index.html` for folders, a 301 to the slash for a folder asked
 *   without one, `404.html` with status 404 for misses, correct content types, and the
 *   `[[headers]]` of netlify.toml (plus the adapter's `.netlify/v1/config.json` and
 *   `dist/_headers`, if present). `[[redirects]]` and `dist/_redirects` are honoured for the
 *   simple cases (splats, :placeholders, 200 rewrites, force).
 * - Astro's "SSR" catch-all function is not run: every page of this site is prerendered.
 *
 * Store: whatever the environment says (REDIS_URL, UPSTASH_*, PLEDGE_KEY_PREFIX, …); with none,
 * the functions use their embedded in-memory store.
 */
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Context } from "@netlify/functions";
import { parse as parseToml } from "smol-toml";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = resolve(ROOT, process.env.SITE_DIR ?? "dist");
const FUNCTIONS = resolve(ROOT, "netlify/functions");
const PORT = Number(process.env.PORT ?? 8888);
const HOST = process.env.HOST ?? "127.0.0.1";
/** Netlify refuses function request bodies above 6 MB. */
const MAX_BODY = 6 * 1024 * 1024;

type Handler = (req: Request, context: Context) => Response | Promise<Response> | undefined;

interface FunctionRoute {
  name: string;
  patterns: URLPattern[];
  excluded: URLPattern[];
  methods: string[] | undefined;
  handler: Handler;
}

interface HeaderRule {
  pattern: URLPattern;
  values: Record<string, string>;
}

interface RedirectRule {
  from: URLPattern;
  to: string;
  status: number;
  force: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".xsl": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".map": "application/json; charset=utf-8",
};

/** Netlify's path syntax (`/*`, `/:name`) as a URLPattern. */
function netlifyPattern(path: string): URLPattern {
  return new URLPattern({ pathname: path.replace(/\*/g, ":splat(.*)") });
}

function asList(value: unknown): string[] {
  if (typeof value === "string") return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function stringValues(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = String(v);
  return out;
}

function readToml(): Record<string, unknown> {
  const file = join(ROOT, "netlify.toml");
  return existsSync(file) ? parseToml(readFileSync(file, "utf8")) : {};
}

/** `dist/_headers` / `dist/_redirects`: lines of plain text, `#` comments. */
function readLines(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

function loadHeaderRules(toml: Record<string, unknown>): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const add = (path: unknown, values: unknown) => {
    if (typeof path === "string") rules.push({ pattern: netlifyPattern(path), values: stringValues(values) });
  };
  const adapterConfig = join(ROOT, ".netlify/v1/config.json");
  if (existsSync(adapterConfig)) {
    const json: unknown = JSON.parse(readFileSync(adapterConfig, "utf8"));
    if (isRecord(json) && Array.isArray(json.headers))
      for (const rule of json.headers) if (isRecord(rule)) add(rule.for, rule.values);
  }
  let current: HeaderRule | undefined;
  for (const line of readLines(join(DIST, "_headers"))) {
    if (line.startsWith("/")) {
      current = { pattern: netlifyPattern(line), values: {} };
      rules.push(current);
    } else if (current && line.includes(":")) {
      const at = line.indexOf(":");
      current.values[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  if (Array.isArray(toml.headers)) for (const rule of toml.headers) if (isRecord(rule)) add(rule.for, rule.values);
  return rules;
}

function loadRedirects(toml: Record<string, unknown>): RedirectRule[] {
  const rules: RedirectRule[] = [];
  for (const line of readLines(join(DIST, "_redirects"))) {
    const [from, to, code] = line.split(/\s+/);
    if (!from || !to) continue;
    const status = Number.parseInt(code ?? "301", 10);
    rules.push({
      from: netlifyPattern(from),
      to,
      status: Number.isNaN(status) ? 301 : status,
      force: code?.endsWith("!") === true,
    });
  }
  if (Array.isArray(toml.redirects))
    for (const rule of toml.redirects) {
      if (!isRecord(rule) || typeof rule.from !== "string" || typeof rule.to !== "string") continue;
      rules.push({
        from: netlifyPattern(rule.from),
        to: rule.to,
        status: typeof rule.status === "number" ? rule.status : 301,
        force: rule.force === true,
      });
    }
  return rules;
}

async function loadFunctions(): Promise<FunctionRoute[]> {
  if (!existsSync(FUNCTIONS)) return [];
  const routes: FunctionRoute[] = [];
  const files = readdirSync(FUNCTIONS)
    .filter((f) => /\.(m?[jt]s)$/.test(f) && !/\.(test|spec)\./.test(f) && !f.endsWith(".d.ts"))
    .sort();
  for (const file of files) {
    const name = file.replace(/\.m?[jt]s$/, "");
    const mod: unknown = await import(pathToFileURL(join(FUNCTIONS, file)).href);
    if (!isRecord(mod) || typeof mod.default !== "function") {
      console.warn(`[serve-site] ${file}: no default export, skipped`);
      continue;
    }
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
      handler: mod.default as Handler,
    });
  }
  return routes;
}

function clientIp(req: IncomingMessage): string {
  const forwarded = req.headers["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const ip = first || req.socket.remoteAddress || "127.0.0.1";
  return ip.replace(/^::ffff:/, "");
}

async function readBody(req: IncomingMessage): Promise<Buffer | "too_large"> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY) return "too_large";
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function parseCookies(header: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) map.set(part.slice(0, at).trim(), decodeURIComponent(part.slice(at + 1).trim()));
  }
  return map;
}

function makeContext(request: Request, ip: string, params: Record<string, string>, setCookies: string[]): Context {
  const jar = parseCookies(request.headers.get("cookie"));
  const cookies: Context["cookies"] = {
    get: (key) => jar.get(key) ?? "",
    set: (cookieOrName: string | { name: string; value: string }, value?: string) => {
      const cookie = typeof cookieOrName === "string" ? { name: cookieOrName, value: value ?? "" } : cookieOrName;
      jar.set(cookie.name, cookie.value);
      setCookies.push(`${cookie.name}=${encodeURIComponent(cookie.value)}; Path=/`);
    },
    delete: (input) => {
      const name = typeof input === "string" ? input : input.name;
      jar.delete(name);
      setCookies.push(`${name}=; Path=/; Max-Age=0`);
    },
  };
  const notAvailable = async (): Promise<Response> => new Response("Not available in functions", { status: 500 });
  return {
    account: { id: "local" },
    cookies,
    deploy: { context: "dev", id: "local", published: false },
    geo: { city: "Local", country: { code: "US", name: "United States" }, timezone: "America/Chicago" },
    ip,
    json: (input) => Response.json(input),
    log: (...data: unknown[]) => console.log("[function]", ...data),
    next: notAvailable,
    params,
    rewrite: notAvailable,
    requestId: randomUUID(),
    server: { region: "local" },
    site: { id: "local", name: "the-daily-pledge", url: `http://${HOST}:${PORT}` },
    url: new URL(request.url),
    waitUntil: (promise) => {
      promise.catch((error: unknown) => console.error("[serve-site] waitUntil:", error));
    },
  };
}

async function send(res: ServerResponse, response: Response, head: boolean, extraCookies: string[] = []) {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") headers[key] = value;
  });
  const cookies = [...response.headers.getSetCookie(), ...extraCookies];
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  const body = head || response.body === null ? undefined : Buffer.from(await response.arrayBuffer());
  delete headers["content-encoding"];
  if (body) headers["content-length"] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

function safePath(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = resolve(DIST, `.${decoded}`);
  return file === DIST || file.startsWith(DIST + sep) ? file : undefined;
}

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

type StaticMatch = { kind: "file"; file: string } | { kind: "slash"; location: string } | undefined;

function findStatic(url: URL): StaticMatch {
  const base = safePath(url.pathname);
  if (!base) return undefined;
  if (url.pathname.endsWith("/")) {
    const index = join(base, "index.html");
    return isFile(index) ? { kind: "file", file: index } : undefined;
  }
  if (isFile(base)) return { kind: "file", file: base };
  if (isFile(join(base, "index.html"))) return { kind: "slash", location: `${url.pathname}/${url.search}` };
  if (isFile(`${base}.html`)) return { kind: "file", file: `${base}.html` };
  return undefined;
}

function staticHeaders(pathname: string, file: string, rules: HeaderRule[]): Record<string, string> {
  const headers: Record<string, string> = {
    "content-type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "cache-control": "public, max-age=0, must-revalidate",
  };
  for (const rule of rules) {
    if (!rule.pattern.test({ pathname })) continue;
    for (const [key, value] of Object.entries(rule.values)) headers[key.toLowerCase()] = value;
  }
  return headers;
}

/** Text types are sent gzipped when the browser accepts it, as Netlify's CDN does. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest)$/;

function serveFile(
  res: ServerResponse,
  pathname: string,
  file: string,
  status: number,
  head: boolean,
  rules: HeaderRule[],
  acceptEncoding = "",
) {
  let body = readFileSync(file);
  const headers: Record<string, string> = { ...staticHeaders(pathname, file, rules) };
  if (COMPRESSIBLE.test(file) && /\bgzip\b/.test(acceptEncoding)) {
    body = gzipSync(body);
    headers["content-encoding"] = "gzip";
    headers.vary = "Accept-Encoding";
  }
  headers["content-length"] = String(body.length);
  res.writeHead(status, headers);
  res.end(head ? undefined : body);
}

function notFound(res: ServerResponse, pathname: string, head: boolean, rules: HeaderRule[]) {
  const page = join(DIST, "404.html");
  if (isFile(page)) serveFile(res, pathname, page, 404, head, rules);
  else {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end(head ? undefined : "Not found");
  }
}

function applyRedirect(rule: RedirectRule, url: URL): string | undefined {
  const match = rule.from.exec({ pathname: url.pathname });
  if (!match) return undefined;
  const groups = match.pathname.groups;
  return rule.to.replace(/:(\w+)/g, (_, key: string) => groups[key] ?? "");
}

async function main(): Promise<void> {
  if (!isFile(join(DIST, "index.html"))) {
    console.error(`[serve-site] ${DIST}/index.html is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const toml = readToml();
  const headerRules = loadHeaderRules(toml);
  const redirects = loadRedirects(toml);
  const functions = await loadFunctions();
  (globalThis as { Netlify?: unknown }).Netlify = {
    env: {
      get: (key: string) => process.env[key],
      has: (key: string) => process.env[key] !== undefined,
      set: (key: string, value: string) => {
        process.env[key] = value;
      },
      delete: (key: string) => {
        delete process.env[key];
      },
      toObject: () => ({ ...process.env }),
    },
    context: null,
  };

  const server = createServer(async (req, res) => {
    const started = performance.now();
    const method = (req.method ?? "GET").toUpperCase();
    const head = method === "HEAD";
    const acceptEncoding = String(req.headers["accept-encoding"] ?? "");
    let url: URL;
    try {
      // Against the fixed origin, so a strange Host header or path ("//") cannot throw here.
      url = new URL(req.url ?? "/", `http://${HOST}:${PORT}`);
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request");
      return;
    }
    try {
      for (const route of functions) {
        const matched = route.patterns.map((p) => p.exec({ pathname: url.pathname })).find((m) => m !== null);
        if (!matched || route.excluded.some((p) => p.test({ pathname: url.pathname }))) continue;
        if (route.methods && !route.methods.includes(method)) continue;
        const body = method === "GET" || head ? undefined : await readBody(req);
        if (body === "too_large") {
          res.writeHead(413, { "content-type": "text/plain; charset=utf-8" });
          res.end("Payload too large");
          return;
        }
        const headers = new Headers();
        for (const [key, value] of Object.entries(req.headers)) {
          if (value === undefined) continue;
          for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
        }
        const ip = clientIp(req);
        headers.set("x-nf-client-connection-ip", ip);
        const request = new Request(url, {
          method,
          headers,
          ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
        });
        const cookies: string[] = [];
        const params = Object.fromEntries(
          Object.entries(matched.pathname.groups).filter((e): e is [string, string] => e[1] !== undefined),
        );
        const response =
          (await route.handler(request, makeContext(request, ip, params, cookies))) ??
          new Response(null, { status: 204 });
        await send(res, response, head, cookies);
        if (process.env.SERVE_SITE_QUIET !== "1")
          console.log(
            `[serve-site] ${method} ${url.pathname}${url.search} → ${route.name} ${response.status} (${Math.round(performance.now() - started)} ms)`,
          );
        return;
      }

      for (const rule of redirects.filter((r) => r.force)) {
        const target = applyRedirect(rule, url);
        if (target === undefined) continue;
        if (rule.status >= 300 && rule.status < 400) {
          res.writeHead(rule.status, { location: target });
          res.end();
          return;
        }
        url.pathname = new URL(target, url).pathname;
      }

      if (method !== "GET" && !head) {
        res.writeHead(405, { "content-type": "text/plain; charset=utf-8", allow: "GET, HEAD" });
        res.end("Method not allowed");
        return;
      }

      let found = findStatic(url);
      if (!found) {
        for (const rule of redirects.filter((r) => !r.force)) {
          const target = applyRedirect(rule, url);
          if (target === undefined) continue;
          if (rule.status >= 300 && rule.status < 400) {
            res.writeHead(rule.status, { location: target });
            res.end();
            return;
          }
          const rewritten = new URL(target, url);
          found = findStatic(rewritten);
          if (found?.kind === "file") {
            serveFile(res, rewritten.pathname, found.file, rule.status, head, headerRules, acceptEncoding);
            return;
          }
        }
      }
      if (found?.kind === "slash") {
        res.writeHead(301, { location: found.location });
        res.end();
      } else if (found?.kind === "file") {
        serveFile(res, url.pathname, found.file, 200, head, headerRules, acceptEncoding);
      } else notFound(res, url.pathname, head, headerRules);
    } catch (error) {
      console.error(`[serve-site] ${method} ${url.pathname} failed:`, error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal error");
    }
  });

  server.on("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE"
        ? `[serve-site] Port ${PORT} is already in use. Stop what runs there or choose another: PORT=8899 npm run preview`
        : `[serve-site] ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(PORT, HOST, () => {
    const names = functions.map((f) => f.name).join(", ") || "none";
    const store = process.env.UPSTASH_REDIS_REST_URL ? "upstash" : process.env.REDIS_URL ? "redis" : "memory";
    console.log(`[serve-site] dist: ${DIST}; functions: ${names}; store: ${store}`);
    console.log(`[serve-site] ready: http://${HOST === "0.0.0.0" ? "localhost" : HOST}:${PORT}/`);
  });
  const stop = () => {
    server.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

await main();
