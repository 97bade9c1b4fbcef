/**
 * /admin/decap/*: Decap CMS's own prebuilt files, copied from node_modules/decap-cms/dist at build
 * time (and served from there under `astro dev`). The site's CSP allows scripts from this site
 * only, so the editor is served from here, never from a CDN. Only /admin/ loads them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";

export const prerender = true;

const DIST = join(dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");

/** The main script, the chunks it loads by name (N.decap-cms.js) and its WebAssembly and CSS files. */
const SHIPPED = /^(?:decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm|cms\.css)$/;

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
};

export const getStaticPaths = (() =>
  readdirSync(DIST)
    .filter((file) => SHIPPED.test(file))
    .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file ?? "";
  if (!SHIPPED.test(file)) return new Response("Not found", { status: 404 });
  return new Response(readFileSync(join(DIST, file)), {
    headers: { "content-type": TYPES[extname(file)] ?? "application/octet-stream" },
  });
};
