/**
 * The evening check-in and the daily reminder on the Spanish home page: after a pledge from
 * /es/ in the evening, the check-in asks in Spanish, answers a day not kept warmly with help one
 * tap away (/es/get-help/), keeps the answer across a reload and in the other language (one
 * store on the device), passes axe while shown, and the calendar file is a Spanish event at the
 * chosen time linking back to /es/.
 */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { downloadCalendarEvent, expectNoViolations, shownToday, unique } from "./helpers";

const today = () => new Date().toISOString().slice(0, 10);

test("/ and /es/ load the same check-in and reminder scripts, each page handing them its own words", () => {
  const page = (file: string) => readFileSync(file, "utf8");
  const scripts = (html: string) =>
    [...html.matchAll(/<script[^>]*\ssrc="\/_astro\/((?:CheckIn|Reminder)[^"]+)"/g)].map((m) => m[1]);
  const english = page("dist/index.html");
  const spanish = page("dist/es/index.html");
  expect(scripts(english)).toHaveLength(2);
  expect(scripts(spanish)).toEqual(scripts(english));
  const words = (html: string, attribute: string) =>
    JSON.parse(new RegExp(`<script type="application/json" ${attribute}>([^<]*)</script>`).exec(html)?.[1] ?? "null");
  expect(words(spanish, "data-checkin-words")).toMatchObject({ lang: "es", locale: "es" });
  expect(words(spanish, "data-reminder-words")).toMatchObject({ lang: "es", home: "/es/" });
  expect(words(english, "data-reminder-words")).toMatchObject({ lang: "en", home: "/" });
});

