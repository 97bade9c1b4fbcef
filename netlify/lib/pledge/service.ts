/**
 * The pledge service: every operation of the community side, written once against the
 * @upstash/redis client. Each operation is one Lua script: one command, one round trip.
 */
import type { Redis } from "@upstash/redis";
import { z } from "zod";
import type { PledgeKind } from "../../../src/lib/pledge/vocabulary";
import { DAY_COUNTS_TTL_SECONDS, DEDUPE_TTL_SECONDS, type PledgeKeys, pledgeKeys } from "./keys";
import { createHasher, type Hasher } from "./privacy";
import {
  type FeedEntry,
  type FeedResponse,
  type ModerationAction,
  type Pledge,
  type Stats,
  type StoredEntry,
  storedEntrySchema,
} from "./schemas";
import { HUG_SCRIPT, LIST_SCRIPT, MODERATE_SCRIPT, PLEDGE_SCRIPT, REPORT_SCRIPT, STATS_SCRIPT } from "./lua";
import { hasCrisisLanguage } from "./text";
import { addDays, dayIn, isTodaySomewhere } from "./time";

/**
 * How far past its history the feed may grow before it is trimmed back: a tenth of the history
 * (at least 1, at most 50), so trimming costs a few commands per batch rather than per pledge.
 */
export const trimBatch = (history: number): number => Math.max(1, Math.min(50, Math.floor(history / 10)));

/** Distinct devices whose reports take an entry out of the feed until a moderator decides. */
export const REPORTS_TO_HIDE = 3;

export interface ServiceOptions {
  secret: string;
  timeZone: string;
  keyPrefix: string;
  limits: { pledges: number; hugs: number; reports: number; windowSeconds: number };
  feedHistory: number;
  /** The clock, replaceable in tests (day rollover, daylight saving). */
  now?: () => Date;
}

/** Who is acting: only ever hashed before it reaches the store. */
export interface Visitor {
  ip: string;
  userAgent: string;
  /** The page's random device id; absent for a plain form post without JavaScript. */
  deviceId?: string | undefined;
}

export interface PledgeRequest {
  kind: PledgeKind;
  name: string | null;
  note: string | null;
  /** The pledger's calendar day; the site's day when absent. */
  localDate?: string | undefined;
}

export type PledgeOutcome =
  | { status: "created"; pledge: Pledge; noteHeld: boolean; stats: Stats }
  | { status: "already"; pledge: Pledge | null; stats: Stats }
  | { status: "limited"; retryAfterSeconds: number }
  | { status: "date_out_of_range" };

export type Found<T> = { status: "ok"; value: T } | { status: "missing" };
export type EntryOutcome<T> = Found<T> | { status: "limited"; retryAfterSeconds: number };

const id = z.union([z.string(), z.number()]).transform(String);
const count = z.coerce.number().int().nonnegative();
const counts = z.tuple([count, count, count, count, count, count]);
const limitedReply = z.tuple([z.literal("limited"), count]);
const missingReply = z.tuple([z.literal("missing")]);
const pledgeReply = z.union([
  limitedReply,
  z.tuple([z.literal("created"), id, z.literal("")], count),
  z.tuple([z.literal("already"), id, z.union([storedEntrySchema, z.literal("")])], count),
]);
/** LIST_SCRIPT's reply: whether more entries follow, and one line per entry. */
const listReply = z.tuple([count, z.union([z.string(), z.number()]).transform(String)]);
const listLineSchema = z.object({
  id: z.string().regex(/^\d+$/),
  hugs: count,
  reports: count,
  reason: z.string().transform((reason) => (reason === "" ? null : reason)),
  entry: storedEntrySchema,
});
const parseListLine = (line: string) => {
  const [entryId, hugs, reports, reason, ...entry] = line.split("\t");
  return listLineSchema.parse({ id: entryId, hugs, reports, reason, entry: JSON.parse(entry.join("\t")) });
};
const hugReply = z.union([limitedReply, missingReply, z.tuple([z.literal("ok"), count, count])]);
const reportReply = z.union([limitedReply, missingReply, z.tuple([z.literal("ok"), count])]);
const moderateReply = z.union([missingReply, z.tuple([z.literal("ok"), z.enum(["visible", "hidden", "removed"])])]);

