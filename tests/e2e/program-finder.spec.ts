/**
 * The program finder treats certainty honestly, with and without JavaScript: a filter such as
 * "has meetings for family and friends" lists only firm yes answers, says how many more may fit
 * (the answer varies by group or is not confirmed), and lets the reader see them. The expected
 * numbers come from the content itself, through the same matching code the site uses.
 */
import { expect, test } from "@playwright/test";
import { loadAll } from "../../scripts/lib/content";
import { type Choice, finderData, matchProgram, NO_CHOICE } from "../../src/lib/content/finder";

const programs = loadAll().entries.flatMap((e) => (e.kind === "programs" && !e.data.draft ? [e.data] : []));
const count = (choice: Choice, match: "yes" | "maybe") =>
  programs.filter((p) => matchProgram(finderData(p), choice) === match).length;
const family = { ...NO_CHOICE, family: true };
const plural = (n: number) => (n === 1 ? "1 program" : `${n} programs`);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the family-meetings page lists firm matches, counts the maybes and can show them", async ({ page }) => {
    const yes = count(family, "yes");
    const maybe = count(family, "maybe");
    expect(maybe, "the content has programs whose family meetings vary or are not confirmed").toBeGreaterThan(0);
    await page.goto("/programs/family-meetings/");
    await expect(page.getByRole("heading", { level: 2, name: plural(yes) })).toBeVisible();
    await expect(page.locator("[data-finder-list] > li")).toHaveCount(yes);

    const heading = page.getByRole("heading", { name: `${maybe} more program${maybe === 1 ? "" : "s"} may have` });
    await expect(heading).toContainText("ask the group first");
    const hidden = page.locator("section.maybe .card");
    await expect(hidden.first()).toBeHidden();
    await page.locator("section.maybe summary").click();
    await expect(hidden).toHaveCount(maybe);
    await expect(hidden.first()).toBeVisible();
  });
});

test.describe("with JavaScript", () => {
  test("a ticked box shows firm matches, says how many more may fit, and shows them on request", async ({ page }) => {
    const yes = count(family, "yes");
    const maybe = count(family, "maybe");
    await page.goto("/programs/?family=yes");
    const status = page.locator("[data-finder-status]");
    await expect(status).toContainText(`${yes === 1 ? "1 program matches" : `${yes} programs match`}`);
    await expect(status).toContainText(`${maybe} more program`);
    await expect(page.locator("[data-finder-list] > li:visible")).toHaveCount(yes);

    await page.getByLabel("Also show programs that may fit").check();
    await expect(page.locator("[data-finder-list] > li:visible")).toHaveCount(yes + maybe);
    await expect(page).toHaveURL(/maybe=yes/);
  });

  test("a program filed under several approaches matches each of them", async ({ page }) => {
    const both = programs.filter((p) => p.approaches.includes("twelve-step") && p.approaches.includes("faith-based"));
    expect(both.length, "the content has a program that is Twelve Step and faith-based").toBeGreaterThan(0);
    for (const approach of ["twelve-step", "faith-based"]) {
      await page.goto(`/programs/?approach=${approach}`);
      const list = page.locator("[data-finder-list]");
      for (const p of both) await expect(list.getByRole("heading", { name: p.name })).toBeVisible();
    }
  });
});