test.describe("in UTC", () => {
  // The browser's day is today's UTC date, so the service accepts the pledge's date.
  test.use({ timezoneId: "UTC" });

  test("after a pledge from /es/, the evening check-in asks in Spanish and keeps the answer", async ({ page }) => {
    await page.clock.setFixedTime(new Date(`${today()}T20:00:00Z`));
    await page.goto("/es/");
    await shownToday(page);
    await expect(page.getByRole("heading", { name: "¿Cómo le fue hoy?" })).toBeHidden();
    await page.getByRole("button", { name: "Hoy me cuido", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Gracias. Su promesa está contada." })).toBeVisible();

    await expect(page.getByRole("heading", { name: "Su día" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "¿Cómo le fue hoy?" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Cumplí mi promesa" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Fue difícil, pero aquí estoy" })).toBeVisible();
    const note = unique("una nota privada");
    await page.getByLabel("Una nota privada (opcional)").fill(note);
    await page.getByRole("button", { name: "Hoy no la cumplí" }).click();

    await expect(page.getByRole("heading", { name: "Gracias por su honestidad." })).toBeFocused();
    await expect(page.getByText("Mañana es una nueva promesa.")).toBeVisible();
    await expect(page.locator("[data-reply-text]")).toContainText("Ha hecho su promesa en 1 día,");
    const help = page.locator("[data-checkin]").getByRole("link", { name: "Más formas de obtener ayuda" });
    await expect(help).toBeVisible();
    await expect(help).toHaveAttribute("href", "/es/get-help/");
    await expect(page.locator("[data-checkin] [data-reply-help]")).toContainText("Llame al 988 y oprima el 2");
    await expect(page.locator("[data-checkin-tally]")).toHaveText(
      "Días con promesa: 1. Días cumplidos: 0 de 1 con respuesta.",
    );
    await expect(page.locator("[data-checkin-live]")).toHaveText("Su respuesta se guardó en este dispositivo.");

    await page.getByText("Sus últimos 30 días").click();
    await expectNoViolations(page, "/es/ with the check-in shown");

    await page.reload();
    await expect(page.getByRole("heading", { name: "Gracias por su honestidad." })).toBeVisible();
    await expect(page.getByText(`Su nota: ${note}`)).toBeVisible();
    await page.getByText("Sus últimos 30 días").click();
    const days = page.getByRole("list", { name: "Sus últimos 30 días" }).getByRole("listitem");
    await expect(days).toHaveCount(30);
    const weekday = new Intl.DateTimeFormat("es", { weekday: "long", timeZone: "UTC" }).format(new Date());
    await expect(days.last()).toContainText(
      new RegExp(`^\\d+ ○${weekday}, \\d+ de \\p{L}+: promesa hecha, no cumplida$`, "u"),
    );

    // The same device in English: the same answer, in English words.
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Thank you for being honest." })).toBeVisible();
    await expect(page.getByText(`Your note: ${note}`)).toBeVisible();
  });
});

test.describe("in Mexico City", () => {
  test.use({ timezoneId: "America/Mexico_City" });

  test("the calendar reminder from /es/ is a Spanish daily event at the chosen time, linking to /es/", async ({
    page,
  }) => {
    await page.goto("/es/");
    const { filename, event } = await downloadCalendarEvent(
      page,
      { timeLabel: "Recordarme todos los días a las", button: "Agregar a mi calendario" },
      "20:30",
    );
    expect(filename).toBe("recordatorio-promesa-diaria.ics");
    const home = `${new URL(page.url()).origin}/es/#pledge`;
    expect(event).toContain("RRULE:FREQ=DAILY");
    expect(event.find((l) => l.startsWith("DTSTART"))).toMatch(/^DTSTART;TZID=America\/Mexico_City:\d{8}T203000$/);
    expect(event).toContain("SUMMARY:Su promesa diaria");
    expect(event).toContain(`DESCRIPTION:Un toque\\, sin cuenta: ${home}`);
    expect(event).toContain(`URL;VALUE=URI:${home}`);
    expect(event).toContain("DESCRIPTION:Es hora de su promesa diaria");
    await expect(page.getByRole("status")).toHaveText(
      "Su archivo de calendario se está descargando. Ábralo para agregar un recordatorio todos los días a las 20:30.",
    );
  });
});

/**
 * The browser's side of push notifications from /es/. The built site has no VAPID key (so no
 * push block) and headless Chromium reaches no real push service: the test adds the block the
 * component renders with a key, and stands in for the browser's push manager. What it proves is
 * the script's part: the subscription goes to /api/reminders with lang "es", and every message
 * is in Spanish with the time written the Spanish way.
 */
test("notifications turned on from /es/ are asked for in Spanish", async ({ page, context }) => {
  await context.route("**/sw.js", (route) => route.fulfill({ status: 404, body: "" }));
  await page.addInitScript(() => {
    let current: unknown = null;
    const subscription = {
      endpoint: "https://fcm.googleapis.com/fcm/send/test-endpoint",
      toJSON: () => ({
        endpoint: "https://fcm.googleapis.com/fcm/send/test-endpoint",
        keys: { p256dh: `B${"A".repeat(86)}`, auth: "AAAAAAAAAAAAAAAAAAAAAA" },
      }),
      unsubscribe: async () => {
        current = null;
        return true;
      },
    };
    const pushManager = {
      getSubscription: async () => current,
      subscribe: async () => {
        current = subscription;
        return subscription;
      },
    };
    Object.defineProperty(navigator.serviceWorker, "ready", { value: Promise.resolve({ pushManager }) });
    Object.defineProperty(Notification, "requestPermission", { value: async () => "granted" });
  });
  await page.route("**/es/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /<p class="done"[^>]*data-reminder-done[^>]*><\/p>/,
      `$&<div data-push data-vapid-key="BTestKey" hidden><button type="button" data-push-on>on</button><button type="button" data-push-off hidden>off</button><p aria-live="polite" data-push-status></p></div>`,
    );
    await route.fulfill({ response, body: html });
  });
  const sent: unknown[] = [];
  await page.route("**/api/reminders", async (route) => {
    sent.push({ method: route.request().method(), body: route.request().postDataJSON() });
    await route.fulfill({ status: route.request().method() === "POST" ? 201 : 200, json: {} });
  });

  await page.goto("/es/");
  await page.getByLabel("Recordarme todos los días a las").fill("13:10");
  await page.locator("[data-push-on]").click();
  const status = page.locator("[data-push-status]");
  await expect(status).toHaveText("Las notificaciones están activadas, todos los días a las 13:15.");
  expect(sent).toEqual([
    {
      method: "POST",
      body: {
        subscription: expect.objectContaining({ endpoint: "https://fcm.googleapis.com/fcm/send/test-endpoint" }),
        time: "13:15",
        timeZone: expect.any(String),
        lang: "es",
      },
    },
  ]);
  await page.locator("[data-push-off]").click();
  await expect(status).toHaveText(
    "Las notificaciones están desactivadas. Nuestro servidor no guarda nada sobre ellas.",
  );
  expect(sent).toHaveLength(2);
  expect(sent[1]).toEqual({
    method: "DELETE",
    body: { endpoint: "https://fcm.googleapis.com/fcm/send/test-endpoint" },
  });
});
