/**
 * The daily push notification's words, per language. Shared by the scheduled sender and the
 * subscription schema (netlify/lib/reminders/): a subscription made from /es/ carries "es" (the
 * page sends its words' language code) and is sent the Spanish text.
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
