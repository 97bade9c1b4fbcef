/**
 * The pledge service: every operation of the community side, written once against the
 * @upstash/redis client. Each write is one Lua script (lua.ts): one command, one round trip; the
 * public reads are plain HMGETs of the pledges hash (keys.ts).
 */
import { createHash } from "node:crypto";
import type { Redis } from "@upstash/redis";
import { z } from "zod";
import {
  type FeedEntry,
  type FeedResponse,
  type ModerationAction,
  type Pledge,
  type Stats,
  type StoredEntry,
  storedEntrySchema,
} from "../../../common/pledge/schemas";
import { hasCrisisLanguage } from "../../../common/pledge/text";
import { addDays, datesInUse, dayIn, isTodaySomewhere } from "../../../common/pledge/time";
import { PLEDGE_KINDS, type PledgeKind } from "../../../common/pledge/vocabulary";
import { DAY_COUNTS_KEPT, DEDUPE_TTL_SECONDS, FIELD, type PledgeKeys, pledgeKeys, type RateAction } from "./keys";
import {
  HIDDEN_LUA,
  HUG_LUA,
  type LuaArgs,
  type LuaFlavour,
  type LuaKeys,
  type LuaScript,
  luaCall,
  luaSource,
  MODERATE_LUA,
  PLEDGE_LUA,
  REPORT_LUA,
} from "./lua";
import { createHasher, type Hasher } from "./privacy";

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
  /** The store behind the client: on Upstash the scripts carry `allow-key-locking` (lua.ts). */
  store?: { kind: string };
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

// A number first: the scripts' JSON replies give ids as numbers (a union tries its options in order).
const id = z.union([z.number(), z.string()]).transform(String);
const count = z.coerce.number().int().nonnegative();
/** A count read from the hash: missing (or unreadable) is 0. */
const toCount = (value: unknown): number => count.catch(0).parse(value ?? 0);
/**
 * A write script's answer: JSON text (lua.ts), which the client has usually decoded already; a
 * client without automatic deserialization hands over the text.
 */
const jsonReply = <S extends z.ZodType>(schema: S) =>
  z.preprocess((raw) => (typeof raw === "string" ? JSON.parse(raw) : raw), schema);
const limitedReply = z.tuple([z.literal("limited")]);
const missingReply = z.tuple([z.literal("missing")]);
// The usual answer first: a union tries its options in order, and each that fails costs issues.
const pledgeReply = jsonReply(
  z.union([
    z.tuple([z.literal("created"), id, z.literal("")], count),
    z.tuple([z.literal("already"), id, z.union([storedEntrySchema, z.literal("")])], count),
    limitedReply,
  ]),
);
/** HIDDEN_LUA's reply: whether more entries follow, and one line per entry. */
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
const hugReply = jsonReply(z.union([limitedReply, missingReply, z.tuple([z.literal("ok"), count, count])]));
const reportReply = jsonReply(z.union([limitedReply, missingReply, z.tuple([z.literal("ok"), count])]));
const moderateReply = jsonReply(
  z.union([missingReply, z.tuple([z.literal("ok"), z.enum(["visible", "hidden", "removed"])])]),
);

/** An entry as the operator's script lists it. */
export type ListedEntry = FeedEntry & { reports: number; reason: string | null };

/** Runs one script with named keys and arguments (EVALSHA, or EVALSHA_RO for a read). */
type Runner<S> = (keys: LuaKeys<S>, args: LuaArgs<S>) => Promise<unknown>;

/** Redis's answer to EVALSHA for a script it has not loaded yet (after a restart, or a new script). */
const isNoScript = (error: unknown): boolean => error instanceof Error && /noscript/i.test(error.message);

/**
 * EVALSHA with the script's SHA-1, worked out once here, and EVAL (which loads it) when Redis
 * answers NOSCRIPT: what the client's `createScript().exec` does, without the promise it awaits
 * for its SHA-1 and the `.catch` it chains on every call.
 */
