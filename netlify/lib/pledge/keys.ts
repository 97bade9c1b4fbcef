/**
 * Every Redis key the pledge service writes, in one place. This list is the source of the
 * privacy page: what is stored and for how long.
 *
 * | key                              | holds                                                | kept            |
 * |----------------------------------|------------------------------------------------------|-----------------|
 * | {p}:pledges (hash)               | the community's shared state, by field:              |                 |
 * |   seq                            |   last entry id (= all-time count of pledges)        | always          |
 * |   d:{YYYY-MM-DD}:{kind}          |   that site day's count of a kind                    | 8 days          |
 * |   days, trimmed                  |   bookkeeping: days with counts, last id deleted     | always          |
 * |   e:{id}                         |   a visible entry: kind, name, note, createdAt JSON  | newest N ids    |
 * |   x:{id}                         |   a hidden entry (by reports or a moderator)         | newest N ids    |
 * |   h:{id}, r:{id}                 |   an entry's hug and report counts                   | with the entry  |
 * |   w:{id}                         |   the last report reason given for an entry          | with the entry  |
 * | {p}:hidden (zset)                | ids of hidden entries, for moderators                | newest N ids    |
 * | {p}:dd:{date}:{device hash}      | entry id: one pledge per device per date             | 48 hours        |
 * | {p}:hug:{id}:{device hash}       | one hug per device per entry                         | 48 hours        |
 * | {p}:rep:{id}:{device hash}       | one report per device per entry                      | 48 hours        |
 * | {p}:repip:{id}:{ip hash}         | one report per client address per entry              | 48 hours        |
 * | {p}:rl:{window} (hash)           | rate-limit counts, field "{action}:{ip hash}"        | a minute past the window (≤ 48 h) |
 *
 * Device hashes are HMACs of the device id; IP hashes use a salt that changes daily (privacy.ts).
 * Counts, entries and hugs share one hash so that one read answers the stats, and one read a
 * page of the feed with its hugs (see lua.ts).
 */
export const DEDUPE_TTL_SECONDS = 48 * 3600;
/** Days of counts kept: today and the 7 before it. */
export const DAY_COUNTS_KEPT = 8;

export type RateAction = "pledge" | "hug" | "report";

export const pledgeKeys = (prefix: string) => ({
  pledges: `${prefix}:pledges`,
  hidden: `${prefix}:hidden`,
  dedupe: (date: string, visitorHash: string) => `${prefix}:dd:${date}:${visitorHash}`,
  hugMarker: (entryId: string, deviceHash: string) => `${prefix}:hug:${entryId}:${deviceHash}`,
  reportMarker: (entryId: string, deviceHash: string) => `${prefix}:rep:${entryId}:${deviceHash}`,
  reportClientMarker: (entryId: string, ipHash: string) => `${prefix}:repip:${entryId}:${ipHash}`,
  rate: (window: number) => `${prefix}:rl:${window}`,
  rateField: (action: RateAction, ipHash: string) => `${action}:${ipHash}`,
});

export type PledgeKeys = ReturnType<typeof pledgeKeys>;

/** Field names in the pledges hash, as the public reads use them (the scripts in lua.ts write them). */
export const FIELD = {
  seq: "seq",
  trimmed: "trimmed",
  day: (day: string, kind: string) => `d:${day}:${kind}`,
  entry: (id: number | string) => `e:${id}`,
  hidden: (id: number | string) => `x:${id}`,
  hugs: (id: number | string) => `h:${id}`,
  reports: (id: number | string) => `r:${id}`,
  reason: (id: number | string) => `w:${id}`,
} as const;