/** An entry as the operator's script lists it. */
export type ListedEntry = FeedEntry & { reports: number; reason: string | null };

export class PledgeService {
  readonly #keys: PledgeKeys;
  readonly #hash: Hasher;
  readonly #now: () => Date;
  readonly #scripts;

  constructor(
    redis: Redis,
    private readonly options: ServiceOptions,
  ) {
    this.#keys = pledgeKeys(options.keyPrefix);
    this.#hash = createHasher(options.secret);
    this.#now = options.now ?? (() => new Date());
    this.#scripts = {
      pledge: redis.createScript<unknown>(PLEDGE_SCRIPT),
      stats: redis.createScript<unknown, true>(STATS_SCRIPT, { readonly: true }),
      list: redis.createScript<unknown, true>(LIST_SCRIPT, { readonly: true }),
      hug: redis.createScript<unknown>(HUG_SCRIPT),
      report: redis.createScript<unknown>(REPORT_SCRIPT),
      moderate: redis.createScript<unknown>(MODERATE_SCRIPT),
    };
  }

  /** The site's current day and the day before, in its time zone. */
  siteDays(instant = this.#now()): { today: string; yesterday: string } {
    const today = dayIn(this.options.timeZone, instant);
    return { today, yesterday: addDays(today, -1) };
  }

  #stats(values: readonly number[], day: string): Stats {
    const [today = 0, recovery = 0, support = 0, selfCare = 0, yesterday = 0, total = 0] = values;
    return {
      today,
      yesterday,
      total,
      byKind: { recovery, support, "self-care": selfCare },
      day,
      timeZone: this.options.timeZone,
    };
  }

  #windowMs(): number {
    return this.options.limits.windowSeconds * 1000;
  }

  async pledge(request: PledgeRequest, visitor: Visitor): Promise<PledgeOutcome> {
    const instant = this.#now();
    const days = this.siteDays(instant);
    const date = request.localDate ?? days.today;
    if (!isTodaySomewhere(date, instant)) return { status: "date_out_of_range" };

    // Crisis language holds the note (and a name carrying it) back from the public feed.
    const nameHeld = request.name !== null && hasCrisisLanguage(request.name);
    const noteHeld = nameHeld || (request.note !== null && hasCrisisLanguage(request.note));
    const entry: StoredEntry = {
      kind: request.kind,
      name: nameHeld ? null : request.name,
      note: noteHeld ? null : request.note,
      createdAt: new Date(Math.floor(instant.getTime() / 60_000) * 60_000).toISOString(),
    };
    const visitorHash = visitor.deviceId
      ? this.#hash.device(visitor.deviceId)
      : this.#hash.visitor(visitor.ip, visitor.userAgent, instant);
    const k = this.#keys;

    const reply = pledgeReply.parse(
      await this.#scripts.pledge.exec(
        [
          k.rate("pledge", this.#hash.ip(visitor.ip, instant)),
          k.dedupe(date, visitorHash),
          k.seq,
          k.entries,
          k.feed,
          k.day(days.today),
          k.total,
          k.hugs,
          k.reports,
          k.day(days.yesterday),
          k.hidden,
          k.reasons,
        ],
        [
          String(this.options.limits.pledges),
          String(this.#windowMs()),
          String(DEDUPE_TTL_SECONDS),
          request.kind,
          JSON.stringify(entry),
          String(this.options.feedHistory),
          String(DAY_COUNTS_TTL_SECONDS),
          String(trimBatch(this.options.feedHistory)),
        ],
      ),
    );
    switch (reply[0]) {
      case "limited":
        return { status: "limited", retryAfterSeconds: Math.ceil(reply[1] / 1000) };
      case "created": {
        const [, entryId, , ...values] = reply;
        return {
          status: "created",
          pledge: { id: entryId, ...entry },
          noteHeld,
          stats: this.#stats(values, days.today),
        };
      }
      case "already": {
        const [, entryId, stored, ...values] = reply;
        return {
          status: "already",
          pledge: stored ? { id: entryId, ...stored } : null,
          stats: this.#stats(values, days.today),
        };
      }
    }
  }

  async stats(): Promise<Stats> {
    const days = this.siteDays();
    const k = this.#keys;
    const values = counts.parse(
      await this.#scripts.stats.exec([k.day(days.today), k.day(days.yesterday), k.total], []),
    );
    return this.#stats(values, days.today);
  }

  async #list(
    list: "feed" | "hidden",
    limit: number,
    before?: string,
  ): Promise<{ entries: ListedEntry[]; more: boolean }> {
    const k = this.#keys;
    const [more, lines] = listReply.parse(
      await this.#scripts.list.exec(
        [k[list], k.entries, k.hugs, k.reports, k.reasons],
        [before ?? "+inf", String(limit)],
      ),
    );
    const entries: ListedEntry[] =
      lines === ""
        ? []
        : lines.split("\n").map((line) => {
            const { id: entryId, hugs, reports, reason, entry } = parseListLine(line);
            return { id: entryId, ...entry, hugs, reports, reason };
          });
    return { entries, more: more === 1 };
  }

  /** Newest visible entries first; `next` continues after the last one. */
  async feed(query: { limit: number; before?: string | undefined }): Promise<FeedResponse> {
    const { entries, more } = await this.#list("feed", query.limit, query.before);
    return {
      entries: entries.map(({ reports: _reports, reason: _reason, ...entry }) => entry),
      next: more ? (entries.at(-1)?.id ?? null) : null,
    };
  }

  /** For the operator's script: visible entries with their report counts, or the hidden ones. */
  async list(which: "feed" | "hidden", limit: number, before?: string) {
    return this.#list(which, limit, before);
  }

  async hug(
    entryId: string,
    visitor: Visitor & { deviceId: string },
  ): Promise<EntryOutcome<{ hugs: number; alreadyHugged: boolean }>> {
    const instant = this.#now();
    const k = this.#keys;
    const reply = hugReply.parse(
      await this.#scripts.hug.exec(
        [
          k.rate("hug", this.#hash.ip(visitor.ip, instant)),
          k.hugMarker(entryId, this.#hash.device(visitor.deviceId)),
          k.feed,
          k.hugs,
        ],
        [String(this.options.limits.hugs), String(this.#windowMs()), String(DEDUPE_TTL_SECONDS), entryId],
      ),
    );
    if (reply[0] === "limited") return { status: "limited", retryAfterSeconds: Math.ceil(reply[1] / 1000) };
    if (reply[0] === "missing") return { status: "missing" };
    return { status: "ok", value: { hugs: reply[1], alreadyHugged: reply[2] === 1 } };
  }

  async report(
    entryId: string,
    visitor: Visitor & { deviceId: string },
    reason: string | null = null,
  ): Promise<EntryOutcome<{ hidden: boolean }>> {
    const instant = this.#now();
    const k = this.#keys;
    const ipHash = this.#hash.ip(visitor.ip, instant);
    const reply = reportReply.parse(
      await this.#scripts.report.exec(
        [
          k.rate("report", ipHash),
          k.reportMarker(entryId, this.#hash.device(visitor.deviceId)),
          k.entries,
          k.reports,
          k.feed,
          k.hidden,
          k.reportClientMarker(entryId, ipHash),
          k.reasons,
        ],
        [
          String(this.options.limits.reports),
          String(this.#windowMs()),
          String(DEDUPE_TTL_SECONDS),
          entryId,
          String(REPORTS_TO_HIDE),
          reason ?? "",
        ],
      ),
    );
    if (reply[0] === "limited") return { status: "limited", retryAfterSeconds: Math.ceil(reply[1] / 1000) };
    if (reply[0] === "missing") return { status: "missing" };
    return { status: "ok", value: { hidden: reply[1] === 1 } };
  }

  async moderate(
    entryId: string,
    action: ModerationAction,
  ): Promise<Found<{ status: "visible" | "hidden" | "removed" }>> {
    const k = this.#keys;
    const reply = moderateReply.parse(
      await this.#scripts.moderate.exec([k.entries, k.feed, k.hidden, k.hugs, k.reports, k.reasons], [action, entryId]),
    );
    if (reply[0] === "missing") return { status: "missing" };
    return { status: "ok", value: { status: reply[1] } };
  }
}
