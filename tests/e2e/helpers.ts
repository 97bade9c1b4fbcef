/** Small helpers shared by the browser tests. */
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page } from "@playwright/test";

/** The WCAG 2.2 A/AA rules axe checks every page against. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/**
 * axe-core finds no violation on the page as it is now (axe runs in the page, so only where
 * JavaScript is on); a failure lists each rule and the elements that break it.
 */
export async function expectNoViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(report, `axe violations on ${label}`).toEqual([]);
}

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

/**
 * Asks for the calendar reminder at `time` (the time field and the button, by their words in the
 * page's language) and reads the file that downloads: its name and the lines of its event, with
 * folded lines joined.
 */
export async function downloadCalendarEvent(
  page: Page,
  words: { timeLabel: string; button: string },
  time: string,
): Promise<{ filename: string; event: string[] }> {
  await page.getByLabel(words.timeLabel).fill(time);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: words.button }).click(),
  ]);
  const chunks = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n");
  return {
    filename: download.suggestedFilename(),
    event: lines.slice(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT")),
  };
}
