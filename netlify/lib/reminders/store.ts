/**
 * Push reminders in Redis, in plain commands (their own keys, apart from the pledge's scripts):
 *
 *   <prefix>:rem:b:<bucket>  hash: reminder id → { subscription, time, timeZone } as JSON
 *   <prefix>:rem:s:<id>      the bucket a reminder is filed under (to unsubscribe in one step)
 *
 * The id is an HMAC-SHA-256 of the push endpoint under PLEDGE_SECRET, so a key never shows the
 * endpoint. The sender reads one bucket per run (one HVALS). Nothing else is stored.
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
    const previous = await this.redis.get<string | number>(this.indexKey(id));
    if (previous !== null && Number(previous) !== bucket) await this.redis.hdel(this.bucketKey(Number(previous)), id);
    await this.redis.hset(this.bucketKey(bucket), { [id]: JSON.stringify(input) });
    await this.redis.set(this.indexKey(id), String(bucket));
    return bucket;
  }

  /** Deletes a subscription at once. True when there was one. */
  async remove(endpoint: string): Promise<boolean> {
    return this.removeId(this.id(endpoint));
  }

  async removeId(id: string, knownBucket?: number): Promise<boolean> {
    const stored = knownBucket ?? (await this.redis.get<string | number>(this.indexKey(id)));
    if (stored === null) return false;
    await this.redis.hdel(this.bucketKey(Number(stored)), id);
    await this.redis.del(this.indexKey(id));
    return true;
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
    await this.redis.hdel(this.bucketKey(from), entry.id);
    await this.redis.hset(this.bucketKey(to), { [entry.id]: JSON.stringify(entry.reminder) });
    await this.redis.set(this.indexKey(entry.id), String(to));
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
