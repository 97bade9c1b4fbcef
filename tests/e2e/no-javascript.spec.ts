/** The pledge as a plain HTML form, with JavaScript turned off. */
import { expect, test } from "@playwright/test";
import { choice, PLEDGES, statsToday } from "./helpers";

test.use({ javaScriptEnabled: false });

test("without JavaScript the form pledges and lands on the thank-you page", async ({ page, request }) => {
  const before = await statsToday(request);
  await page.goto("/");
  // (The <noscript> note is not checked: Chromium with JavaScript disabled by Playwright still
  // parses <noscript> as if scripting were on, so it never renders in this test.)
  await choice(page, PLEDGES.selfCare).click();

  await expect(page).toHaveURL(/\/thank-you\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Thank you. Your pledge is counted." })).toBeVisible();
  expect(await statsToday(request)).toBe(before + 1);

  // The same browser again: the service recognises it and the page says so, without JavaScript.
  await page.goto("/");
  await choice(page, PLEDGES.selfCare).click();
  await expect(page).toHaveURL(/\/thank-you\/#already$/);
  await expect(page.getByRole("heading", { level: 1, name: "You already pledged today" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you. Your pledge is counted." })).toBeHidden();
  expect(await statsToday(request)).toBe(before + 1);
});

test("without JavaScript a refused pledge shows the problem on the home page", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Add a name or note (optional)").click();
  await page.getByLabel("A short note").fill("Write to me at someone@example.com");
  await choice(page, PLEDGES.recovery).click();

  await expect(page).toHaveURL(/\/#pledge-error-note_contact$/);
  await expect(page.locator("#pledge-error-note_contact")).toBeVisible();
  await expect(page.locator("#pledge-error-name_contact")).toBeHidden();
});
