/**
 * Calendar days as the visitor's own device sees them ("YYYY-MM-DD"), and the streak of
 * consecutive days. Pure functions: no storage, no DOM.
 */
import { w } from "./words";

/** The device's own calendar day for `now`, as YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  // Shifted by the device's offset at that moment, the UTC fields are the device's own wall clock.
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 for a YYYY-MM-DD string (NaN if malformed). Immune to daylight-saving shifts. */
export function dayNumber(date: string): number {
  // A date-only ISO string is read as midnight UTC.
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(date) / 86_400_000 : Number.NaN;
}

/**
 * Consecutive days pledged, counting back from `today` (or from yesterday when today has no
 * pledge yet, so the streak is still alive until the day is over).
 */
export function streak(dates: readonly string[], today: string): number {
  const days = new Set(dates.map(dayNumber));
  let day = dayNumber(today);
  if (!days.has(day)) day -= 1;
  let count = 0;
  while (days.has(day)) {
    count += 1;
    day -= 1;
  }
  return count;
}

/** A streak length worth a celebration has words in the page's language (`milestones`). */
export function celebration(days: number): string | undefined {
  return w().milestones[String(days)];
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 5],
];

/** "5 minutes ago", "yesterday", "2 weeks ago"; a plain date beyond about a month (in the page's language). */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const rtf = new Intl.RelativeTimeFormat(w().locale, { numeric: "auto" });
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return "";
  let value = Math.min(0, (then - now) / 1000);
  if (value > -10) return rtf.format(0, "second");
  for (const [unit, size] of UNITS) {
    if (Math.abs(value) < size) return rtf.format(Math.round(value), unit);
    value /= size;
  }
  return new Date(then).toLocaleDateString(w().locale, { year: "numeric", month: "long", day: "numeric" });
}
