/**
 * The search page in each language (one SearchPage component): the header's ?q= runs at once,
 * the box has an accessible name in the page's language, and each page searches its own
 * language's index only (Pagefind keeps one per `<html lang>`).
 */
import { expect, test } from "@playwright/test";

const cases = [
  {
    page: "/search/",
    query: "naloxone",
    name: "Search the site",
    finds: "/resources/opioid-overdose/",
    spanish: false,
  },
  {
    page: "/es/search/",
    query: "naloxona",
    name: "Buscar en el sitio",
    finds: "/es/resources/opioid-overdose/",
    spanish: true,
  },
];

for (const { page: address, query, name, finds, spanish } of cases) {
  test(`${address} searches its own language's pages, in a box named "${name}"`, async ({ page }) => {
    await page.goto(`${address}?q=${query}`);
    await expect(page.getByRole("textbox", { name })).toHaveValue(query);
    const results = page.locator(".pagefind-ui__result-link");
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs).toContain(finds);
    expect(
      hrefs.every((href) => href.startsWith("/es/") === spanish),
      hrefs.join(", "),
    ).toBe(true);
  });
}
