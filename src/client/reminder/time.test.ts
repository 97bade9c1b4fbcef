import { describe, expect, it } from "vitest";
import { reminderWords } from "../../i18n/companion";
import { atTime, localTime } from "./time";

describe("a reminder's time in the page's words", () => {
  it("writes the time the way each language does", () => {
    // English puts a (narrow) space before AM/PM.
    expect(atTime("20:30", reminderWords("en"))).toMatch(/^at 8:30\sPM$/);
    expect(atTime("08:00", reminderWords("en"))).toMatch(/^at 8:00\sAM$/);
    expect(atTime("20:30", reminderWords("es"))).toBe("a las 20:30");
    expect(atTime("08:00", reminderWords("es"))).toBe("a las 8:00");
  });

  it("says 'a la 1' in Spanish, and midnight as written", () => {
    expect(atTime("01:15", reminderWords("es"))).toBe("a la 1:15");
    expect(atTime("13:15", reminderWords("es"))).toBe("a las 13:15");
    expect(atTime("00:00", reminderWords("es"))).toBe("a las 0:00");
  });

  it("leaves anything that is not HH:MM as it is", () => {
    expect(localTime("8pm", "es")).toBe("8pm");
  });
});
