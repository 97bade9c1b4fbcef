/**
 * Every Redis key the pledge service writes, in one place. This list is the source of the
 * privacy page: what is stored and for how long.
 *
 * | key                              | holds                                        | kept          |
 * |----------------------------------|----------------------------------------------|---------------|
 * | {p}:seq                          | last entry id                                | always        |
 * | {p}:entries (hash id → JSON)     | kind, name, note, createdAt of feed entries  | newest N      |
 * | {p}:feed (zset)                  | ids of visible entries                       | newest N      |
 * | {p}:hidden (zset)                | ids hidden by reports or a moderator         | until moderated |
 * | {p}:hugs, {p}:reports (hashes)   | counts per entry                             | with the entry |
 * | {p}:reasons (hash)               | the last report reason given for an entry    | with the entry |
 * | {p}:day:{YYYY-MM-DD} (hash)      | that site day's counts by kind               | 8 days        |
 * | {p}:total (hash)                 | all-time counts by kind                      | always        |
 * | {p}:dd:{date}:{device hash}      | entry id: one pledge per device per date     | 48 hours      |
 * | {p}:hug:{id}:{device hash}       | one hug per device per entry                 | 48 hours      |
 * | {p}:rep:{id}:{device hash}       | one report per device per entry              | 48 hours      |
 * | {p}:repip:{id}:{ip hash}         | one report per client address per entry      | 48 hours      |
 * | {p}:rl:{action}:{ip hash}        | rate-limit counter                           | one window    |
 *
 * Device hashes are HMACs of the device id; IP hashes use a salt that changes daily (privacy.ts).
 */
export const DEDUPE_TTL_SECONDS = 48 * 3600;
export const DAY_COUNTS_TTL_SECONDS = 8 * 24 * 3600;

export const pledgeKeys = (prefix: string) => ({
  seq: `${prefix}:seq`,
  entries: `${prefix}:entries`,
  feed: `${prefix}:feed`,
  hidden: `${prefix}:hidden`,
  hugs: `${prefix}:hugs`,
  reports: `${prefix}:reports`,
  reasons: `${prefix}:reasons`,
  total: `${prefix}:total`,
  day: (day: string) => `${prefix}:day:${day}`,
  dedupe: (date: string, visitorHash: string) => `${prefix}:dd:${date}:${visitorHash}`,
  hugMarker: (entryId: string, deviceHash: string) => `${prefix}:hug:${entryId}:${deviceHash}`,
  reportMarker: (entryId: string, deviceHash: string) => `${prefix}:rep:${entryId}:${deviceHash}`,
  reportClientMarker: (entryId: string, ipHash: string) => `${prefix}:repip:${entryId}:${ipHash}`,
  rate: (action: "pledge" | "hug" | "report", ipHash: string) => `${prefix}:rl:${action}:${ipHash}`,
});

export type PledgeKeys = ReturnType<typeof pledgeKeys>;
