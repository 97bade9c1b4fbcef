import { describe, expect, it } from "vitest";
import { reminderWords } from "../../i18n/companion";
import { reminderCalendar } from "./ics";

const site = "https://thedailypledge.netlify.app";
const words = reminderWords("en");

/** The lines of the first VEVENT, unfolded (RFC 5545 folds long lines with CRLF + space). */
function eventLines(text: string): string[] {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines.slice(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT") + 1);
}

describe("calendar reminder", () => {
  it("is a daily event at the chosen local time in the visitor's zone, linking to the pledge", () => {
    const file = reminderCalendar({ time: "20:30", timeZone: "America/Chicago", firstDay: "2026-03-07", site, words });
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.filename).toBe("daily-pledge-reminder.ics");
    expect(file.text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    const lines = eventLines(file.text);
    expect(lines).toContain("DTSTART;TZID=America/Chicago:20260307T203000");
    expect(lines).toContain("RRULE:FREQ=DAILY");
    expect(lines).toContain("SUMMARY:Your daily pledge");
    expect(lines).toContain(`URL;VALUE=URI:${site}/#pledge`);
    expect(lines).toContain("UID:daily-pledge-reminder@thedailypledge.netlify.app");
    expect(lines.some((l) => l.startsWith("DTEND"))).toBe(false);
    // An alert at the start, so the phone actually reminds.
    expect(file.text).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER(;RELATED=START)?:(-)?PT0S/);
    expect(file.text).toContain("X-WR-TIMEZONE:America/Chicago");
  });

  it("keeps midnight and one minute before it as written", () => {
    for (const [time, stamp] of [
      ["00:00", "T000000"],
      ["23:59", "T235900"],
    ] as const) {
      const file = reminderCalendar({ time, timeZone: "Asia/Kolkata", firstDay: "2026-12-31", site, words });
      expect(file.ok && eventLines(file.text)).toContain(`DTSTART;TZID=Asia/Kolkata:20261231${stamp}`);
    }
  });

  it("writes a reminder in UTC as a UTC time", () => {
    const file = reminderCalendar({ time: "07:15", timeZone: "UTC", firstDay: "2026-03-07", site, words });
    expect(file.ok && eventLines(file.text)).toContain("DTSTART:20260307T071500Z");
  });

  it("refuses a time, a zone or a day it cannot use, saying what to fix", () => {
    const base = { time: "08:00", timeZone: "Europe/Paris", firstDay: "2026-03-07", site, words };
    expect(reminderCalendar({ ...base, time: "8pm" })).toEqual({
      ok: false,
      problem: "Please choose a time, for example 08:00 or 20:30.",
    });
    expect(reminderCalendar({ ...base, time: "24:00" }).ok).toBe(false);
    expect(reminderCalendar({ ...base, timeZone: "Mars/Olympus" })).toEqual({
      ok: false,
      problem: "Your device's time zone (Mars/Olympus) is not one we know.",
    });
    expect(reminderCalendar({ ...base, firstDay: "07/03/2026" }).ok).toBe(false);
    expect(reminderCalendar({ ...base, timeZone: "Mars/Olympus", words: reminderWords("es") })).toEqual({
      ok: false,
      problem: "No conocemos la zona horaria de su dispositivo (Mars/Olympus).",
    });
  });

  it("from the Spanish page, is a Spanish event linking back to /es/", () => {
    const file = reminderCalendar({
      time: "07:45",
      timeZone: "America/Los_Angeles",
      firstDay: "2026-03-07",
      site,
      words: reminderWords("es"),
    });
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.filename).toBe("recordatorio-promesa-diaria.ics");
    const lines = eventLines(file.text);
    expect(lines).toContain("DTSTART;TZID=America/Los_Angeles:20260307T074500");
    expect(lines).toContain("SUMMARY:Su promesa diaria");
    expect(lines).toContain(`DESCRIPTION:Un toque\\, sin cuenta: ${site}/es/#pledge`);
    expect(lines).toContain(`URL;VALUE=URI:${site}/es/#pledge`);
    expect(file.text).toContain("DESCRIPTION:Es hora de su promesa diaria");
  });
});
