/**
 * The search page in each language (one SearchPage component): the header's ?q= runs at once,
 * the box has an accessible name in the page's language, and each page searches its own
 * language's index only (Spanish: tests/e2e/spanish.spec.ts).
 */
import { expect, test } from "@playwright/test";

test("the English search page searches the English pages, with a named search box", async ({ page }) => {
  await page.goto("/search/?q=naloxone");
  await expect(page.getByRole("textbox", { name: "Search the site" })).toHaveValue("naloxone");
  const results = page.locator(".pagefind-ui__result-link");
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs).toContain("/resources/opioid-overdose/");
  expect(
    hrefs.some((href) => href.startsWith("/es/")),
    hrefs.join(", "),
  ).toBe(false);
});

test("the Spanish search box is named in Spanish", async ({ page }) => {
  await page.goto("/es/search/?q=naloxona");
  await expect(page.getByRole("textbox", { name: "Buscar en el sitio" })).toHaveValue("naloxona");
});
