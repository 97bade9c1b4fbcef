/**
 * A reminder's time in the page's words: "at 8:30 PM" in English, "a las 20:30" (and "a la
 * 1:15") in Spanish. Pure: the locale and the word pair come from the page's set.
 */
import { fill, pluralForm } from "../page-words";

interface AtWords {
  locale: string;
  at: { one: string; other: string };
}

/** "HH:MM" (24-hour) as the locale writes a time of day; the input as is if it is not one. */
export function localTime(time: string, locale: string): string {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!m) return time;
  const at = new Date(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2])));
  return new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(at);
}

/** "at 8:30 PM" / "a las 20:30": the pair chosen by the hour's plural rule (Spanish "a la 1:00"). */
export function atTime(time: string, words: AtWords): string {
  const hour = Number(time.slice(0, 2));
  return fill(pluralForm(words.at, hour, words.locale), { time: localTime(time, words.locale) }, words.locale);
}
