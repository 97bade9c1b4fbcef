/**
 * Checks over the built site (`dist/` after `npm run build`): internal links and #anchors,
 * alt text, scripts (CSP), the sitemap, the RSS feed and the Pagefind search index.
 * Every function takes the folder to check, so the tests can prove each check on a tiny
 * hand-made site with a known mistake. Nothing here goes to the network.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";

// ---------------------------------------------------------------------------------------------
// A small HTML reader: enough to find tags, attributes, ids and scripts in Astro's output.

export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

export interface Script {
  attrs: Map<string, string>;
  content: string;
}

export interface ParsedPage {
  tags: Tag[];
  ids: Set<string>;
  scripts: Script[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the HTML character references that can appear in attribute values. */
export const decodeEntities = (value: string): string =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });

const parseAttrs = (source: string): Map<string, string> => {
  const attrs = new Map<string, string>();
  for (const match of source.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ""));
  }
  return attrs;
};

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+(?:[^>"']|"[^"]*"|'[^']*')*)?)\s*\/?>/g;

/** Reads the tags, ids and scripts of an HTML page. Comments and script/style bodies are skipped. */
export const parseHtml = (html: string): ParsedPage => {
  const scripts: Script[] = [];
  let text = html.replace(/<!--[\s\S]*?-->/g, "");
  text = text.replace(
    /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi,
    (_whole, attrs: string, content: string) => {
      scripts.push({ attrs: parseAttrs(attrs), content });
      return `<script${attrs}>`;
    },
  );
  text = text.replace(/(<(style|textarea|title)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, "$1$3");
  const tags: Tag[] = [];
  const ids = new Set<string>();
  for (const match of text.matchAll(TAG)) {
    const tag = { name: (match[1] ?? "").toLowerCase(), attrs: parseAttrs(match[2] ?? "") };
    tags.push(tag);
    const id = tag.attrs.get("id");
    if (id) ids.add(id);
    const name = tag.attrs.get("name");
    if (tag.name === "a" && name) ids.add(name);
  }
  return { tags, ids, scripts };
};

// ---------------------------------------------------------------------------------------------
// Files of a built site.

/** Every file under `dir` whose name passes `test`, as sorted paths relative to it (forward slashes). */
export const listFiles = (dir: string, test: RegExp): string[] => {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, item.name);
      if (item.isDirectory()) walk(full);
      else if (test.test(item.name)) found.push(path.relative(dir, full).split(path.sep).join("/"));
    }
  };
  walk(dir);
  return found.sort();
};

/** Every .html file under `dir`, as paths relative to it (with forward slashes). */
export const listHtmlFiles = (dir: string): string[] => listFiles(dir, /\.html$/);

