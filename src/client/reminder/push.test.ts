import { describe, expect, it } from "vitest";
import { quarterHour } from "./push";

describe("push reminder time", () => {
  it("rounds to the nearest quarter hour, wrapping at midnight", () => {
    expect(quarterHour("08:00")).toBe("08:00");
    expect(quarterHour("20:07")).toBe("20:00");
    expect(quarterHour("20:08")).toBe("20:15");
    expect(quarterHour("23:53")).toBe("00:00");
  });
});