const runner = <S extends LuaScript>(redis: Redis, script: S, flavour: LuaFlavour): Runner<S> => {
  const source = luaSource(script, flavour);
  const sha = createHash("sha1").update(source).digest("hex");
  const [bySha, bySource] = script.readonly
    ? [redis.evalshaRo.bind(redis), redis.evalRo.bind(redis)]
    : [redis.evalsha.bind(redis), redis.eval.bind(redis)];
  return async (keys, args) => {
    const call = luaCall(script, keys, args);
    try {
      return await bySha(sha, call.keys, call.args);
    } catch (error) {
      if (isNoScript(error)) return await bySource(source, call.keys, call.args);
      throw error;
    }
  };
};

const scriptsFor = (redis: Redis, flavour: LuaFlavour) => ({
  pledge: runner(redis, PLEDGE_LUA, flavour),
  hidden: runner(redis, HIDDEN_LUA, flavour),
  hug: runner(redis, HUG_LUA, flavour),
  report: runner(redis, REPORT_LUA, flavour),
  moderate: runner(redis, MODERATE_LUA, flavour),
});

export class PledgeService {
  readonly #keys: PledgeKeys;
  readonly #hash: Hasher;
  readonly #now: () => Date;
  readonly #scripts: ReturnType<typeof scriptsFor>;
  readonly #redis: Redis;
  /** Each action's limit per rate window, and the feed's trim batch: fixed by the options. */
  readonly #limits: Record<RateAction, number>;
  readonly #trimBatch: number;

  constructor(
    redis: Redis,
    private readonly options: ServiceOptions,
  ) {
    this.#redis = redis;
    this.#keys = pledgeKeys(options.keyPrefix);
    this.#hash = createHasher(options.secret);
    this.#now = options.now ?? (() => new Date());
    this.#scripts = scriptsFor(redis, options.store?.kind === "upstash" ? "upstash" : "redis");
    const { pledges, hugs, reports } = options.limits;
    this.#limits = { pledge: pledges, hug: hugs, report: reports };
    this.#trimBatch = trimBatch(options.feedHistory);
  }

  #days = { minute: Number.NaN, today: "", yesterday: "", keepFrom: "", earliest: "", latest: "", createdAt: "" };

  /**
   * The site's current day, the day before, and the oldest day whose counts are kept, in its
   * time zone; the dates in use somewhere on Earth (a pledger's date must be one); and the
   * minute an entry made now is stamped with. Worked out once a minute (all of them change on
   * the minute at most): the profile found the time zone formatting, and then the date
   * arithmetic, a noticeable part of a pledge's time.
   */
  siteDays(instant = this.#now()) {
    const minute = Math.floor(instant.getTime() / 60_000);
    if (this.#days.minute !== minute) {
      const today = dayIn(this.options.timeZone, instant);
      const keepFrom = addDays(today, 1 - DAY_COUNTS_KEPT);
      const createdAt = new Date(minute * 60_000).toISOString();
      this.#days = { minute, today, yesterday: addDays(today, -1), keepFrom, ...datesInUse(instant), createdAt };
    }
    return this.#days;
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

  /**
   * The rate limit's keys and arguments for an action by a client at `instant`: fixed windows
   * counted from the epoch, so every function instance agrees on them.
   */
  #rate(action: RateAction, ip: string, instant: Date) {
    const windowMs = this.options.limits.windowSeconds * 1000;
    const window = Math.floor(instant.getTime() / windowMs);
    const endsInMs = (window + 1) * windowMs - instant.getTime();
    return {
      key: this.#keys.rate(window),
      args: {
        rate_field: this.#keys.rateField(action, this.#hash.ip(ip, instant)),
        rate_limit: this.#limits[action],
        // A minute past the window's end, so an instance whose clock runs a little behind still
        // finds the window's counts; never past 48 hours. (A write after it expired gives the
        // recreated hash its expiry again: lua.ts, RATE_LIMIT.)
        rate_ttl_ms: Math.min(endsInMs + 60_000, DEDUPE_TTL_SECONDS * 1000),
      },
      retryAfterSeconds: Math.ceil(endsInMs / 1000),
    };
  }

