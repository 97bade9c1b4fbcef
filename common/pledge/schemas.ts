/**
 * The pledge API's request bodies (zod: the single place they are validated) and the shapes of
 * its answers (the browser imports these types with `import type`, so zod never ships to it).
 */
import { z } from "zod";
import { findContactDetail, normalizeText } from "./text";
import { isCalendarDay } from "./time";
import { NAME_MAX, NOTE_MAX, PLEDGE_KINDS, PLEDGE_PROBLEMS, type PledgeKind, type PledgeProblem } from "./vocabulary";

/** Attaches a PLEDGE_PROBLEMS code to an issue, so a form post can be sent back to the right message. */
const problem = (code: PledgeProblem) => ({ message: PLEDGE_PROBLEMS[code], params: { problem: code } });

/**
 * Optional public text: normalised, empty means absent, limited in length, no contact details.
 * One transform does all of it: each step of a zod chain (a refinement, a transform, a pipe) is
 * another layer on every request, and the profile found this chain of five a third of the
 * handler's validation time.
 */
const publicText = (field: "name" | "note", max: number) =>
  z
    .string({ error: `${field} must be text.` })
    .nullish()
    .transform((raw, ctx): string | null => {
      if (raw === null || raw === undefined) return null;
      const value = normalizeText(raw);
      const failed: PledgeProblem | null =
        value.length > max ? `${field}_too_long` : findContactDetail(value) !== null ? `${field}_contact` : null;
      if (failed) {
        ctx.issues.push({ code: "custom", input: raw, ...problem(failed) });
        return z.NEVER;
      }
      return value === "" ? null : value;
    });

const kind = z.enum(PLEDGE_KINDS, { error: problem("kind_missing").message });
const deviceId = z.uuid({ error: "deviceId must be a random UUID (crypto.randomUUID())." });
const localDate = z
  .string({ error: problem("date_out_of_range").message })
  .refine(isCalendarDay, { ...problem("date_out_of_range"), message: "localDate must be a date written YYYY-MM-DD." })
  .optional();
/** A field people never see; bots fill it in. */
const honeypot = z.string().max(500).optional();

const pledgeFields = {
  kind,
  localDate,
  name: publicText("name", NAME_MAX),
  note: publicText("note", NOTE_MAX),
  website: honeypot,
};

/** `POST /api/pledge` with a JSON body. */
export const pledgeJsonSchema = z.object({ ...pledgeFields, deviceId });

/** `POST /api/pledge` as a plain HTML form: a device id only when the page's script added one. */
export const pledgeFormSchema = z.object({
  ...pledgeFields,
  deviceId: z.preprocess((value) => (value === "" ? undefined : value), deviceId.optional()),
});

export type PledgeInput = z.infer<typeof pledgeFormSchema>;

const entryId = z
  .string({ error: "entryId is missing." })
  .regex(/^[1-9]\d{0,15}$/, { error: "entryId must be the id of a feed entry." });

/** `POST /api/hugs`. */
export const hugSchema = z.object({ entryId, deviceId });

/** `POST /api/reports`. */
export const reportSchema = z.object({
  entryId,
  deviceId,
  reason: z
    .string()
    .transform(normalizeText)
    .pipe(z.string().max(200, { error: "reason can be at most 200 characters." }))
    .optional(),
});

export const MODERATION_ACTIONS = ["hide", "restore", "remove"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** `POST /api/moderation`. */
export const moderationSchema = z.object({
  entryId,
  action: z.enum(MODERATION_ACTIONS, { error: 'action must be "hide", "restore" or "remove".' }),
});

/** `GET /api/feed` query. */
export const feedQuerySchema = z.object({
  limit: z.coerce
    .number({ error: "limit must be a whole number from 1 to 50." })
    .int({ error: "limit must be a whole number from 1 to 50." })
    .min(1, { error: "limit must be a whole number from 1 to 50." })
    .max(50, { error: "limit must be a whole number from 1 to 50." })
    .default(20),
  before: entryId.optional(),
});

// ---- Answers -------------------------------------------------------------------------------
// The handlers build their answers as these types, and tests parse real answers with these
// schemas, so what the browser reads is written down once, here.

const count = z.number().int().nonnegative();

export const statsSchema = z.object({
  /** Pledges received during the site's current day. */
  today: count,
  yesterday: count,
  total: count,
  /** Today's pledges by kind. */
  byKind: z.object({ recovery: count, support: count, "self-care": count }) satisfies z.ZodType<
    Record<PledgeKind, number>
  >,
  /** The site's current day, YYYY-MM-DD, in `timeZone`. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  timeZone: z.string(),
});
export type Stats = z.infer<typeof statsSchema>;

/** A feed entry as stored; its id is the hash field it is stored under. */
export const storedEntrySchema = z.object({
  kind: z.enum(PLEDGE_KINDS),
  name: z.string().nullable(),
  note: z.string().nullable(),
  /** ISO time, to the minute: exact enough for "5 minutes ago", too coarse to match a log line. */
  createdAt: z.string(),
});
export type StoredEntry = z.infer<typeof storedEntrySchema>;

export const pledgeSchema = storedEntrySchema.extend({ id: z.string().regex(/^\d+$/) });
export type Pledge = z.infer<typeof pledgeSchema>;

export const feedEntrySchema = pledgeSchema.extend({ hugs: count });
export type FeedEntry = z.infer<typeof feedEntrySchema>;

const crisisResourceSchema = z.object({
  name: z.string(),
  action: z.string(),
  href: z.string(),
  detail: z.string(),
  website: z.string(),
});

export const pledgeResponseSchema = z.object({
  pledge: pledgeSchema.nullable(),
  alreadyPledged: z.boolean(),
  /** True when the note carried crisis language: it was not published; the pledge counted. */
  noteHeld: z.boolean(),
  stats: statsSchema,
  crisisResources: z.array(crisisResourceSchema).readonly().optional(),
});
export type PledgeResponse = z.infer<typeof pledgeResponseSchema>;

export const feedResponseSchema = z.object({
  entries: z.array(feedEntrySchema),
  /** Cursor for older entries (`?before=`), null at the end. */
  next: z.string().nullable(),
});
export type FeedResponse = z.infer<typeof feedResponseSchema>;

export const hugResponseSchema = z.object({ hugs: count, alreadyHugged: z.boolean() });
export type HugResponse = z.infer<typeof hugResponseSchema>;

export const reportResponseSchema = z.object({ received: z.literal(true) });
export type ReportResponse = z.infer<typeof reportResponseSchema>;

export const moderationResponseSchema = z.object({
  entryId: z.string(),
  status: z.enum(["visible", "hidden", "removed"]),
});
export type ModerationResponse = z.infer<typeof moderationResponseSchema>;

export const healthResponseSchema = z.object({ ok: z.boolean(), store: z.enum(["upstash", "redis", "memory"]) });
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const apiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
