/**
 * The daily push notification's words, per language. Shared by the scheduled sender
 * (netlify/lib/reminders/) and the page (which sends the language code with a subscription):
 * a subscription made from /es/ carries "es" and is sent the Spanish text. Kept free of zod so
 * the page's script can import the list of languages.
 */
export const REMINDER_LANGS = ["en", "es"] as const;
export type ReminderLang = (typeof REMINDER_LANGS)[number];

export interface PushMessage {
  title: string;
  body: string;
  /** Where a tap on the notification opens: the pledge on that language's home page. */
  url: string;
}

export const PUSH_MESSAGES: Record<ReminderLang, PushMessage> = {
  en: { title: "Your daily pledge", body: "One tap, for today. We're glad you're here.", url: "/#pledge" },
  es: { title: "Su promesa diaria", body: "Un toque, por hoy. Nos alegra que esté aquí.", url: "/es/#pledge" },
};

export const isReminderLang = (value: unknown): value is ReminderLang => REMINDER_LANGS.includes(value as ReminderLang);
