/**
 * Push reminders in Redis, in plain commands (their own keys, apart from the pledge's scripts):
 *
 *   <prefix>:rem:b:<bucket>  hash: reminder id → { subscription, time, timeZone, lang? } as JSON
 *                            (lang, "es", only for a subscription made from the Spanish page)
 *   <prefix>:rem:s:<id>      the bucket a reminder is filed under (to unsubscribe in one step)
 *
 * The id is an HMAC-SHA-256 of the push endpoint under PLEDGE_SECRET, so a key never shows the
 * endpoint. The sender reads one bucket per run (one HVALS). Nothing else is stored.
 *
 * Each change (file, move, delete) is one small script, so two requests at once can never leave
 * a reminder in two buckets (two notifications a day) or bring back one just turned off. The old
 * bucket's key is built inside the script from ARGV (these scripts run without Upstash's key
 * locking, which would need every key declared).
 */
import { createHmac } from "node:crypto";
import type { Redis } from "@upstash/redis";
import { bucketOn } from "./buckets";
import { type StoredReminder, type SubscribeInput, storedReminderSchema } from "./schema";

export interface ReminderStoreOptions {
  secret: string;
  keyPrefix: string;
}

export interface DueReminder {
  id: string;
  reminder: StoredReminder;
}

/** KEYS: index, new bucket. ARGV: id, reminder JSON, new bucket, bucket key prefix. */
const SAVE_LUA = `local prev = redis.call('GET', KEYS[1])
if prev and prev ~= ARGV[3] then redis.call('HDEL', ARGV[4] .. prev, ARGV[1]) end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('SET', KEYS[1], ARGV[3])
return 1`;

/** KEYS: index. ARGV: id, bucket key prefix, bucket to use when the index is gone (or ""). */
const REMOVE_LUA = `local b = redis.call('GET', KEYS[1])
if not b then b = ARGV[3] end
if b == '' then return 0 end
redis.call('HDEL', ARGV[2] .. b, ARGV[1])
redis.call('DEL', KEYS[1])
return 1`;

/** KEYS: index, from bucket, to bucket. ARGV: id, reminder JSON, from, to. Only if still filed under "from". */
const MOVE_LUA = `if redis.call('GET', KEYS[1]) ~= ARGV[3] then return 0 end
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
redis.call('SET', KEYS[1], ARGV[4])
return 1`;

export class ReminderStore {
  constructor(
    readonly redis: Redis,
    private readonly options: ReminderStoreOptions,
  ) {}

  id(endpoint: string): string {
    return createHmac("sha256", this.options.secret).update(`reminder\0${endpoint}`).digest("hex");
  }

  bucketKey(bucket: number): string {
    return `${this.options.keyPrefix}:rem:b:${bucket}`;
  }

  indexKey(id: string): string {
    return `${this.options.keyPrefix}:rem:s:${id}`;
  }

  /** Files (or re-files) a subscription under the bucket of its time today. Returns the bucket. */
  async save(input: SubscribeInput, now: number): Promise<number> {
    const id = this.id(input.subscription.endpoint);
    const bucket = bucketOn(now, input.time, input.timeZone);
    await this.redis.eval(
      SAVE_LUA,
      [this.indexKey(id), this.bucketKey(bucket)],
      [id, JSON.stringify(input), String(bucket), this.bucketKey(0).slice(0, -1)],
    );
    return bucket;
  }

  /** Deletes a subscription at once. True when there was one. */
  async remove(endpoint: string): Promise<boolean> {
    return this.removeId(this.id(endpoint));
  }

  async removeId(id: string, knownBucket?: number): Promise<boolean> {
    const fallback = knownBucket === undefined ? "" : String(knownBucket);
    const removed = await this.redis.eval(
      REMOVE_LUA,
      [this.indexKey(id)],
      [id, this.bucketKey(0).slice(0, -1), fallback],
    );
    return Number(removed) === 1;
  }

  /**
   * The reminders filed under `bucket`, in one command (HVALS: the id is the endpoint's hash,
   * so it need not be read). A malformed entry cannot be named by its id and is left alone.
   */
  async due(bucket: number): Promise<DueReminder[]> {
    const values: unknown[] = (await this.redis.hvals(this.bucketKey(bucket))) ?? [];
    const due: DueReminder[] = [];
    for (const value of values) {
      const parsed = storedReminderSchema.safeParse(typeof value === "string" ? safeJson(value) : value);
      if (parsed.success) due.push({ id: this.id(parsed.data.subscription.endpoint), reminder: parsed.data });
    }
    return due;
  }

  /** Moves a reminder to another bucket (a daylight-saving change). */
  async move(entry: DueReminder, from: number, to: number): Promise<void> {
    await this.redis.eval(
      MOVE_LUA,
      [this.indexKey(entry.id), this.bucketKey(from), this.bucketKey(to)],
      [entry.id, JSON.stringify(entry.reminder), String(from), String(to)],
    );
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
