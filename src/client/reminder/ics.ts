/**
 * "Remind me every day at …" as a calendar file (.ics): one event at the chosen local time in
 * the visitor's IANA time zone, repeated daily, with an alert at its start and a link back to
 * the pledge. Built in the browser by ical-generator; nothing is sent to the server.
 *
 * The event names its zone (DTSTART;TZID=…) so the reminder stays at 8 p.m. across daylight-
 * saving changes. No VTIMEZONE block is written: the library's zone data reads files and does
 * not run in a browser, and the major calendars (Google, Apple, Outlook) know IANA zone names.
 */
import ical, { ICalAlarmType, ICalEventRepeatingFreq } from "ical-generator";

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

export function reminderCalendar({ time, timeZone, firstDay, site }: ReminderOptions): ReminderFile {
  const m = TIME.exec(time);
  if (!m) return { ok: false, problem: "Please choose a time, for example 08:00 or 20:30." };
  if (!isTimeZone(timeZone)) return { ok: false, problem: `Your device's time zone (${timeZone}) is not one we know.` };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDay)) return { ok: false, problem: "The first day must be written YYYY-MM-DD." };
  const url = `${site}/#pledge`;
  const calendar = ical({ name: "The Daily Pledge", prodId: { company: "The Daily Pledge", product: "reminder" } });
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
    summary: "Your daily pledge",
    description: `One tap, no account: ${url}`,
    url,
    alarms: [{ type: ICalAlarmType.display, trigger: 0, description: "Time for your daily pledge" }],
  });
  return { ok: true, text: calendar.toString(), filename: "daily-pledge-reminder.ics" };
}
