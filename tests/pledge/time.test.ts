import { describe, expect, it } from "vitest";
import { addDays, datesInUse, dayIn, isCalendarDay, isTodaySomewhere } from "../../common/pledge/time";

describe("dayIn", () => {
  it("gives the calendar day in the site's time zone", () => {
    // 05:59 UTC is 23:59 the day before in Chicago (CST, UTC-6).
    expect(dayIn("America/Chicago", new Date("2026-01-15T05:59:00Z"))).toBe("2026-01-14");
    expect(dayIn("America/Chicago", new Date("2026-01-15T06:00:00Z"))).toBe("2026-01-15");
  });

  it("follows daylight saving: the day starts at 05:00 UTC in summer, 06:00 UTC in winter", () => {
    expect(dayIn("America/Chicago", new Date("2026-07-01T04:59:59Z"))).toBe("2026-06-30");
    expect(dayIn("America/Chicago", new Date("2026-07-01T05:00:00Z"))).toBe("2026-07-01");
    // 2026-03-08: clocks go forward at 2:00 CST. The day began at 06:00 UTC and ends at 05:00 UTC.
    expect(dayIn("America/Chicago", new Date("2026-03-08T06:00:00Z"))).toBe("2026-03-08");
    expect(dayIn("America/Chicago", new Date("2026-03-09T04:59:59Z"))).toBe("2026-03-08");
    expect(dayIn("America/Chicago", new Date("2026-03-09T05:00:00Z"))).toBe("2026-03-09");
    // 2026-11-01: clocks go back at 2:00 CDT; that day is 25 hours long.
    expect(dayIn("America/Chicago", new Date("2026-11-01T05:00:00Z"))).toBe("2026-11-01");
    expect(dayIn("America/Chicago", new Date("2026-11-02T05:59:59Z"))).toBe("2026-11-01");
    expect(dayIn("America/Chicago", new Date("2026-11-02T06:00:00Z"))).toBe("2026-11-02");
  });

  it("works in any IANA zone", () => {
    expect(dayIn("Pacific/Kiritimati", new Date("2026-01-15T10:00:00Z"))).toBe("2026-01-16");
    expect(dayIn("Pacific/Pago_Pago", new Date("2026-01-15T10:00:00Z"))).toBe("2026-01-14");
  });
});

describe("calendar days", () => {
  it("checks real dates", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
    expect(isCalendarDay("2026-1-01")).toBe(false);
    expect(isCalendarDay("yesterday")).toBe(false);
  });
  it("adds days across month, year and daylight-saving boundaries", () => {
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2026-03-09", -1)).toBe("2026-03-08");
    expect(addDays("2026-11-02", -1)).toBe("2026-11-01");
  });
});

describe("isTodaySomewhere (UTC-12 to UTC+14)", () => {
  const at = new Date("2026-06-15T12:00:00Z");
  it("accepts the dates in use somewhere at that instant", () => {
    // UTC-12 is at 00:00 on the 15th, UTC+14 at 02:00 on the 16th.
    expect(isTodaySomewhere("2026-06-15", datesInUse(at))).toBe(true);
    expect(isTodaySomewhere("2026-06-16", datesInUse(at))).toBe(true);
  });
  it("refuses dates that are nowhere today", () => {
    expect(isTodaySomewhere("2026-06-14", datesInUse(at))).toBe(false);
    expect(isTodaySomewhere("2026-06-17", datesInUse(at))).toBe(false);
    expect(isTodaySomewhere("2026-02-30", datesInUse(at))).toBe(false);
  });
  it("moves with the instant, at the edges", () => {
    // 11:59 UTC: UTC-12 is still on the 14th.
    expect(isTodaySomewhere("2026-06-14", datesInUse(new Date("2026-06-15T11:59:59Z")))).toBe(true);
    // 10:00 UTC: UTC+14 has just reached the 16th.
    expect(isTodaySomewhere("2026-06-16", datesInUse(new Date("2026-06-15T10:00:00Z")))).toBe(true);
    expect(isTodaySomewhere("2026-06-16", datesInUse(new Date("2026-06-15T09:59:59Z")))).toBe(false);
  });
});