/** The address a built file is served at: `resources/x/index.html` → `/resources/x/`. */
export const pageUrl = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, "$1")}`;

/** The file that serves an address, or undefined when there is none. */
export const fileForPath = (dir: string, pathname: string): string | undefined => {
  const clean = pathname.replace(/\/+$/, "/");
  const candidates = clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  const root = path.resolve(dir);
  for (const candidate of candidates) {
    const full = path.join(root, candidate);
    if (full.startsWith(root) && existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
};

/** Paths that Netlify answers without a file: `_redirects` rules and functions. */
const redirectRules = (dir: string): RegExp[] => {
  const file = path.join(dir, "_redirects");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim().split(/\s+/)[0] ?? "")
    .filter((from) => from.startsWith("/"))
    .map(
      (from) =>
        new RegExp(
          `^${from
            .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
            .replace(/\*/g, ".*")
            .replace(/:\w+/g, "[^/]+")}$`,
        ),
    );
};

// ---------------------------------------------------------------------------------------------
// Links and anchors.

/** Attributes that point at other files or pages, by tag. */
const LINK_ATTRS: Record<string, string[]> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  script: ["src"],
  iframe: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
};

const isExternal = (url: string): boolean => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

export interface LinkCheckOptions {
  /** Address prefixes served by functions rather than files (not checked). */
  dynamicPrefixes?: string[];
}

/**
 * Every internal link, asset and #anchor on every page resolves to a file (and an element with
 * that id). External addresses (https:, mailto:, tel:) are not fetched. One message per problem.
 */
export const checkInternalLinks = (dir: string, options: LinkCheckOptions = {}): string[] => {
  const dynamicPrefixes = options.dynamicPrefixes ?? ["/.netlify/", "/api/"];
  const redirects = redirectRules(dir);
  const pages = new Map<string, ParsedPage>();
  const parse = (file: string): ParsedPage => {
    let page = pages.get(file);
    if (!page) {
      page = parseHtml(readFileSync(file, "utf8"));
      pages.set(file, page);
    }
    return page;
  };
  const problems: string[] = [];
  for (const relative of listHtmlFiles(dir)) {
    const file = path.join(dir, relative);
    const page = parse(file);
    const base = new URL(pageUrl(relative), "http://site.invalid");
    for (const tag of page.tags) {
      for (const attr of LINK_ATTRS[tag.name] ?? []) {
        const value = tag.attrs.get(attr);
        if (value === undefined) continue;
        const urls =
          attr === "srcset" ? value.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "") : [value.trim()];
        for (const raw of urls) {
          if (raw === "" || isExternal(raw)) continue;
          if (tag.name === "link" && /\b(?:preconnect|dns-prefetch)\b/.test(tag.attrs.get("rel") ?? "")) continue;
          const target = new URL(raw, base);
          const pathname = decodeURIComponent(target.pathname);
          if (dynamicPrefixes.some((prefix) => pathname.startsWith(prefix))) continue;
          const where = `${relative}: <${tag.name} ${attr}="${raw}">`;
          const targetFile = fileForPath(dir, pathname);
          if (!targetFile) {
            if (!redirects.some((rule) => rule.test(pathname)))
              problems.push(`${where} points to ${pathname}, which does not exist.`);
            continue;
          }
          const hash = decodeURIComponent(target.hash.slice(1));
          if (hash === "" || !targetFile.endsWith(".html")) continue;
          if (!parse(targetFile).ids.has(hash)) {
            problems.push(`${where}: ${path.relative(dir, targetFile)} has no element with id="${hash}".`);
          }
        }
      }
    }
  }
  return problems;
};

/** Which of the given ids the page at `pagePath` lacks. */
export const missingAnchors = (dir: string, pagePath: string, ids: string[]): string[] => {
  const file = fileForPath(dir, pagePath);
  if (!file) return [`${pagePath}: page not found in the built site.`];
  const found = parseHtml(readFileSync(file, "utf8")).ids;
  return ids.filter((id) => !found.has(id)).map((id) => `${pagePath}: no element with id="${id}" (${pagePath}#${id}).`);
};

// ---------------------------------------------------------------------------------------------
// Images and scripts.

/** Every <img> has alt text; an empty alt is allowed only on images hidden from assistive tech. */
export const checkImageAlt = (dir: string): string[] => {
  const problems: string[] = [];
  for (const relative of listHtmlFiles(dir)) {
    for (const tag of parseHtml(readFileSync(path.join(dir, relative), "utf8")).tags) {
      if (tag.name !== "img") continue;
      const alt = tag.attrs.get("alt");
      const hidden =
        tag.attrs.get("aria-hidden") === "true" || /^(?:presentation|none)$/.test(tag.attrs.get("role") ?? "");
      const src = tag.attrs.get("src") ?? "(no src)";
      if (alt === undefined) problems.push(`${relative}: <img src="${src}"> has no alt attribute.`);
      else if (alt.trim() === "" && !hidden) {
        problems.push(
          `${relative}: <img src="${src}"> has empty alt text; describe the picture (or mark it decorative).`,
        );
      }
    }
  }
  return problems;
};

/**
 * A word run into the link or emphasis after it ("Ourprogram finder"): Astro drops a line break
 * between text and a tag that starts the next line, so the space a reader expects is gone.
 */
const GLUED = /([\p{L}\p{N},;:])<(a|strong|em|time|code|abbr)[\s>]/gu;

/** Every page's text keeps its space before a link or emphasis (script and style bodies aside). */
export const checkGluedWords = (dir: string): string[] => {
  const problems: string[] = [];
  for (const relative of listHtmlFiles(dir)) {
    const html = readFileSync(path.join(dir, relative), "utf8").replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, "");
    for (const match of html.matchAll(GLUED)) {
      const before = html
        .slice(Math.max(0, match.index - 40), match.index + 1)
        .replace(/^.*>/s, "")
        .trimStart();
      problems.push(
        `${relative}: "…${before}" runs into a <${match[2]}>: put the word before it on the tag's line, with a space (Astro drops the line break).`,
      );
    }
  }
  return problems;
};

