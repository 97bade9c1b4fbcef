/**
 * The program finder treats certainty honestly, with and without JavaScript: a filter such as
 * "has meetings for family and friends" lists only firm yes answers, says how many more may fit
 * (the answer varies by group or is not confirmed), and lets the reader see them. The expected
 * numbers come from the content itself, through the same matching code the site uses. The Spanish
 * finder (/es/programs/, the same component) is checked the same way, in its own words.
 */
import { expect, type Page, test } from "@playwright/test";
import { loadAll } from "../../scripts/lib/content";
import { type Choice, finderData, matchProgram, NO_CHOICE } from "../../src/lib/content/finder";
import { expectNoViolations } from "./helpers";

const programs = loadAll().entries.flatMap((e) => (e.kind === "programs" && !e.data.draft ? [e.data] : []));
const count = (choice: Choice, match: "yes" | "maybe") =>
  programs.filter((p) => matchProgram(finderData(p), choice) === match).length;
const family = { ...NO_CHOICE, family: true };
const plural = (n: number) => (n === 1 ? "1 program" : `${n} programs`);
const pluralEs = (n: number) => (n === 1 ? "1 programa" : `${n} programas`);
/** Without JavaScript, the maybes are in a closed <details>: hidden until its summary is clicked. */
const expectMaybesOnRequest = async (page: Page, maybe: number) => {
  const hidden = page.locator("section.maybe .card");
  await expect(hidden.first()).toBeHidden();
  await page.locator("section.maybe summary").click();
  await expect(hidden).toHaveCount(maybe);
  await expect(hidden.first()).toBeVisible();
};

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
    await expectMaybesOnRequest(page, maybe);
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

test.describe("in Spanish, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Spanish family-meetings page lists firm matches, counts the maybes and can show them", async ({ page }) => {
    const yes = count(family, "yes");
    const maybe = count(family, "maybe");
    await page.goto("/es/programs/");
    // No script: the form stays hidden and the static filter links lead to the Spanish filter page.
    await expect(page.locator("form[data-finder]")).toBeHidden();
    await page.getByRole("link", { name: /^Tiene reuniones para familias y amigos \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/es\/programs\/family-meetings\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programas con reuniones para familias y amigos");
    await expect(page.getByRole("heading", { level: 2, name: pluralEs(yes), exact: true })).toBeVisible();
    await expect(page.locator("[data-finder-list] > li")).toHaveCount(yes);
    // Cards lead to the Spanish program pages.
    await expect(page.locator("[data-finder-list] h3 a").first()).toHaveAttribute("href", /^\/es\/programs\/[^/]+\/$/);

    const more = maybe === 1 ? "1 programa más podría" : `${maybe} programas más podrían`;
    const heading = page.getByRole("heading", { name: `${more} tener reuniones para familias y amigos` });
    await expect(heading).toContainText("varía según el grupo o no está confirmado, así que pregunte al grupo primero");
    await expectMaybesOnRequest(page, maybe);
  });
});

test.describe("in Spanish, with JavaScript", () => {
  test("a ticked box shows firm matches, says in Spanish how many more may fit, and shows them on request", async ({
    page,
  }) => {
    const yes = count(family, "yes");
    const maybe = count(family, "maybe");
    await page.goto("/es/programs/");
    await page.getByLabel("Tiene reuniones para familias y amigos").check();
    const status = page.locator("[data-finder-status]");
    await expect(status).toContainText(
      `${yes === 1 ? "Coincide 1" : `Coinciden ${yes}`} de ${programs.length} programas.`,
    );
    await expect(status).toContainText(`${maybe} programa${maybe === 1 ? "" : "s"} más podría`);
    await expect(status).toContainText("pregunte al grupo primero");
    await expect(page.locator("[data-finder-list] > li:visible")).toHaveCount(yes);
    await expect(page).toHaveURL(/\/es\/programs\/\?family=yes$/);

    await page.getByLabel("Mostrar también los programas que podrían servirle").check();
    await expect(page.locator("[data-finder-list] > li:visible")).toHaveCount(yes + maybe);
    await expect(status).toContainText("También se muestran.");
    await expect(page).toHaveURL(/maybe=yes/);

    await page.getByRole("button", { name: "Borrar los filtros" }).click();
    await expect(page.locator("[data-finder-list] > li:visible")).toHaveCount(programs.length);
  });

  test("the Spanish finder passes axe, with its form shown", async ({ page }) => {
    await page.goto("/es/programs/?family=yes&maybe=yes");
    await expect(page.locator("form[data-finder]")).toBeVisible();
    await expectNoViolations(page, "/es/programs/ with its form");
  });
});
