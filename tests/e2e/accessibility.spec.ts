/** axe-core finds no WCAG 2.2 A/AA violations on the pages people in a hard moment reach first. */
import { expect, test } from "@playwright/test";
import { choice, expectNoViolations, PLEDGES, shownToday } from "./helpers";

test("home page, before and after pledging", async ({ page }) => {
  await page.goto("/");
  await shownToday(page);
  await expect(page.locator("[data-feed-status]")).not.toHaveText("Loading recent pledges…");
  await expectNoViolations(page, "/ (pledge form)");

  await choice(page, PLEDGES.support).click();
  await expect(page.getByRole("heading", { name: "Thank you. Your pledge is counted." })).toBeVisible();
  await expect(page.locator("[data-feed-list] > li").first()).toBeVisible();
  await page.locator("[data-feed-list] > li").first().getByRole("button", { name: "Report" }).click();
  await expectNoViolations(page, "/ (after pledging, report confirmation open)");
});

for (const path of [
  "/get-help/",
  "/resources/opioid-overdose/",
  "/resources/mutual-support-groups/",
  "/programs/al-anon/",
  "/programs/",
  "/programs/family-meetings/",
]) {
  test(`${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), `${path} should exist`).toBe(200);
    await expectNoViolations(page, path);
  });
}

test("thank-you page, all three variants", async ({ page }) => {
  for (const hash of ["", "#already", "#held"]) {
    await page.goto(`/thank-you/${hash}`);
    await expectNoViolations(page, `/thank-you/${hash}`);
  }
});

test("self-check with safety help shown", async ({ page }) => {
  await page.goto("/resources/how-substance-use-has-affected-you/");
  for (const question of ["Are you afraid", "Have you had thoughts", "Is anyone in danger"]) {
    await page
      .getByRole("group", { name: new RegExp(`^${question}`) })
      .getByRole("radio", { name: "Yes" })
      .check();
  }
  await page.getByRole("button", { name: "See my results" }).click();
  await expect(page.locator("[data-live]").getByRole("link", { name: "Call 911" })).toBeVisible();
  await expectNoViolations(page, "self-check results with safety help");
});
