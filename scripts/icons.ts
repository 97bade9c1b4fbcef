/**
 * `npx tsx scripts/icons.ts`: draws the app icons in public/icons/ from public/favicon.svg with
 * Debian's Chromium (playwright-core), since sharp's native install is not allowed here.
 * Run it again after changing the favicon, and commit the PNGs.
 *
 *   icon-192.png, icon-512.png           the favicon as is (rounded corners, transparent outside)
 *   maskable-192.png, maskable-512.png   square, full-bleed background, the heart well inside the
 *                                        central 80% circle that Android may crop to
 *   maskable.svg                         the same, as a vector
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./lib/chromium";
import { repoRoot } from "./lib/content";

const publicDir = path.join(repoRoot, "public");
const outDir = path.join(publicDir, "icons");
const favicon = readFileSync(path.join(publicDir, "favicon.svg"), "utf8");

/** The favicon without its rounded corners: Android applies its own mask shape. */
function maskable(svg: string): string {
  const square = svg.replace(/\s+rx="[^"]*"/, "");
  if (square === svg) throw new Error("public/favicon.svg: expected a rounded <rect rx=…> as its background.");
  return square;
}

const sources = { icon: favicon, maskable: maskable(favicon) };

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "maskable.svg"), sources.maskable);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    for (const [name, svg] of Object.entries(sources)) {
      for (const size of [192, 512]) {
        await page.setViewportSize({ width: size, height: size });
        const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
        await page.setContent(
          `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}" alt="">`,
        );
        await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
        const file = path.join(outDir, `${name}-${size}.png`);
        writeFileSync(file, await page.screenshot({ omitBackground: true }));
        console.log(`[icons] ${path.relative(repoRoot, file)}`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