/**
 * A data block, not a script: JSON-LD, or JSON a page hands its module (the pledge's words). The
 * browser never runs either, so the CSP's script-src does not apply to them.
 */
const isJsonLd = (script: Script): boolean =>
  ["application/ld+json", "application/json"].includes((script.attrs.get("type") ?? "").toLowerCase());

/** No page has an inline <script> (one without src) other than JSON data: the CSP forbids it. */
export const checkInlineScripts = (dir: string): string[] => {
  const problems: string[] = [];
  for (const relative of listHtmlFiles(dir)) {
    for (const script of parseHtml(readFileSync(path.join(dir, relative), "utf8")).scripts) {
      if (script.attrs.has("src") || isJsonLd(script)) continue;
      const preview = script.content.trim().replace(/\s+/g, " ").slice(0, 60);
      problems.push(
        `${relative}: inline <script${script.attrs.has("type") ? ` type="${script.attrs.get("type")}"` : ""}> "${preview}" — the Content-Security-Policy blocks inline scripts; load it from a file.`,
      );
    }
  }
  return problems;
};

/**
 * Every page but those under `exempt` (the editing screen, whose policy is a header) carries the
 * pages' CSP in a <meta http-equiv>, word for word, before any script, stylesheet or style: a
 * <meta> policy covers only what comes after it.
 */
export const checkPagePolicy = (dir: string, policy: string, exempt: string[] = []): string[] => {
  const problems: string[] = [];
  for (const relative of listHtmlFiles(dir)) {
    if (exempt.some((prefix) => relative.startsWith(prefix))) continue;
    const { tags } = parseHtml(readFileSync(path.join(dir, relative), "utf8"));
    const at = tags.findIndex(
      (t) => t.name === "meta" && t.attrs.get("http-equiv")?.toLowerCase() === "content-security-policy",
    );
    if (at === -1) {
      problems.push(
        `${relative}: no <meta http-equiv="Content-Security-Policy">; pages use BaseLayout, which adds it.`,
      );
      continue;
    }
    if (tags[at]?.attrs.get("content") !== policy) {
      problems.push(`${relative}: its <meta> Content-Security-Policy is not PAGE_POLICY (src/lib/security/csp.ts).`);
    }
    const before = tags.slice(0, at).find((t) => ["script", "link", "style"].includes(t.name));
    if (before) problems.push(`${relative}: a <${before.name}> comes before the CSP <meta>, so the policy misses it.`);
  }
  return problems;
};

/** Files a browser opens as a document that can run script, though they carry no <meta>. */
const SCRIPTABLE_FILES = /\.(svg|xml|xhtml)$/i;

/**
 * Every SVG or XML file (outside the exempt folders) is sent with `policy` as a header: `policiesFor`
 * gives the Content-Security-Policy values the host's header rules send for a path.
 */
export const checkFilePolicy = (
  dir: string,
  policy: string,
  policiesFor: (pathname: string) => string[],
  exempt: string[] = [],
): string[] => {
  return listFiles(dir, SCRIPTABLE_FILES)
    .filter((relative) => !exempt.some((prefix) => relative.startsWith(prefix)))
    .filter((relative) => !policiesFor(`/${relative}`).includes(policy))
    .map(
      (relative) =>
        `${relative}: opened on its own it could run script, but no header rule gives it the pages' policy; add its path to netlify.toml with PAGE_POLICY.`,
    );
};

/**
 * The service worker's registration (public/sw-register.js): the one script every page loads.
 * It only registers the offline cache; the page works the same without it.
 */
export const SW_REGISTER = "/sw-register.js";

/** The given pages ship no JavaScript: no <script> element other than JSON-LD data and SW_REGISTER. */
export const checkNoScripts = (dir: string, pagePaths: string[]): string[] => {
  const problems: string[] = [];
  for (const pagePath of pagePaths) {
    const file = fileForPath(dir, pagePath);
    if (!file) {
      problems.push(`${pagePath}: page not found in the built site.`);
      continue;
    }
    const scripts = parseHtml(readFileSync(file, "utf8")).scripts.filter(
      (script) => !isJsonLd(script) && script.attrs.get("src") !== SW_REGISTER,
    );
    for (const script of scripts) {
      problems.push(
        `${pagePath}: ships a <script${script.attrs.has("src") ? ` src="${script.attrs.get("src")}"` : ""}>, but article pages must work without JavaScript.`,
      );
    }
  }
  return problems;
};

