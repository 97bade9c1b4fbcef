/** Calendar days: the site's day in its time zone, and which dates are "today" somewhere. */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (YYYY-MM-DD) at `instant` in the IANA `timeZone`. */
export const dayIn = (timeZone: string, instant: Date): string => {
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  return format.format(instant);
};

/** True when `day` is a real calendar date written YYYY-MM-DD. */
export const isCalendarDay = (day: string): boolean => {
  const match = DAY_PATTERN.exec(day);
  if (!match) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

/** The day `offset` days after `day` (calendar arithmetic, unaffected by daylight saving). */
export const addDays = (day: string, offset: number): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

const HOUR = 3_600_000;

/** The first and last dates in use somewhere on Earth at one instant. */
export interface DatesInUse {
  earliest: string;
  latest: string;
}

/**
 * True when `day`, a calendar day written YYYY-MM-DD (the request schema checks that; no second
 * check here), is the current date somewhere on Earth, given the dates in use then
 * (`datesInUse`, which the service works out once a minute).
 */
export const isTodaySomewhere = (day: string, { earliest, latest }: DatesInUse): boolean =>
  day >= earliest && day <= latest;

/**
 * The first and last dates in use somewhere at `instant` (they change on the hour): civil time
 * zones run from UTC-12 to UTC+14, so the dates in use are those between UTC-12's and UTC+14's.
 */
export const datesInUse = (instant: Date): DatesInUse => ({
  earliest: new Date(instant.getTime() - 12 * HOUR).toISOString().slice(0, 10),
  latest: new Date(instant.getTime() + 14 * HOUR).toISOString().slice(0, 10),
});
