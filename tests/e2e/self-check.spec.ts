/** The self-check's safety questions and the help page's phone links, in a real browser. */
import { expect, type Page, test } from "@playwright/test";

const PAGE = "/resources/how-substance-use-has-affected-you/";

/** The radio button for an answer to the safety question whose words start with `question`. */
const answer = (page: Page, question: string, words: "Yes" | "No" | "Not sure") =>
  page.getByRole("group", { name: new RegExp(`^${question}`) }).getByRole("radio", { name: words, exact: true });

test("a Yes to a safety question shows the matching help first, and is never kept", async ({ page }) => {
  await page.goto(PAGE);
  const results = page.locator("[data-live]");
  await answer(page, "Have you had thoughts of hurting yourself", "Yes").check();
  await page.getByRole("radio", { name: "Often" }).first().check();
  await page.getByRole("button", { name: "See my results" }).click();

  await expect(results.getByRole("link", { name: "Call 988" })).toHaveAttribute("href", "tel:988");
  await expect(results.getByRole("link", { name: "Text 988" })).toHaveAttribute("href", "sms:988");
  await expect(results.getByRole("link", { name: "Call 911" })).toHaveCount(0);
  await expect(results.getByRole("link", { name: "Text START to 88788" })).toHaveCount(0);
  // The summary of the ten statements still follows the help.
  await expect(results).toContainText("This is not a test or a diagnosis.");

  await answer(page, "Are you afraid that someone at home", "Not sure").check();
  await answer(page, "Is anyone in danger right now", "Yes").check();
  await page.getByRole("button", { name: "See my results" }).click();
  const links = results.getByRole("link");
  await expect(links.first()).toHaveAttribute("href", "tel:911");
  await expect(results.getByRole("link", { name: "Text START to 88788" })).toHaveAttribute(
    "href",
    "sms:88788?&body=START",
  );
  await expect(results.getByRole("link", { name: "Call 1-800-799-7233" })).toHaveAttribute("href", "tel:+18007997233");

  await page.getByRole("button", { name: "Keep my answers on this device" }).click();
  const kept = await page.evaluate(() => localStorage.getItem("dailypledge:self-check"));
  expect(kept).toContain("often");
  expect(kept).not.toContain("safety");

  // Kept answers come back on the next visit; the safety answers do not.
  await page.reload();
  await expect(answer(page, "Have you had thoughts of hurting yourself", "Yes")).not.toBeChecked();
  await expect(page.getByRole("radio", { name: "Often" }).first()).toBeChecked();
});

test("answering No to every safety question shows no crisis help", async ({ page }) => {
  await page.goto(PAGE);
  for (const question of ["Are you afraid", "Have you had thoughts", "Is anyone in danger"]) {
    await answer(page, question, "No").check();
  }
  await page.getByRole("radio", { name: "Sometimes" }).first().check();
  await page.getByRole("button", { name: "See my results" }).click();
  const results = page.locator("[data-live]");
  await expect(results).toContainText("Some of these things are part of your life right now.");
  await expect(results.getByRole("link")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the safety questions are shown with all the help", async ({ page }) => {
    await page.goto(PAGE);
    const note = page.locator("[data-nojs]");
    await expect(note).toContainText("Is anyone in danger right now?");
    await expect(note.getByRole("link", { name: "911" })).toHaveAttribute("href", "tel:911");
    await expect(note.getByRole("link", { name: "988" })).toHaveAttribute("href", "tel:988");
    await expect(note.getByRole("link", { name: "Text START to 88788" })).toHaveAttribute(
      "href",
      "sms:88788?&body=START",
    );
  });
});

test("every call or text link on the help page is a phone link a phone can open", async ({ page }) => {
  await page.goto("/get-help/");
  const hrefs = await page
    .locator('a[href^="tel:"], a[href^="sms:"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) expect(href).toMatch(/^(?:tel:(?:\+1\d{10}|\d{3})|sms:\d{3,11}(?:\?&body=[A-Z]+)?)$/);
  for (const needed of [
    "tel:911",
    "tel:+18007997233",
    "sms:88788?&body=START",
    "tel:+18002221222",
    "sms:988?&body=AYUDA",
  ]) {
    expect(hrefs).toContain(needed);
  }
  await expect(page.getByRole("link", { name: /opioid overdose: the signs/ })).toHaveAttribute(
    "href",
    "/resources/opioid-overdose/",
  );
});
