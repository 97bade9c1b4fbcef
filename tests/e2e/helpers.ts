/** Small helpers shared by the browser tests. */
import { type APIRequestContext, expect, type Page } from "@playwright/test";

/** Today's count straight from the API (the local server has no CDN cache in front of it). */
export async function statsToday(request: APIRequestContext): Promise<number> {
  const response = await request.get("/api/stats");
  expect(response.ok(), `GET /api/stats answered ${response.status()}`).toBe(true);
  const body = (await response.json()) as { today: number };
  return body.today;
}

/** The number the page's counter shows, once it has loaded. */
export async function shownToday(page: Page): Promise<number> {
  const number = page.locator("[data-counter-today]");
  await expect(number).toHaveAttribute("data-value", /^\d+$/);
  return Number(await number.getAttribute("data-value"));
}

export async function expectShownToday(page: Page, value: number): Promise<void> {
  await expect(page.locator("[data-counter-today]")).toHaveAttribute("data-value", String(value));
}

/**
 * A word no other test uses, to find one's own entry in the shared feed. Letters only: a run of
 * digits could look like a phone number, and the service rightly refuses those in a note.
 */
export const unique = (label: string): string =>
  `${label}-${Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

export const PLEDGES = {
  recovery: "Today I stay sober",
  support: "Today I support someone I love in recovery",
  selfCare: "Today I take care of myself",
} as const;

export function choice(page: Page, words: string) {
  return page.getByRole("button", { name: words, exact: true });
}

/** Opens "Add a name or note (optional)" and fills it in. */
export async function addNameAndNote(page: Page, name: string, note: string): Promise<void> {
  await page.getByText("Add a name or note (optional)").click();
  await page.getByLabel("First name or nickname").fill(name);
  await page.getByLabel("A short note").fill(note);
}

export function feedEntry(page: Page, text: string) {
  return page.locator("[data-feed-list] > li").filter({ hasText: text });
}
