/**
 * The words the check-in's and the reminder's browser modules (src/client/checkin/, reminder/)
 * write, per language: the `ui` blocks of en.ts and es.ts with the page's language and locale.
 * The components put them in a `<script type="application/json">` data block, as the pledge
 * does, so one bundle serves both languages and carries no words itself.
 */
import type { Dict } from "./en";
import { dict, type Lang } from "./index";

interface PageLanguage {
  lang: Lang;
  /** BCP 47 locale for dates, times, numbers and plural rules. */
  locale: string;
}

export type CheckinWords = Dict["checkin"]["ui"] & PageLanguage;
export type ReminderWords = Dict["reminder"]["ui"] & PageLanguage;

export const checkinWords = (lang: Lang): CheckinWords => ({
  lang,
  locale: dict(lang).locale,
  ...dict(lang).checkin.ui,
});
export const reminderWords = (lang: Lang): ReminderWords => ({
  lang,
  locale: dict(lang).locale,
  ...dict(lang).reminder.ui,
});

/** A word set as the text of a JSON data block: `<` escaped so no text can close the element. */
export const dataBlock = (words: object): string => JSON.stringify(words).replace(/</g, "\\u003c");
