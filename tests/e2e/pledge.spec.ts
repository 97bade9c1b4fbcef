/**
 * The pledge with JavaScript: counted once, shown in the feed, hugged, remembered on reload,
 * not counted twice from a second tab, kept and sent once when made offline, and a note with
 * markup shown as plain text.
 */
import { expect, test } from "@playwright/test";
import {
  addNameAndNote,
  choice,
  expectShownToday,
  feedEntry,
  PLEDGES,
  shownToday,
  statsToday,
  unique,
} from "./helpers";

test("a pledge is counted once, appears in the feed, can be hugged, and is remembered on reload", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const before = await shownToday(page);
  expect(before).toBe(await statsToday(request));

  const note = unique("one day at a time");
  await addNameAndNote(page, "Robin", note);
  await choice(page, PLEDGES.recovery).click();

  await expect(page.getByRole("heading", { name: "Thank you. Your pledge is counted." })).toBeVisible();
  await expect(page.locator("[data-done]").getByText("Your first pledge. Welcome")).toBeVisible();
  await expectShownToday(page, before + 1);
  await expect(page.locator("[data-live]")).toContainText("Your pledge is counted.");
  expect(await statsToday(request)).toBe(before + 1);

  const entry = feedEntry(page, note);
  await expect(entry).toHaveCount(1);
  await expect(entry.locator("[data-entry-kind]")).toHaveText(PLEDGES.recovery);
  await expect(entry.locator("[data-entry-name]")).toHaveText("Robin");
  await expect(entry.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);

  const hug = entry.getByRole("button", { name: "Hug" });
  await expect(hug).toHaveAttribute("aria-pressed", "false");
  await hug.click();
  await expect(hug).toHaveAttribute("aria-pressed", "true");
  await expect(entry.locator("[data-entry-hugs]")).toHaveText("1 hug");
  await expect(page.locator("[data-live]")).toContainText("Hug sent.");

  await page.reload();
  await expect(page.getByRole("heading", { name: "You pledged today." })).toBeVisible();
  await expect(choice(page, PLEDGES.recovery)).toBeHidden();
  await expect(page.getByText("Day 1 of your streak.")).toBeVisible();
  await expectShownToday(page, before + 1);
  const reloaded = feedEntry(page, note);
  await expect(reloaded.locator("[data-entry-hugs]")).toHaveText("1 hug");
  await expect(reloaded.getByRole("button", { name: "Hug" })).toHaveAttribute("aria-pressed", "true");
});

test("a second tab of the same device does not count the pledge twice", async ({ page, context, request }) => {
  await page.goto("/");
  await shownToday(page);
  await choice(page, PLEDGES.support).click();
  await expect(page.getByRole("heading", { name: "Thank you. Your pledge is counted." })).toBeVisible();
  const counted = await statsToday(request);

  const second = await context.newPage();
  await second.goto("/");
  await expect(second.getByRole("heading", { name: "You pledged today." })).toBeVisible();
  await expectShownToday(second, counted);

  // Even when this device forgets its history, the service still knows the device pledged today.
  await second.getByRole("button", { name: "Clear my pledge history from this device" }).click();
  await second.getByRole("button", { name: "Yes, clear my history" }).click();
  await expect(second.locator("[data-live]")).toContainText("Your pledge history was cleared");
  await choice(second, PLEDGES.support).click();
  await expect(second.getByRole("heading", { name: "You already pledged today." })).toBeVisible();
  await expectShownToday(second, counted);
  expect(await statsToday(request)).toBe(counted);
});

test("a pledge made offline is kept on the device and sent once when the connection returns", async ({
  page,
  context,
  request,
}) => {
  await page.goto("/");
  const before = await shownToday(page);
  // Every pledge request that reached the server, to prove the client sends it once.
  const answered: number[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/pledge") && response.request().method() === "POST")
      answered.push(response.status());
  });

  await context.setOffline(true);
  await choice(page, PLEDGES.selfCare).click();
  await expect(
    page
      .locator("[data-done]")
      .getByText("You're offline. Your pledge is saved on this device and will be sent when you're back online."),
  ).toBeVisible();
  const waiting = await page.evaluate(() => JSON.parse(localStorage.getItem("dailypledge:outbox") ?? "[]").length);
  expect(waiting).toBe(1);
  expect(await statsToday(request)).toBe(before);

  await context.setOffline(false);
  await expect(page.getByRole("heading", { name: "Thank you. Your pledge was sent and counted." })).toBeVisible();
  await expectShownToday(page, before + 1);
  expect(await page.evaluate(() => localStorage.getItem("dailypledge:outbox"))).toBeNull();

  await page.reload();
  await expect(page.getByRole("heading", { name: "You pledged today." })).toBeVisible();
  await expectShownToday(page, before + 1);
  expect(await statsToday(request)).toBe(before + 1);
  expect(answered).toEqual([201]);
});

test("while the store is down (503) the pledge waits on the device and is sent by itself later", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const before = await shownToday(page);
  let refused = 0;
  await page.route("**/api/pledge", async (route) => {
    refused += 1;
    await route.fulfill({
      status: 503,
      headers: { "content-type": "application/json", "retry-after": "1" },
      body: JSON.stringify({
        error: { code: "store_unavailable", message: "We could not save your pledge just now." },
      }),
    });
  });
  await choice(page, PLEDGES.recovery).click();
  await expect(page.locator("[data-waiting]")).toContainText("We could not reach our pledge service just now.");
  expect(refused).toBe(1);
  expect(await statsToday(request)).toBe(before);

  await page.unroute("**/api/pledge");
  await expect(page.getByRole("heading", { name: "Thank you. Your pledge was sent and counted." })).toBeVisible();
  await expectShownToday(page, before + 1);
  expect(await statsToday(request)).toBe(before + 1);
});

test("a note with markup is shown as text, never run", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const marker = unique("marker");
  const note = `<script>alert(1)</script> <img src=x onerror=alert(2)> ${marker}`;

  await page.goto("/");
  await shownToday(page);
  await addNameAndNote(page, "<b>Sam</b>", note);
  await choice(page, PLEDGES.recovery).click();
  await expect(feedEntry(page, marker).locator("[data-entry-note]")).toHaveText(note);

  // Again from the server's feed, not the copy the page added itself.
  await page.reload();
  const entry = feedEntry(page, marker);
  await expect(entry.locator("[data-entry-note]")).toHaveText(note);
  await expect(entry.locator("[data-entry-name]")).toHaveText("<b>Sam</b>");
  await expect(entry.locator("script, img, b")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test("a note in crisis is held back and help is offered at once", async ({ page }) => {
  const marker = unique("held");
  await page.goto("/");
  await shownToday(page);
  await addNameAndNote(page, "", `Some days I want to die ${marker}`);
  await choice(page, PLEDGES.recovery).click();

  await expect(page.getByRole("heading", { name: "Thank you. Your pledge is counted." })).toBeVisible();
  await expect(page.locator("[data-held]").getByText("It sounds like today may be really hard.")).toBeVisible();
  await expect(page.locator("[data-held]").getByRole("link", { name: "Call or text 988" })).toHaveAttribute(
    "href",
    "tel:988",
  );
  await page.reload();
  await expect(page.locator("[data-feed-list] > li").first()).toBeVisible();
  await expect(feedEntry(page, marker)).toHaveCount(0);
});
