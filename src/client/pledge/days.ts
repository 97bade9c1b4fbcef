/**
 * Calendar days as the visitor's own device sees them ("YYYY-MM-DD"), and the streak of
 * consecutive days. Pure functions: no storage, no DOM.
 */

/** The device's own calendar day for `now`, as YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days since 1970-01-01 for a YYYY-MM-DD string (NaN if malformed). Immune to daylight-saving shifts. */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
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

/** Streak lengths worth a celebration, with their words. */
const MILESTONES: Record<number, string> = {
  1: "Your first pledge. Welcome, we're really glad you're here.",
  7: "7 days in a row. A whole week, one day at a time.",
  30: "30 days in a row. A month of showing up for yourself.",
  60: "60 days in a row. Two months. That takes real courage.",
  90: "90 days in a row. Ninety days. Be proud of this.",
  180: "180 days in a row. Half a year of choosing this, every day.",
  365: "365 days in a row. A full year. Thank you for showing up, every single day.",
};

export function celebration(days: number): string | undefined {
  return MILESTONES[days];
}

const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 5],
];

/** "5 minutes ago", "yesterday", "2 weeks ago"; a plain date beyond about a month. */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return "";
  let value = Math.min(0, (then - now) / 1000);
  if (value > -10) return rtf.format(0, "second");
  for (const [unit, size] of UNITS) {
    if (Math.abs(value) < size) return rtf.format(Math.round(value), unit);
    value /= size;
  }
  return new Date(then).toLocaleDateString("en", { year: "numeric", month: "long", day: "numeric" });
}
