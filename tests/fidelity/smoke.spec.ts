/**
 * A short browser pass over a running site at SITE_BASE_URL (`npm run test:fidelity` starts
 * Netlify's own runtime or the preview server): a pledge is counted and shown in the feed, it can
 * be hugged, and a page and a function answer carry their security headers.
 */
import { expect, test } from "@playwright/test";
import {
  addNameAndNote,
  choice,
  expectShownToday,
  feedEntry,
  PLEDGES,
  shownToday,
  statsToday,
  unique,
} from "../e2e/helpers";

test("pledge, counter, feed and a hug work, with the security headers in place", async ({ page, request }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const pageHeaders = response?.headers() ?? {};
  expect(pageHeaders["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    "content",
    /script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/,
  );
  expect(pageHeaders["x-content-type-options"]).toBe("nosniff");

  const before = await shownToday(page);
  expect(before).toBe(await statsToday(request));
  const note = unique("smoke test");
  await addNameAndNote(page, "Kai", note);
  await choice(page, PLEDGES.support).click();
  await expect(page.getByRole("heading", { name: "Thank you. Your pledge is counted." })).toBeVisible();
  await expectShownToday(page, before + 1);
  expect(await statsToday(request)).toBe(before + 1);

  const entry = feedEntry(page, note);
  await expect(entry).toHaveCount(1);
  await expect(entry.locator("[data-entry-name]")).toHaveText("Kai");
  const hug = entry.getByRole("button", { name: "Hug" });
  await hug.click();
  await expect(hug).toHaveAttribute("aria-pressed", "true");
  await expect(entry.locator("[data-entry-hugs]")).toHaveText("1 hug");

  const api = await request.get("/api/feed");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});
