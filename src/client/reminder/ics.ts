/**
 * "Remind me every day at …" as a calendar file (.ics): one event at the chosen local time in
 * the visitor's IANA time zone, repeated daily, with an alert at its start and a link back to
 * the pledge on the page's home page (/ or /es/), its title and text in the page's language.
 * Built in the browser by ical-generator; nothing is sent to the server.
 *
 * The event names its zone (DTSTART;TZID=…) so the reminder stays at 8 p.m. across daylight-
 * saving changes. No VTIMEZONE block is written: the library's zone data reads files and does
 * not run in a browser, and the major calendars (Google, Apple, Outlook) know IANA zone names.
 */
import ical, { ICalAlarmType, ICalEventRepeatingFreq } from "ical-generator";
import type { ReminderWords } from "../../i18n/companion";
import { fill } from "../page-words";

export const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export interface ReminderOptions {
  /** "HH:MM", 24-hour, the visitor's own clock. */
  time: string;
  /** The visitor's IANA time zone, e.g. "America/Chicago". */
  timeZone: string;
  /** The first day of the reminder, YYYY-MM-DD (the visitor's today). */
  firstDay: string;
  /** The site's address, e.g. "https://thedailypledge.netlify.app". */
  site: string;
  /** The page's words (title, description, alert, file name, the home page to link back to). */
  words: Pick<
    ReminderWords,
    | "badTime"
    | "badZone"
    | "badDay"
    | "calendarName"
    | "summary"
    | "description"
    | "alarm"
    | "fileName"
    | "home"
    | "locale"
  >;
}

export type ReminderFile = { ok: true; text: string; filename: string } | { ok: false; problem: string };

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export function reminderCalendar({ time, timeZone, firstDay, site, words }: ReminderOptions): ReminderFile {
  const m = TIME.exec(time);
  if (!m) return { ok: false, problem: words.badTime };
  if (!isTimeZone(timeZone)) return { ok: false, problem: fill(words.badZone, { zone: timeZone }, words.locale) };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDay)) return { ok: false, problem: words.badDay };
  const url = `${site}${words.home}#pledge`;
  const calendar = ical({ name: words.calendarName, prodId: { company: "The Daily Pledge", product: "reminder" } });
  calendar.timezone(timeZone);
  calendar.createEvent({
    // One id for every reminder file from this site, so a calendar that honours it replaces
    // an earlier reminder instead of adding a second one.
    id: `daily-pledge-reminder@${new URL(site).hostname}`,
    // A wall-clock time without an offset: ical-generator writes it as is, in `timezone`.
    // No end: a reminder takes no time in the day (RFC 5545 allows DTSTART alone).
    start: `${firstDay}T${m[1]}:${m[2]}:00`,
    timezone: timeZone,
    repeating: { freq: ICalEventRepeatingFreq.DAILY },
    summary: words.summary,
    description: fill(words.description, { url }, words.locale),
    url,
    alarms: [{ type: ICalAlarmType.display, trigger: 0, description: words.alarm }],
  });
  return { ok: true, text: calendar.toString(), filename: words.fileName };
}
