import { describe, expect, it } from "vitest";
import { pledgeUi } from "../../i18n/pledge-ui";
import { celebration, dayNumber, localDate, relativeTime, streak } from "./days";
import { setWords } from "./words";

setWords(pledgeUi.en);

describe("days", () => {
  it("writes the device's own calendar day", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(localDate(new Date(2026, 11, 31, 0, 0))).toBe("2026-12-31");
  });

  it("counts days across month ends and daylight-saving changes", () => {
    expect(dayNumber("2026-03-01") - dayNumber("2026-02-28")).toBe(1);
    expect(dayNumber("2026-03-09") - dayNumber("2026-03-08")).toBe(1);
    expect(dayNumber("not a date")).toBeNaN();
  });

  it("counts a streak back from today, or from yesterday until today is over", () => {
    const days = ["2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01"];
    expect(streak(days, "2026-03-01")).toBe(4);
    expect(streak(days, "2026-03-02")).toBe(4);
    expect(streak(days, "2026-03-03")).toBe(0);
    expect(streak(["2026-02-20", "2026-03-01"], "2026-03-01")).toBe(1);
    expect(streak([], "2026-03-01")).toBe(0);
  });

  it("celebrates the milestones only", () => {
    for (const n of [1, 7, 30, 60, 90, 180, 365]) expect(celebration(n)).toMatch(/\S/);
    for (const n of [0, 2, 8, 31, 364, 366]) expect(celebration(n)).toBeUndefined();
  });

  it("says how long ago, in words", () => {
    const now = Date.parse("2026-03-01T12:00:00Z");
    expect(relativeTime("2026-03-01T11:59:58Z", now)).toBe("now");
    expect(relativeTime("2026-03-01T11:55:00Z", now)).toBe("5 minutes ago");
    expect(relativeTime("2026-03-01T09:00:00Z", now)).toBe("3 hours ago");
    expect(relativeTime("2026-02-28T12:00:00Z", now)).toBe("yesterday");
    expect(relativeTime("2026-03-01T12:00:05Z", now)).toBe("now");
    expect(relativeTime("garbage", now)).toBe("");
  });
});
