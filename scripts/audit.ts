/**
 * `npm run audit`: builds the site (skip with `--no-build`), serves the built site with its pledge
 * functions (scripts/serve-site.ts), and runs Lighthouse (mobile, the default) in headless
 * Chromium on the key pages:
 *
 *   home · one article · the program finder · get help · the home page after pledging
 *
 * The "after pledging" run: Playwright (playwright-core) connects to the same Chromium that
 * Lighthouse drives, opens the home page, taps a pledge and waits for the thank-you and the
 * on-device streak, which live in that browser profile's localStorage. Lighthouse then audits
 * the home page in the same profile with `disableStorageReset`, so it measures what a returning
 * visitor sees after pledging (streak shown, form replaced). The HTTP cache is cleared first,
 * as Lighthouse does for the other runs, so its bytes compare with the first home-page run.
 * The pledge goes to the local server's in-memory store (unless the environment names a Redis
 * store), never to production.
 *
 * Prints a table of scores and bytes, and writes each report to .tmp/lighthouse/<page>.json.
 * Exits non-zero only when something fails to run (build, server, browser, an audit), never
 * because of a score.
 *
 * Options: --no-build, --port <n> (default: a free port), --out <dir>.
 * CHROME_PATH overrides /usr/bin/chromium; with --no-build, SITE_DIR serves another build folder.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./lib/chromium";
import { repoRoot } from "./lib/content";
import { freePort } from "./lib/free-port";

export const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];

export interface AuditPage {
  /** Short name used in the table and for the report file. */
  name: string;
  path: string;
  /** Pledge once (in the same browser profile) before auditing, and keep the storage. */
  afterPledge?: boolean;
}

export const PAGES: AuditPage[] = [
  { name: "home", path: "/" },
  { name: "article", path: "/resources/mutual-support-groups/" },
  { name: "program finder", path: "/programs/" },
  { name: "get help", path: "/get-help/" },
  { name: "home after pledging", path: "/", afterPledge: true },
];

export interface AuditRow {
  page: string;
  url: string;
  performance: number | undefined;
  accessibility: number | undefined;
  bestPractices: number | undefined;
  seo: number | undefined;
  /** Bytes transferred for the whole page load. */
  totalBytes: number | undefined;
  /** Bytes of JavaScript transferred. */
  scriptBytes: number | undefined;
  error?: string;
}

/** The figures of the table, from one Lighthouse result. */
export const summarise = (page: string, lhr: Result): AuditRow => {
  const score = (id: string): number | undefined => {
    const value = lhr.categories[id]?.score;
    return typeof value === "number" ? Math.round(value * 100) : undefined;
  };
  const totalBytes = lhr.audits["total-byte-weight"]?.numericValue;
  const summary = lhr.audits["resource-summary"]?.details;
  let scriptBytes: number | undefined;
  if (summary && summary.type === "table") {
    for (const item of summary.items) {
      if (item.resourceType === "script" && typeof item.transferSize === "number") scriptBytes = item.transferSize;
    }
  }
  return {
    page,
    url: lhr.finalDisplayedUrl,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    totalBytes,
    scriptBytes,
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  };
};

const kb = (bytes: number | undefined): string => (bytes === undefined ? "–" : `${(bytes / 1024).toFixed(1)} KB`);
const num = (value: number | undefined): string => (value === undefined ? "–" : String(value));

/** The results as a plain-text table. */
export const formatTable = (rows: AuditRow[]): string => {
  const header = ["page", "Performance", "Accessibility", "Best Practices", "SEO", "bytes transferred", "JavaScript"];
  const body = rows.map((r) =>
    r.error
      ? [r.page, "failed", "", "", "", "", ""]
      : [
          r.page,
          num(r.performance),
          num(r.accessibility),
          num(r.bestPractices),
          num(r.seo),
          kb(r.totalBytes),
          kb(r.scriptBytes),
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  const errors = rows.filter((r) => r.error).map((r) => `${r.page}: ${r.error}`);
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line), ...errors].join("\n");
};

const USAGE = "Use --no-build, --port <n> or --out <dir>.";

/** Reads the command line (a leading "--", as `npm run audit -- …` may pass it, is ignored). */
export const parseOptions = (args: readonly string[]): { build: boolean; port: number | undefined; out: string } => {
  let values: { build?: boolean; port?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: args[0] === "--" ? args.slice(1) : [...args],
      options: { build: { type: "boolean", default: true }, port: { type: "string" }, out: { type: "string" } },
      allowNegative: true,
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown) throw new Error(`Unknown option ${unknown}. ${USAGE}`);
    if (/'--port/.test(message)) throw new Error("--port needs a port number, e.g. --port 8890");
    if (/'--out/.test(message)) throw new Error("--out needs a folder, e.g. --out .tmp/lighthouse");
    throw new Error(`${message.replace(/\.?$/, ".")} ${USAGE}`);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port <= 0)) {
    throw new Error("--port needs a port number, e.g. --port 8890");
  }
  if (values.out === "") throw new Error("--out needs a folder, e.g. --out .tmp/lighthouse");
  return {
    build: values.build ?? true,
    port,
    out: values.out === undefined ? path.join(repoRoot, ".tmp/lighthouse") : path.resolve(values.out),
  };
};

