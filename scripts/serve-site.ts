/**
 * Serves the BUILT site (dist/, from `npm run build`) with its Netlify Functions and headers:
 * `npm run preview`, the web server of the browser tests (playwright.config.ts) and of the audit.
 *
 *   PORT=8888 HOST=127.0.0.1 REDIS_URL=redis://127.0.0.1:6379 PLEDGE_SECRET=… npx tsx scripts/serve-site.ts
 *
 * Netlify's own local runtime can serve this site too (`netlify serve --offline
 * --internal-disable-edge-functions`, netlify-cli 27.10), and CI does so in its fidelity lane
 * (tests/fidelity). It stays out of the default install (hundreds of megabytes) and builds the
 * site again each time it starts, so this small server does, for this site, what Netlify does,
 * and nothing more; the fidelity lane runs the same API and browser checks against both:
 *
 * - the functions: every `netlify/functions/*.ts` module, routed by its `config.path` and called
 *   with a real `Request` and a Netlify-like context (netlify/lib/local-functions.ts, which
 *   `npm run dev` uses too). Function answers get no headers of their own, as on Netlify.
 * - static files from dist/: `index.html` for folders, a 301 to the slash for a folder asked
 *   without one, `404.html` with status 404 for misses, content types, gzip when accepted (as
 *   Netlify's CDN does), and the `[[headers]]` of netlify.toml plus those the Astro adapter writes
 *   to `.netlify/v1/config.json`. The site has no redirects, `_headers` file or cookies.
 * - Astro's "SSR" catch-all function is not run: every page of this site is prerendered.
 *
 * The settings are checked before it listens: a wrong one stops it with one line saying what to
 * set. Store: whatever the environment says (REDIS_URL, UPSTASH_*, PLEDGE_KEY_PREFIX, …); with
 * none, the embedded in-memory store, with a PLEDGE_SECRET made for the process.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { parse as parseToml } from "smol-toml";
import { ConfigError, prepareLocalConfig } from "../netlify/lib/config";
import { functionFiles, loadRoutes, netlifyPattern, serveFunction } from "../netlify/lib/local-functions";

const ROOT = resolve(import.meta.dirname, "..");
const DIST = resolve(ROOT, process.env.SITE_DIR ?? "dist");
const FUNCTIONS = resolve(ROOT, "netlify/functions");
const PORT = Number(process.env.PORT ?? 8888);
const HOST = process.env.HOST ?? "127.0.0.1";

interface HeaderRule {
  pattern: URLPattern;
  values: Record<string, string>;
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

/** netlify.toml's `[[headers]]`, after those the Astro adapter writes for Netlify (`.netlify/v1/config.json`). */
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
  if (Array.isArray(toml.headers)) for (const rule of toml.headers) if (isRecord(rule)) add(rule.for, rule.values);
  return rules;
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

/**
 * The headers of every matching rule, the later rule's value winning, as netlify-cli does; except
 * Content-Security-Policy, where every matching rule's policy is sent and so enforced. How
 * Netlify's CDN combines two matching CSPs is not documented: this is the stricter reading, so a
 * page that works here works under either (src/lib/security/csp.ts).
 */
function staticHeaders(pathname: string, file: string, rules: HeaderRule[]): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {
    "content-type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "cache-control": "public, max-age=0, must-revalidate",
  };
  const policies: string[] = [];
  for (const rule of rules) {
    if (!rule.pattern.test({ pathname })) continue;
    for (const [key, value] of Object.entries(rule.values)) {
      if (key.toLowerCase() === "content-security-policy") policies.push(value);
      else headers[key.toLowerCase()] = value;
    }
  }
  if (policies.length > 0) headers["content-security-policy"] = policies;
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
  const headers = staticHeaders(pathname, file, rules);
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

/** Stops with one line saying what to set when the settings are wrong (never a stack trace). */
function checkSettings(): void {
  try {
    const { madeSecret } = prepareLocalConfig();
    if (madeSecret)
      console.log("[serve-site] PLEDGE_SECRET was not set: one was made for this process (local use only).");
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[serve-site] Cannot start: ${error.message}`);
    process.exit(1);
  }
  // As under Netlify's local runtime: purgeCache() logs that it skips instead of failing.
  process.env.NETLIFY_LOCAL ??= "true";
}

async function main(): Promise<void> {
  checkSettings();
  if (!isFile(join(DIST, "index.html"))) {
    console.error(`[serve-site] ${DIST}/index.html is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const headerRules = loadHeaderRules(readToml());
  const functions = await loadRoutes(functionFiles(FUNCTIONS), (file) => import(pathToFileURL(file).href));
  const origin = `http://${HOST}:${PORT}`;

  const server = createServer(async (req, res) => {
    const started = performance.now();
    const method = (req.method ?? "GET").toUpperCase();
    const head = method === "HEAD";
    let url: URL;
    try {
      // Against the fixed origin, so a strange Host header or path ("//") cannot throw here.
      url = new URL(req.url ?? "/", origin);
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request");
      return;
    }
    try {
      const served = await serveFunction(functions, req, res, origin);
      if (served) {
        if (process.env.SERVE_SITE_QUIET !== "1")
          console.log(
            `[serve-site] ${method} ${url.pathname}${url.search} → ${served.name} ${served.status} (${Math.round(performance.now() - started)} ms)`,
          );
        return;
      }
      if (method !== "GET" && !head) {
        res.writeHead(405, { "content-type": "text/plain; charset=utf-8", allow: "GET, HEAD" });
        res.end("Method not allowed");
        return;
      }
      const found = findStatic(url);
      const acceptEncoding = String(req.headers["accept-encoding"] ?? "");
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