// ---------------------------------------------------------------------------------------------
// Sitemap, feed and search index.

const locs = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}>\\s*(?:<!\\[CDATA\\[)?([^<\\]]*?)(?:\\]\\]>)?\\s*</${tag}>`, "g"))].map((m) =>
    decodeEntities(m[1] ?? ""),
  );

const pathnameOf = (url: string): string => {
  try {
    return new URL(url, "http://site.invalid").pathname;
  } catch {
    return url;
  }
};

/** The page paths the sitemap lists, following `sitemap-index.xml` to each sitemap file. */
export const readSitemapPaths = (dir: string): Set<string> => {
  const index = path.join(dir, "sitemap-index.xml");
  if (!existsSync(index)) throw new Error(`${index} does not exist: the sitemap integration did not run.`);
  const paths = new Set<string>();
  for (const sitemapUrl of locs(readFileSync(index, "utf8"), "loc")) {
    const file = path.join(dir, pathnameOf(sitemapUrl));
    if (!existsSync(file)) throw new Error(`sitemap-index.xml lists ${sitemapUrl}, but ${file} does not exist.`);
    for (const url of locs(readFileSync(file, "utf8"), "loc")) paths.add(pathnameOf(url));
  }
  return paths;
};

/** Which of the expected page paths the sitemap leaves out. */
export const missingFromSitemap = (dir: string, expected: string[]): string[] => {
  const listed = readSitemapPaths(dir);
  return expected.filter((p) => !listed.has(p)).map((p) => `sitemap: ${p} is not listed.`);
};

/** The page paths of an RSS feed's items (`feed`: its file in the site, /rss.xml by default). */
export const readRssPaths = (dir: string, feed = "rss.xml"): Set<string> => {
  const file = path.join(dir, feed);
  if (!existsSync(file)) throw new Error(`${file} does not exist: the RSS feed was not built.`);
  const xml = readFileSync(file, "utf8");
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1] ?? "");
  return new Set(items.flatMap((item) => locs(item, "link").map(pathnameOf)));
};

/** Which of the expected article paths an RSS feed leaves out. */
export const missingFromRss = (dir: string, expected: string[], feed = "rss.xml"): string[] => {
  const listed = readRssPaths(dir, feed);
  return expected.filter((p) => !listed.has(p)).map((p) => `${feed}: no item links to ${p}.`);
};

export interface IndexedPage {
  url: string;
  title: string;
}

/**
 * The pages in a Pagefind index (`<site>/pagefind/`), read from its fragment files
 * (gzip-compressed JSON after a `pagefind_dcd` signature).
 */
export const readPagefindPages = (dir: string): IndexedPage[] => {
  const bundle = path.join(dir, "pagefind");
  for (const needed of ["pagefind.js", "pagefind-entry.json"]) {
    if (!existsSync(path.join(bundle, needed))) {
      throw new Error(
        `${path.join(bundle, needed)} does not exist: run Pagefind after the build (npm run build does).`,
      );
    }
  }
  const fragments = path.join(bundle, "fragment");
  if (!existsSync(fragments)) return [];
  return readdirSync(fragments)
    .filter((name) => name.endsWith(".pf_fragment"))
    .map((name) => {
      const text = gunzipSync(readFileSync(path.join(fragments, name))).toString("utf8");
      const json: unknown = JSON.parse(text.replace(/^pagefind_dcd/, ""));
      const record = json !== null && typeof json === "object" ? (json as Record<string, unknown>) : {};
      const meta =
        record.meta !== null && typeof record.meta === "object" ? (record.meta as Record<string, unknown>) : {};
      return { url: String(record.url ?? ""), title: String(meta.title ?? "") };
    });
};

/** Which expected pages (path and title) the search index does not hold. */
export const missingFromSearch = (dir: string, expected: IndexedPage[]): string[] => {
  const pages = readPagefindPages(dir);
  const byUrl = new Map(pages.map((page) => [page.url.replace(/index\.html$/, ""), page]));
  const problems: string[] = [];
  const squash = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase();
  for (const want of expected) {
    const found = byUrl.get(want.url);
    if (!found) problems.push(`search index: ${want.url} ("${want.title}") is not indexed.`);
    else if (!squash(found.title).includes(squash(want.title))) {
      problems.push(`search index: ${want.url} is indexed with title "${found.title}", expected "${want.title}".`);
    }
  }
  return problems;
};
