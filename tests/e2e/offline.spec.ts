/**
 * The library offline and installable: the service worker keeps an article opened once, the
 * help page, the program guides and the glossary for reading with no network, shows the offline
 * page for the rest, and never keeps an /api/ answer; the web app manifest is valid and its
 * icons are reachable.
 */
import { readdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { PAGE_POLICY } from "../../src/lib/security/csp";

/** An article that exists in this build. */
const article = (n: number) => {
  const slugs = readdirSync("dist/resources", { withFileTypes: true }).filter((e) => e.isDirectory());
  const slug = slugs[n]?.name;
  if (!slug) throw new Error("dist/resources has too few articles: run `npm run build`.");
  return `/resources/${slug}/`;
};

async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
    }
  });
}

test("an article opened once loads with the network off; the rest shows the offline page", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await waitForWorker(page);
  await page.goto(article(0));
  const title = await page.locator("h1").first().textContent();
  expect(title).toMatch(/\S/);

  await context.setOffline(true);
  await page.goto(article(0));
  await expect(page.locator("h1").first()).toHaveText(title ?? "");
  // Styled from the cache too: the stylesheet is precached.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe("");

  await page.goto("/glossary/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/get-help/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // A Spanish reader's help page and program finder are kept too.
  await page.goto("/es/get-help/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/es/programs/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto(article(1));
  await expect(page.getByRole("heading", { name: "You're offline" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sin conexión" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Call or text 988", exact: true })).toHaveAttribute(
    "href",
    "tel:988",
  );
  const apiOffline = await page.evaluate(() =>
    fetch("/api/stats", { cache: "no-store" }).then(
      () => "answered",
      () => "failed",
    ),
  );
  expect(apiOffline, "no pledge or feed answer is served from a cache").toBe("failed");

  await context.setOffline(false);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(cached).toContain(article(0));
  expect(cached.filter((u) => u.startsWith("/api/"))).toEqual([]);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test("the web app manifest is valid and its icons are reachable", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const response = await request.get(href ?? "");
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as Record<string, unknown> & {
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: "The Daily Pledge",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
  });
  for (const need of ["192x192 any", "512x512 any", "192x192 maskable", "512x512 maskable", "any maskable"]) {
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toContain(need);
  }
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"]).toContain(icon.type);
    if (icon.type === "image/png") expect(pngSize(await file.body()), icon.src).toBe(icon.sizes);
  }
  // The worker takes its CSP from its own response: the pages' policy, which allows the manifest
  // and the worker (the pages carry it in a <meta>, tests/e2e/security.spec.ts).
  const workerPolicy = (await request.get("/sw.js")).headers()["content-security-policy"] ?? "";
  expect(workerPolicy).toContain(PAGE_POLICY);
  expect(workerPolicy).toContain("worker-src 'self'");
  expect(workerPolicy).toContain("manifest-src 'self'");
  expect(workerPolicy).not.toContain("unsafe-inline");
});
