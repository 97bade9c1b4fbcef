/**
 * Push reminders' settings. Without VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY (make a pair with
 * `npx web-push generate-vapid-keys`) the option is not offered at all.
 */
import { z } from "zod";

const text = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const envSchema = z
  .object({
    VAPID_PUBLIC_KEY: text,
    VAPID_PRIVATE_KEY: text,
    /** Who the push services may contact about this sender: a mailto: or https: address. */
    VAPID_SUBJECT: text.refine((v) => v === undefined || /^(mailto:|https:\/\/)/.test(v), {
      error: "VAPID_SUBJECT must start with mailto: or https://.",
    }),
  })
  .refine((e) => (e.VAPID_PUBLIC_KEY === undefined) === (e.VAPID_PRIVATE_KEY === undefined), {
    error: "Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither.",
  });

export interface Vapid {
  publicKey: string;
  privateKey: string;
  subject: string;
}

export function readVapid(env: Record<string, string | undefined>, siteUrl: string): Vapid | undefined {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Push reminders are misconfigured: ${parsed.error.issues.map((i) => i.message).join(" ")}`);
  }
  const e = parsed.data;
  if (!e.VAPID_PUBLIC_KEY || !e.VAPID_PRIVATE_KEY) return undefined;
  return { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY, subject: e.VAPID_SUBJECT ?? siteUrl };
}
