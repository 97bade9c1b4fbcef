/**
 * The evening check-in, as pure functions: when to ask, what an answer keeps, the words that
 * answer it, the last 30 days as a calendar and the totals. No storage, no DOM, no network:
 * everything here describes data that only ever lives on the visitor's own device. The words
 * come in as an argument (the page's set, src/i18n/companion.ts), so English and Spanish are the
 * same code.
 */
import type { CheckinWords } from "../../i18n/companion";
import { fill, pluralForm } from "../page-words";
import { dayNumber, localDate } from "../pledge/days";

export const CHECKIN_ANSWERS = ["kept", "hard", "missed"] as const;
export type CheckinAnswer = (typeof CHECKIN_ANSWERS)[number];

/** From this hour of the visitor's own day the home page asks how the day went. */
export const EVENING_HOUR = 16;
export const CHECKIN_NOTE_MAX = 500;
/** Days of answers kept on the device (a little over a year, like the pledge history). */
export const CHECKINS_KEPT = 400;
export const CALENDAR_DAYS = 30;

export interface Checkin {
  date: string;
  answer: CheckinAnswer;
  /** A private note, only ever on this device. */
  note?: string;
}

export const isAnswer = (v: unknown): v is CheckinAnswer => CHECKIN_ANSWERS.includes(v as CheckinAnswer);
const isDate = (v: unknown): v is string => typeof v === "string" && !Number.isNaN(dayNumber(v));

/** The answers found in storage, oldest first; anything malformed is left out. */
export function parseCheckins(value: unknown): Checkin[] {
  if (!Array.isArray(value)) return [];
  const days: Checkin[] = [];
  for (const item of value) {
    if (typeof item !== "object" || item === null) continue;
    const { date, answer, note } = item as Record<string, unknown>;
    if (!isDate(date) || !isAnswer(answer)) continue;
    days.push(typeof note === "string" && note !== "" ? { date, answer, note } : { date, answer });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : 1));
}

export type CheckinView =
  | { kind: "hidden" }
  | { kind: "ask"; today: string }
  | { kind: "answered"; today: string; checkin: Checkin };

/**
 * What the home page shows: nothing unless this device pledged today; the question from
 * EVENING_HOUR on; the answer once given (at any hour, so a reload after midnight-minus-one
 * still shows it until the day is over).
 */
export function checkinView(now: Date, pledgedDates: readonly string[], checkins: readonly Checkin[]): CheckinView {
  const today = localDate(now);
  if (!pledgedDates.includes(today)) return { kind: "hidden" };
  const checkin = checkins.find((c) => c.date === today);
  if (checkin) return { kind: "answered", today, checkin };
  return now.getHours() >= EVENING_HOUR ? { kind: "ask", today } : { kind: "hidden" };
}

export type RecordResult = { ok: true; checkins: Checkin[] } | { ok: false; problem: string };

/** Keeps (or replaces) the answer for `date`, with its optional note. */
export function record(
  checkins: readonly Checkin[],
  date: string,
  answer: CheckinAnswer,
  rawNote: string,
  words: CheckinWords,
): RecordResult {
  const note = rawNote.trim();
  if (note.length > CHECKIN_NOTE_MAX) {
    return { ok: false, problem: fill(words.tooLong, { length: note.length, max: CHECKIN_NOTE_MAX }, words.locale) };
  }
  const entry: Checkin = note ? { date, answer, note } : { date, answer };
  const rest = checkins.filter((c) => c.date !== date);
  return { ok: true, checkins: parseCheckins([...rest, entry]).slice(-CHECKINS_KEPT) };
}

export interface Reply {
  title: string;
  text: string;
  /** Show the crisis lines with it. */
  help: boolean;
}

/** The words that answer a check-in. A hard day is met with warmth, never with a lost count. */
export function reply(answer: CheckinAnswer, pledgedDays: number, words: CheckinWords): Reply {
  const days = fill(pluralForm(words.days, pledgedDays, words.locale), { n: pledgedDays }, words.locale);
  const { title, text } = words.replies[answer];
  // Only "kept" stands alone: a hard day and a day not kept come with the crisis lines.
  return { title, text: fill(text, { days }, words.locale), help: answer !== "kept" };
}

export interface Tally {
  /** Days this device pledged. */
  pledged: number;
  /** Days answered "kept" or "hard, but I'm here". */
  kept: number;
  /** Days answered at all. */
  answered: number;
}

/** The tally in words: "Days pledged: 3. Days kept: 2 of the 3 you checked in on." */
export const tallyLine = (t: Tally, words: CheckinWords): string =>
  fill(words.tally, { pledged: t.pledged, kept: t.kept, answered: t.answered }, words.locale);

/** Kept days and pledged days are counted apart: a day not kept never takes a pledged day away. */
export function tally(pledgedDates: readonly string[], checkins: readonly Checkin[]): Tally {
  return {
    pledged: new Set(pledgedDates).size,
    kept: checkins.filter((c) => c.answer !== "missed").length,
    answered: checkins.length,
  };
}

export interface CalendarDay {
  date: string;
  /** Day of the month, for the grid. */
  day: number;
  /** 0 = Monday … 6 = Sunday, to place the first day in its column. */
  weekday: number;
  pledged: boolean;
  answer: CheckinAnswer | undefined;
  /** The whole day in words, for screen readers: "Tuesday, December 1: pledged, kept" ("martes, 1 de diciembre: …"). */
  label: string;
}

/** The last `days` calendar days ending with `today`, oldest first, described in the page's language. */
export function calendar(
  today: string,
  pledgedDates: readonly string[],
  checkins: readonly Checkin[],
  words: CheckinWords,
  days = CALENDAR_DAYS,
): CalendarDay[] {
  const dayLabel = new Intl.DateTimeFormat(words.locale, {
    weekday: "long",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
  const states = words.dayStates;
  const pledged = new Set(pledgedDates);
  const answers = new Map(checkins.map((c) => [c.date, c.answer]));
  const last = dayNumber(today);
  const result: CalendarDay[] = [];
  for (let n = last - days + 1; n <= last; n++) {
    const at = new Date(n * 86_400_000);
    const date = at.toISOString().slice(0, 10);
    const answer = answers.get(date);
    const said = [pledged.has(date) ? states.pledged : states.none, ...(answer ? [states[answer]] : [])];
    result.push({
      date,
      day: at.getUTCDate(),
      weekday: (at.getUTCDay() + 6) % 7,
      pledged: pledged.has(date),
      answer,
      label: `${dayLabel.format(at)}: ${said.join(", ")}`,
    });
  }
  return result;
}
