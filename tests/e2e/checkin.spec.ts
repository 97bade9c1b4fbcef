/**
 * The evening check-in: after a pledge, with the browser's clock set to the evening, the home
 * page asks how today went; the answer and its private note stay on the device (the only
 * request that carries anything is the pledge itself) and are still there after a reload.
 */
import { expect, type Request, test } from "@playwright/test";
import { choice, downloadCalendarEvent, PLEDGES, shownToday, unique } from "./helpers";

// The browser's day is today's UTC date, so the service accepts the pledge's date.
test.use({ timezoneId: "UTC" });

/**
 * A request that could carry something to the server: any /api/ call but the counter's and the
 * feed's own refreshes, or anything that is not a GET. (The service worker's own GETs of the
 * site's files may come and go at any time.)
 */
const sendsSomething = (r: string): boolean => !r.startsWith("GET ") || /^GET \/api\/(?!(stats|feed)\b)/.test(r);

const today = () => new Date().toISOString().slice(0, 10);

test("the evening check-in appears after a pledge, sends nothing, and survives a reload", async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${today()}T20:00:00Z`));
  const requests: Request[] = [];
  page.on("request", (r) => requests.push(r));

  await page.goto("/");
  await shownToday(page);
  await expect(page.getByRole("heading", { name: "How did today go?" })).toBeHidden();
  await choice(page, PLEDGES.selfCare).click();
  await expect(page.getByRole("heading", { name: "Thank you. Your pledge is counted." })).toBeVisible();

  await expect(page.getByRole("heading", { name: "How did today go?" })).toBeVisible();
  const note = unique("a private evening note");
  await page.getByLabel("A private note (optional)").fill(note);
  const before = requests.length;
  await page.getByRole("button", { name: "I didn't keep it today" }).click();

  await expect(page.getByRole("heading", { name: "Thank you for being honest." })).toBeFocused();
  await expect(page.getByText("Tomorrow is a new pledge.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Call or text 988" }).last()).toBeVisible();
  await expect(page.locator("[data-checkin-tally]")).toHaveText(
    "Days pledged: 1. Days kept: 0 of the 1 you checked in on.",
  );
  const afterAnswer = requests.slice(before).map((r) => `${r.method()} ${new URL(r.url()).pathname}`);
  expect(afterAnswer.filter(sendsSomething)).toEqual([]);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Thank you for being honest." })).toBeVisible();
  await expect(page.getByText(`Your note: ${note}`)).toBeVisible();
  await page.getByText("Your last 30 days").click();
  const days = page.getByRole("list", { name: "Your last 30 days" }).getByRole("listitem");
  await expect(days).toHaveCount(30);
  await expect(days.last()).toContainText("pledged, not kept");

  const sent = requests.filter((r) => r.method() !== "GET").map((r) => `${r.method()} ${new URL(r.url()).pathname}`);
  expect(sent).toEqual(["POST /api/pledge"]);
  for (const r of requests) {
    expect(`${r.url()} ${r.postData() ?? ""}`, "the check-in note never leaves the device").not.toContain(note);
  }
});

test("before the evening the check-in waits; everything on the device downloads as JSON and clears", async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(`${today()}T09:00:00Z`));
  await page.goto("/");
  await shownToday(page);
  await choice(page, PLEDGES.recovery).click();
  await expect(page.getByRole("heading", { name: "Thank you. Your pledge is counted." })).toBeVisible();
  await expect(page.locator("[data-checkin-tally]")).toHaveText(
    "Days pledged: 1. Days kept: 0 of the 0 you checked in on.",
  );
  await expect(page.getByRole("heading", { name: "How did today go?" })).toBeHidden();

  await page.getByText("Your last 30 days").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my data (JSON)" }).click(),
  ]);
  const body = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
  expect(body.data["dailypledge:history"]).toEqual([{ date: today(), kind: "recovery" }]);
  expect(body.data["dailypledge:device"]).toMatch(/^[0-9a-f-]{36}$/);

  await page.getByRole("button", { name: "Clear everything from this device" }).click();
  await page.getByRole("button", { name: "Yes, clear everything" }).click();
  await expect(page.locator("[data-checkin-cleared]")).toHaveText(
    "Everything this site kept on this device has been removed.",
  );
  await expect(page.locator("[data-checkin-cleared]")).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("dailypledge:")))).toEqual([]);
  await page.reload();
  await expect(page.locator("[data-checkin]")).toBeHidden();
});

test.describe("in Berlin", () => {
  test.use({ timezoneId: "Europe/Berlin" });

  test("the calendar reminder downloads as a daily event at the chosen time, made without the server", async ({
    page,
  }) => {
    await page.goto("/");
    const requests: string[] = [];
    page.on("request", (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
    const { filename, event } = await downloadCalendarEvent(
      page,
      { timeLabel: "Remind me every day at", button: "Add to my calendar" },
      "20:30",
    );
    expect(filename).toBe("daily-pledge-reminder.ics");
    expect(event).toContain("RRULE:FREQ=DAILY");
    expect(event.find((l) => l.startsWith("DTSTART"))).toMatch(/^DTSTART;TZID=Europe\/Berlin:\d{8}T203000$/);
    expect(event).toContain(`URL;VALUE=URI:${new URL(page.url()).origin}/#pledge`);
    // The time as English writes it (the page's locale), with the narrow space before PM.
    await expect(page.getByRole("status")).toContainText(/every day at 8:30\sPM\./);
    expect(requests.filter(sendsSomething)).toEqual([]);
  });
});

test("without VAPID keys the notification option is not offered", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Add to my calendar" })).toBeVisible();
  await expect(page.locator("[data-push]")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send me a notification instead" })).toHaveCount(0);
  expect(await (await request.get("/api/reminders")).json()).toEqual({ enabled: false });
});
