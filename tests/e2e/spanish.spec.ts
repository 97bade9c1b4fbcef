/**
 * The site in Spanish: a pledge from /es/ counts in the same community counter as /, the page and
 * its feed speak Spanish from the same script, the language switcher keeps the page, the
 * Spanish help page passes axe, and a Spanish pledge without JavaScript lands on Spanish pages.
 */
import { expect, test } from "@playwright/test";
import { expectNoViolations, expectShownToday, feedEntry, shownToday, statsToday, unique } from "./helpers";

const APOYO = "Hoy apoyo a un ser querido en recuperación";

test("a Spanish visitor pledges from /es/ and the English counter on / rises by one", async ({
  page,
  context,
  request,
}) => {
  await page.goto("/");
  const before = await shownToday(page);
  expect(before).toBe(await statsToday(request));

  // Another visitor, another device: a fresh page in a new context reads Spanish.
  const spanish = await context.browser()?.newPage();
  if (!spanish) throw new Error("no browser to open a second visitor");
  await spanish.goto("/es/");
  await expect(spanish.locator("html")).toHaveAttribute("lang", "es");
  await shownToday(spanish);
  const note = unique("un dia a la vez");
  await spanish.getByText("Agregar un nombre o una nota (opcional)").click();
  await spanish.getByLabel("Nombre o apodo").fill("Lucía");
  await spanish.getByLabel("Una nota breve").fill(note);
  await spanish.getByRole("button", { name: APOYO, exact: true }).click();

  await expect(spanish.getByRole("heading", { name: "Gracias. Su promesa está contada." })).toBeVisible();
  await expect(spanish.locator("[data-done-text]")).toContainText(`Hoy prometió: «${APOYO}».`);
  await expect(spanish.locator("[data-counter-today-label]")).toHaveText(
    /^(persona hizo|personas hicieron) su promesa hoy$/,
  );
  const mine = feedEntry(spanish, note);
  await expect(mine.locator("[data-entry-kind]")).toHaveText(APOYO);
  await expect(mine.locator("[data-entry-name]")).toHaveText("Lucía");
  await expect(mine.getByRole("button", { name: "Abrazo" })).toBeVisible();
  await spanish.close();

  expect(await statsToday(request)).toBe(before + 1);
  // A fresh English visitor (the first page's browser may keep /api/stats for 5 seconds).
  const later = await context.browser()?.newPage();
  if (!later) throw new Error("no browser to open a third visitor");
  await later.goto("/");
  await expectShownToday(later, before + 1);
  // The same entry in the English feed: the kind in English, the note as its writer wrote it.
  const english = feedEntry(later, note);
  await expect(english.locator("[data-entry-kind]")).toHaveText("Today I support someone I love in recovery");
  await expect(english.locator("[data-entry-note]")).toHaveText(note);
  await later.close();
});

test("a problem from the server is shown in Spanish, by its code", async ({ page }) => {
  await page.goto("/es/");
  await page.getByText("Agregar un nombre o una nota (opcional)").click();
  await page.getByLabel("Una nota breve").fill("escríbame a alguien@example.com");
  await page.getByRole("button", { name: "Hoy me cuido", exact: true }).click();
  const message = "Por favor, no ponga enlaces, correos electrónicos ni números de teléfono en su nota.";
  await expect(page.locator("[data-field-problem='note']")).toContainText(message);
  await expect(page.getByLabel("Una nota breve")).toHaveAttribute("aria-invalid", "true");
});

test("the language switcher keeps the page, both ways, and hreflang names both", async ({ page }) => {
  for (const [english, spanish] of [
    ["/get-help/", "/es/get-help/"],
    ["/resources/healthy-communication/", "/es/resources/healthy-communication/"],
    ["/programs/al-anon/", "/es/programs/al-anon/"],
    ["/programs/family-meetings/", "/es/programs/family-meetings/"],
  ] as const) {
    await page.goto(english);
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute(
      "href",
      new RegExp(`${spanish}$`),
    );
    await page.getByRole("link", { name: "Leer esta página en español" }).click();
    await expect(page).toHaveURL(new RegExp(`${spanish}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      "href",
      new RegExp(`${english}$`),
    );
    await page.getByRole("link", { name: "Read this page in English" }).click();
    await expect(page).toHaveURL(new RegExp(`${english}$`));
  }
  // A page with no Spanish version: the switcher goes to the Spanish home page.
  await page.goto("/glossary/");
  await page.getByRole("link", { name: "Leer esta página en español" }).click();
  await expect(page).toHaveURL(/\/es\/$/);
});

test("the Spanish help page passes axe, and every call or text link is a phone link", async ({ page }) => {
  const response = await page.goto("/es/get-help/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Obtenga ayuda ahora");
  await expect(page.getByRole("link", { name: /Llame al 988 y oprima el 2/ }).first()).toHaveAttribute(
    "href",
    "tel:988",
  );
  await expect(page.getByRole("link", { name: /Envíe AYUDA al 988/ }).first()).toHaveAttribute(
    "href",
    "sms:988?&body=AYUDA",
  );
  await expectNoViolations(page, "/es/get-help/");
});

test("/es/, a Spanish article, the Spanish finder, a filter page and a guide page pass axe", async ({ page }) => {
  for (const path of [
    "/es/",
    "/es/resources/opioid-overdose/",
    "/es/programs/",
    "/es/programs/family-meetings/",
    "/es/programs/al-anon/",
  ]) {
    await page.goto(path);
    if (path === "/es/") await shownToday(page);
    await expectNoViolations(page, path);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a Spanish pledge lands on the Spanish thank-you page, and a problem on the Spanish home page", async ({
    page,
  }) => {
    await page.goto("/es/");
    await page.getByRole("button", { name: "Hoy me cuido", exact: true }).click();
    await expect(page).toHaveURL(/\/es\/thank-you\/(#already)?$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");

    await page.goto("/es/#pledge-error-rate_limited");
    await expect(page.locator("#pledge-error-rate_limited")).toBeVisible();
    await expect(page.locator("#pledge-error-rate_limited")).toContainText("Hubo demasiados intentos");
  });
});
