import { describe, expect, it } from "vitest";
import { BUCKETS_PER_DAY, bucketOf, bucketOn, instantOf, nextBucket } from "./buckets";

const utc = (iso: string) => Date.parse(iso);

describe("reminder buckets", () => {
  it("files a local time under its UTC quarter-hour", () => {
    expect(BUCKETS_PER_DAY).toBe(96);
    expect(bucketOf(utc("2026-03-01T00:00:00Z"))).toBe(0);
    expect(bucketOf(utc("2026-03-01T00:14:59Z"))).toBe(0);
    expect(bucketOf(utc("2026-03-01T23:45:00Z"))).toBe(95);
    // 20:30 in Chicago in winter (UTC-6) is 02:30 UTC: bucket 10.
    expect(bucketOn(utc("2026-01-15T12:00:00Z"), "20:30", "America/Chicago")).toBe(10);
    // In summer (UTC-5): 01:30 UTC, bucket 6.
    expect(bucketOn(utc("2026-07-15T12:00:00Z"), "20:30", "America/Chicago")).toBe(6);
    // Kolkata is UTC+5:30 all year: 08:00 there is 02:30 UTC.
    expect(bucketOn(utc("2026-07-15T12:00:00Z"), "08:00", "Asia/Kolkata")).toBe(10);
  });

  it("finds the instant of a wall-clock time, also on the days clocks change", () => {
    expect(new Date(instantOf([2026, 3, 7], "20:30", "America/Chicago")).toISOString()).toBe(
      "2026-03-08T02:30:00.000Z",
    );
    expect(new Date(instantOf([2026, 3, 8], "20:30", "America/Chicago")).toISOString()).toBe(
      "2026-03-09T01:30:00.000Z",
    );
    // 02:30 does not exist on 8 March 2026 in Chicago: it lands at 03:30 CDT.
    expect(new Date(instantOf([2026, 3, 8], "02:30", "America/Chicago")).toISOString()).toBe(
      "2026-03-08T08:30:00.000Z",
    );
    expect(new Date(instantOf([2026, 11, 1], "20:30", "America/Chicago")).toISOString()).toBe(
      "2026-11-02T02:30:00.000Z",
    );
  });

  it("moves a reminder to the next day's bucket across a daylight-saving change", () => {
    // Sent Saturday 7 March 20:30 CST (02:30 UTC Sunday); Sunday is CDT: 01:30 UTC.
    expect(nextBucket(utc("2026-03-08T02:30:00Z"), "20:30", "America/Chicago")).toBe(6);
    // An ordinary day keeps its bucket.
    expect(nextBucket(utc("2026-03-10T01:30:00Z"), "20:30", "America/Chicago")).toBe(6);
    // Autumn: back to 02:30 UTC.
    expect(nextBucket(utc("2026-11-01T01:30:00Z"), "20:30", "America/Chicago")).toBe(10);
  });
});
