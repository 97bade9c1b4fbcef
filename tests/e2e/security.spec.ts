/**
 * The pages' Content-Security-Policy travels in a <meta> (src/lib/security/csp.ts), and the
 * preview server sends every matching header rule's CSP at once (the stricter reading of how
 * Netlify combines rules). These tests check the browser really enforces it: an injected inline
 * script does not run, on a plain page and on the home page with the pledge's own scripts.
 */
import { expect, test } from "@playwright/test";
import { PAGE_POLICY, SHARED_HEADER_DIRECTIVES } from "../../src/lib/security/csp";

for (const path of ["/", "/es/get-help/"]) {
  test(`${path}: an injected inline script is refused by the page's CSP`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toContain(SHARED_HEADER_DIRECTIVES[0]);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", PAGE_POLICY);
    const outcome = await page.evaluate(
      () =>
        new Promise<{ directive: string; ran: boolean }>((resolve) => {
          document.addEventListener("securitypolicyviolation", (event) =>
            resolve({ directive: event.effectiveDirective, ran: "__injected" in window }),
          );
          const script = document.createElement("script");
          script.textContent = "window.__injected = true;";
          document.head.append(script);
        }),
    );
    expect(outcome).toEqual({ directive: "script-src-elem", ran: false });
  });
}

test("the home page's own scripts run under the CSP, with no violation reported", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  // The pledge script asks for the feed as soon as it runs.
  const feed = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/feed");
  await page.goto("/");
  await feed;
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});