  async pledge(request: PledgeRequest, visitor: Visitor): Promise<PledgeOutcome> {
    const instant = this.#now();
    const days = this.siteDays(instant);
    const date = request.localDate ?? days.today;
    if (!isTodaySomewhere(date, days)) return { status: "date_out_of_range" };

    // Crisis language holds the note (and a name carrying it) back from the public feed.
    const nameHeld = request.name !== null && hasCrisisLanguage(request.name);
    const noteHeld = nameHeld || (request.note !== null && hasCrisisLanguage(request.note));
    const entry: StoredEntry = {
      kind: request.kind,
      name: nameHeld ? null : request.name,
      note: noteHeld ? null : request.note,
      createdAt: days.createdAt,
    };
    const visitorHash = visitor.deviceId
      ? this.#hash.device(visitor.deviceId)
      : this.#hash.visitor(visitor.ip, visitor.userAgent, instant);
    const rate = this.#rate("pledge", visitor.ip, instant);
    const k = this.#keys;
    const reply = pledgeReply.parse(
      await this.#scripts.pledge(
        { pledges_key: k.pledges, rate_key: rate.key, dedupe_key: k.dedupe(date, visitorHash), hidden_key: k.hidden },
        {
          ...rate.args,
          dedupe_ttl_s: DEDUPE_TTL_SECONDS,
          kind: request.kind,
          entry_json: JSON.stringify(entry),
          today: days.today,
          yesterday: days.yesterday,
          keep_from: days.keepFrom,
          history: this.options.feedHistory,
          trim_batch: this.#trimBatch,
        },
      ),
    );
    switch (reply[0]) {
      case "limited":
        return { status: "limited", retryAfterSeconds: rate.retryAfterSeconds };
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

  /**
   * One HMGET, no script: the all-time count is the last entry id, and the days' counts are
   * fields of the same hash.
   */
  async stats(): Promise<Stats> {
    const days = this.siteDays();
    const fields = [
      FIELD.seq,
      ...[days.today, days.yesterday].flatMap((day) => PLEDGE_KINDS.map((kind) => FIELD.day(day, kind))),
    ];
    const got = (await this.#redis.hmget<Record<string, unknown>>(this.#keys.pledges, ...fields)) ?? {};
    const [total = 0, recovery = 0, support = 0, selfCare = 0, ...yesterday] = fields.map((field) =>
      toCount(got[field]),
    );
    const today = recovery + support + selfCare;
    return this.#stats([today, recovery, support, selfCare, yesterday.reduce((a, b) => a + b, 0), total], days.today);
  }

  /**
   * A page of the visible feed below `before`, newest first, with hug (and report) counts: ids are
   * consecutive, so the page is one HMGET of the fields of the ids below the cursor, after one
   * HMGET of the last id. Hidden and removed ids are skipped, reading further ids when too many
   * were. Two commands, no script: a read needs no atomicity (an entry trimmed meanwhile is skipped).
   */
  async #visible(limit: number, before: string | undefined): Promise<{ entries: ListedEntry[]; more: boolean }> {
    const key = this.#keys.pledges;
    const head = (await this.#redis.hmget<Record<string, unknown>>(key, FIELD.seq, FIELD.trimmed)) ?? {};
    const floor = toCount(head[FIELD.trimmed]) + 1;
    let id = toCount(head[FIELD.seq]);
    if (before !== undefined) id = Math.min(id, Number(before) - 1);
    const entries: ListedEntry[] = [];
    while (id >= floor && entries.length <= limit) {
      const ids = Array.from({ length: Math.min(limit + 1, id - floor + 1) }, (_, i) => String(id - i));
      const fields = ids.flatMap((n) => [FIELD.entry(n), FIELD.hugs(n), FIELD.reports(n), FIELD.reason(n)]);
      const got = (await this.#redis.hmget<Record<string, unknown>>(key, ...fields)) ?? {};
      for (const n of ids) {
        const stored = got[FIELD.entry(n)];
        if (stored === null || stored === undefined) continue;
        entries.push(this.#listed(n, stored, got[FIELD.hugs(n)], got[FIELD.reports(n)], got[FIELD.reason(n)]));
      }
      id -= ids.length;
    }
    return { entries: entries.slice(0, limit), more: entries.length > limit };
  }

  /** One listed entry from hash values (the client decodes JSON values: entries arrive as objects). */
  #listed(id: string, stored: unknown, hugs: unknown, reports: unknown, reason: unknown): ListedEntry {
    const entry = storedEntrySchema.parse(typeof stored === "string" ? JSON.parse(stored) : stored);
    return {
      id,
      ...entry,
      hugs: toCount(hugs),
      reports: toCount(reports),
      reason:
        reason === null || reason === undefined ? null : typeof reason === "string" ? reason : JSON.stringify(reason),
    };
  }

  async #list(
    which: "feed" | "hidden",
    limit: number,
    before?: string,
  ): Promise<{ entries: ListedEntry[]; more: boolean }> {
    if (which === "feed") return this.#visible(limit, before);
    const k = this.#keys;
    const [more, lines] = listReply.parse(
      await this.#scripts.hidden({ pledges_key: k.pledges, hidden_key: k.hidden }, { before: before ?? "", limit }),
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
    const rate = this.#rate("hug", visitor.ip, instant);
    const k = this.#keys;
    const reply = hugReply.parse(
      await this.#scripts.hug(
        {
          pledges_key: k.pledges,
          rate_key: rate.key,
          marker_key: k.hugMarker(entryId, this.#hash.device(visitor.deviceId)),
        },
        { ...rate.args, marker_ttl_s: DEDUPE_TTL_SECONDS, entry_id: entryId },
      ),
    );
    if (reply[0] === "limited") return { status: "limited", retryAfterSeconds: rate.retryAfterSeconds };
    if (reply[0] === "missing") return { status: "missing" };
    return { status: "ok", value: { hugs: reply[1], alreadyHugged: reply[2] === 1 } };
  }

  async report(
    entryId: string,
    visitor: Visitor & { deviceId: string },
    reason: string | null = null,
  ): Promise<EntryOutcome<{ hidden: boolean }>> {
    const instant = this.#now();
    const rate = this.#rate("report", visitor.ip, instant);
    const k = this.#keys;
    const reply = reportReply.parse(
      await this.#scripts.report(
        {
          pledges_key: k.pledges,
          rate_key: rate.key,
          device_marker_key: k.reportMarker(entryId, this.#hash.device(visitor.deviceId)),
          client_marker_key: k.reportClientMarker(entryId, this.#hash.ip(visitor.ip, instant)),
          hidden_key: k.hidden,
        },
        {
          ...rate.args,
          marker_ttl_s: DEDUPE_TTL_SECONDS,
          entry_id: entryId,
          reports_to_hide: REPORTS_TO_HIDE,
          reason: reason ?? "",
        },
      ),
    );
    if (reply[0] === "limited") return { status: "limited", retryAfterSeconds: rate.retryAfterSeconds };
    if (reply[0] === "missing") return { status: "missing" };
    return { status: "ok", value: { hidden: reply[1] === 1 } };
  }

  async moderate(
    entryId: string,
    action: ModerationAction,
  ): Promise<Found<{ status: "visible" | "hidden" | "removed" }>> {
    const k = this.#keys;
    const reply = moderateReply.parse(
      await this.#scripts.moderate({ pledges_key: k.pledges, hidden_key: k.hidden }, { action, entry_id: entryId }),
    );
    if (reply[0] === "missing") return { status: "missing" };
    return { status: "ok", value: { status: reply[1] } };
  }
}
