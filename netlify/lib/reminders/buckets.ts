/**
 * Reminder times as 15-minute buckets of the UTC day (0 … 95). A subscription is filed under
 * the UTC bucket of its chosen local time; each send re-files it under the bucket of the next
 * day's same local time, so a daylight-saving change moves it the day it happens and the
 * scheduled sender reads one bucket per run. Pure functions: no store, no clock.
 */
export const BUCKET_MINUTES = 15;
export const BUCKETS_PER_DAY = (24 * 60) / BUCKET_MINUTES;
const DAY_MS = 86_400_000;

/** The wall-clock parts of `instant` in `timeZone`. */
function wallClock(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute") };
}

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function offsetMinutes(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The visitor's calendar day at `instant`, as [year, month (1-12), day]. */
export function localDay(instant: number, timeZone: string): [number, number, number] {
  const w = wallClock(instant, timeZone);
  return [w.year, w.month, w.day];
}

/**
 * The instant of `hh:mm` on a local calendar day in `timeZone`. A time skipped by a spring-
 * forward change lands an hour later, as clocks do.
 */
export function instantOf(day: [number, number, number], time: string, timeZone: string): number {
  const [hh, mm] = time.split(":").map(Number);
  const guess = Date.UTC(day[0], day[1] - 1, day[2], hh ?? 0, mm ?? 0);
  const first = guess - offsetMinutes(guess, timeZone) * 60_000;
  const second = guess - offsetMinutes(first, timeZone) * 60_000;
  return offsetMinutes(second, timeZone) === offsetMinutes(first, timeZone) ? second : Math.max(first, second);
}

/** The bucket `instant` falls in. */
export const bucketOf = (instant: number): number =>
  Math.floor((((instant % DAY_MS) + DAY_MS) % DAY_MS) / (BUCKET_MINUTES * 60_000));

/** The bucket of `time` in `timeZone` on the local day of `instant`. */
export const bucketOn = (instant: number, time: string, timeZone: string): number =>
  bucketOf(instantOf(localDay(instant, timeZone), time, timeZone));

/** Where a reminder sent at `instant` is filed for its next day. */
export const nextBucket = (instant: number, time: string, timeZone: string): number =>
  bucketOn(instant + DAY_MS, time, timeZone);