/** Starts scripts/serve-site.ts and waits until it answers. */
const startServer = async (port: number, siteDir: string): Promise<ChildProcess> => {
  const script = path.join(repoRoot, "scripts/serve-site.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", SITE_DIR: siteDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`scripts/serve-site.ts stopped (exit ${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`scripts/serve-site.ts did not answer on port ${port} within 30 s:\n${output}`);
};

/**
 * Pledges once on the home page in the browser Lighthouse uses (same profile, so the same
 * localStorage), then checks that a reload shows the visitor's own streak.
 */
const pledgeOnce = async (cdpPort: number, origin: string): Promise<void> => {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error("Chromium has no default browser context to pledge in.");
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: "load" });
    await page.locator('button[data-choice="support"]').click();
    await page.locator("[data-done]").waitFor({ state: "visible", timeout: 15_000 });
    await page.reload({ waitUntil: "load" });
    await page.locator("[data-mine]").waitFor({ state: "visible", timeout: 15_000 });
    const stored = await page.evaluate(() => Object.keys(localStorage).length);
    if (stored === 0)
      throw new Error("The pledge left nothing in localStorage, so the 'after pledging' audit would be a plain visit.");
    // Lighthouse normally clears the HTTP cache and all storage; with storage kept, clear the
    // cache here so the bytes column stays comparable with the first home-page run.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.clearBrowserCache");
    await page.close();
  } finally {
    await browser.close();
  }
};

/** Audits one page with Lighthouse and writes its report; a failure becomes a row with its error. */
const auditPage = async (page: AuditPage, origin: string, cdpPort: number, out: string): Promise<AuditRow> => {
  const url = `${origin}${page.path}`;
  process.stdout.write(`Auditing ${page.name} (${url})…\n`);
  try {
    if (page.afterPledge) await pledgeOnce(cdpPort, origin);
    const flags: Flags = {
      port: cdpPort,
      output: "json",
      logLevel: "error",
      ...(page.afterPledge ? { disableStorageReset: true } : {}),
    };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error("Lighthouse returned no result.");
    writeFileSync(path.join(out, `${page.name.replace(/\s+/g, "-")}.json`), JSON.stringify(result.lhr, null, 1));
    return summarise(page.name, result.lhr);
  } catch (error) {
    return {
      page: page.name,
      url,
      performance: undefined,
      accessibility: undefined,
      bestPractices: undefined,
      seo: undefined,
      totalBytes: undefined,
      scriptBytes: undefined,
      error: error instanceof Error ? error.message : String(error),
    };
  }
};

const main = async (): Promise<number> => {
  const options = parseOptions(process.argv.slice(2));
  const chromePath = process.env.CHROME_PATH ?? CHROMIUM_PATH;
  if (!existsSync(chromePath)) {
    console.error(`Chromium is missing (${chromePath}). Install it with: apt-get install chromium`);
    return 1;
  }
  if (!existsSync(path.join(repoRoot, "scripts/serve-site.ts"))) {
    console.error(
      "scripts/serve-site.ts is missing: it serves the built site with the pledge functions, and the audit needs it. Add it (npm run preview uses it too), then run npm run audit again.",
    );
    return 1;
  }
  // serve-site.ts serves SITE_DIR when it is set (dist/ otherwise); a build always writes dist/.
  const siteDir = path.resolve(repoRoot, options.build ? "dist" : (process.env.SITE_DIR ?? "dist"));
  if (options.build) {
    console.log("Building the site (npm run build)…");
    const build = spawnSync("npm", ["run", "build"], { cwd: repoRoot, stdio: "inherit" });
    if (build.status !== 0) {
      console.error(`npm run build failed (exit ${build.status ?? build.signal}). Fix the build, or use --no-build.`);
      return 1;
    }
  } else if (!existsSync(path.join(siteDir, "index.html"))) {
    console.error(
      `--no-build was given, but ${path.join(siteDir, "index.html")} does not exist. Run npm run build first.`,
    );
    return 1;
  }

  const port = options.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  mkdirSync(options.out, { recursive: true });
  let server: ChildProcess | undefined;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  const rows: AuditRow[] = [];
  try {
    server = await startServer(port, siteDir);
    console.log(`Serving ${path.relative(repoRoot, siteDir)}/ at ${origin}; launching ${chromePath}…`);
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "error" });
    for (const page of PAGES) rows.push(await auditPage(page, origin, chrome.port, options.out));
  } finally {
    chrome?.kill();
    server?.kill();
  }
  console.log(
    `\nLighthouse ${PAGES.length} pages, mobile (scores 0-100). Reports: ${path.relative(repoRoot, options.out)}/\n`,
  );
  console.log(formatTable(rows));
  return rows.some((row) => row.error) ? 1 : 0;
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
