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

test("without JavaScript the breathing practice shows its steps once and never mentions a Start button", async ({
  page,
}) => {
  await page.goto("/resources/finding-calm/");
  const practice = page.locator("[data-breathing]");
  await expect(practice.getByText("Breathe in slowly through your nose while you count to 4.")).toBeVisible();
  await expect(practice.getByRole("button")).toBeHidden();
  // Nothing the reader can see tells them to press a button that only JavaScript would show.
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is the point: it leaves out the hidden timer panel, as a reader would.
  const visible = await page.locator("main").innerText();
  expect(visible).not.toMatch(/\bStart\b/);
  // The steps are written once on the page, not again in the article around the practice.
  expect(visible.match(/count to 4/g)).toHaveLength(1);
});

test("without JavaScript the thought record shows a blank worksheet, and printing keeps it", async ({ page }) => {
  await page.goto("/resources/challenging-our-thoughts/");
  const record = page.locator("[data-thought-record]");
  const worksheet = record.getByRole("group", { name: "Blank thought record to print and fill in by hand" });
  await expect(record.locator("form")).toBeHidden();
  await expect(worksheet.getByText("My automatic thought")).toBeVisible();
  await expect(record.getByText("needs JavaScript")).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(worksheet.getByText("Evidence against the thought")).toBeVisible();
  await expect(record.getByText("needs JavaScript")).toBeHidden();
});
