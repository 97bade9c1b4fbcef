/**
 * The pledge's states and transitions, written down once: `transition(state, event)` returns the
 * next state and the effects to carry out (send, say, retry…). No DOM, no storage, no clock: the
 * view (pledge.ts) reads the device's day, connection, history and outbox into the state before
 * each event, writes back the history and outbox the transition returns, renders the state and
 * runs the effects. So every rule here is a plain function a unit test can call.
 *
 * States of the pledge area: the form (`shown` null), or a thank-you for a date whose variant is
 * "counted" (sent now), "already" (this device had pledged), "waiting" (in the outbox), "sent"
 * (the outbox delivered it) or "today" (pledged earlier today, seen after a reload or in another tab).
 */
import type { PledgeKind } from "../../../common/pledge/vocabulary";
import type { Result } from "./api";
import type { PledgeRequest, PledgeResponse, PublicPledge, Stats } from "./api-types";
import { celebration, streak } from "./days";
import { fill, plural, w } from "./words";

export interface HistoryDay {
  date: string;
  kind: PledgeKind;
}

export type Variant = "counted" | "already" | "today" | "waiting" | "sent";

/** The thank-you on screen: for which date, which variant, and its optional parts. */
export interface Shown {
  date: string;
  variant: Variant;
  kind: PledgeKind;
  /** The note carried crisis language and was kept private: ways to reach someone are shown. */
  held?: boolean;
  /** Why the pledge waits on this device. */
  waiting?: string;
  /** A streak milestone's words. */
  cheer?: string;
}

export interface PledgeState {
  /** The device's calendar day, YYYY-MM-DD (read before each event). */
  today: string;
  /** What the browser says about the connection (read before each event). */
  online: boolean;
  /** The days this device pledged, oldest first: kept in localStorage only. */
  history: HistoryDay[];
  /** Pledges waiting to be sent, at most one per day: kept in localStorage until sent. */
  outbox: PledgeRequest[];
  /** A pledge from the form is on its way. */
  busy: boolean;
  /** The form (null) or the thank-you for a date. */
  shown: Shown | null;
}

type Refusal = Extract<Result<PledgeResponse>, { ok: false }>;

export type PledgeEvent =
  /** The visitor chose a pledge (the view built the request from the form). */
  | { type: "submit"; request: PledgeRequest }
  /** The server's answer (or the network's failure) for a pledge from the form or the outbox. */
  | { type: "answer"; request: PledgeRequest; result: Result<PledgeResponse>; fromOutbox: boolean }
  /** Time to send what waits: on load, back online, the tab shown again, a retry timer. */
  | { type: "flush" }
  /** Re-read: another tab pledged or cleared, or the day changed. */
  | { type: "sync" }
  /** The visitor confirmed clearing their history from this device. */
  | { type: "clear" };

export type Effect =
  | { type: "send"; request: PledgeRequest }
  /** Send the outbox's pledges one by one, stopping at the first that must wait. */
  | { type: "flush" }
  | { type: "retry"; ms: number }
  | { type: "say"; message: string }
  | { type: "stats"; stats: Stats }
  /** The visitor's own new pledge, for the feed. */
  | { type: "own"; pledge: PublicPledge }
  | { type: "resetForm" }
  | { type: "clearProblems" }
  | { type: "problem"; message: string; fields: Record<string, string> }
  /** Forget this device's hugs and own pledge too (the history is cleared in the state). */
  | { type: "forget" };

export interface Step {
  state: PledgeState;
  effects: Effect[];
}

/** The thank-you's title for each variant, in the page's language. */
export const title = (variant: Variant): string => w().titles[variant];

const people = (n: number) => plural(w().people, n);

/** The history with `date` pledged as `kind` (one entry per day, oldest first, at most 400). */
export function withDay(history: readonly HistoryDay[], date: string, kind: PledgeKind): HistoryDay[] {
  const days = history.filter((d) => d.date !== date);
  days.push({ date, kind });
  days.sort((a, b) => (a.date < b.date ? -1 : 1));
  return days.slice(-400);
}

const withoutDay = <T>(items: readonly T[], date: string, dateOf: (item: T) => string): T[] =>
  items.filter((item) => dateOf(item) !== date);

/** How long to wait before sending again: the server's Retry-After, kept between 5 s and 10 min. */
export const retryDelay = (seconds: number): number => Math.min(600, Math.max(5, seconds || 30)) * 1000;

/** A 503 or no answer at all: the pledge waits on the device. Anything else is an answer. */
const mustWait = (status: number) => status === 0 || status === 503;

/** The days pledged in a row up to `date` (see streak in days.ts). */
const streakOf = (history: readonly HistoryDay[], date: string): number =>
  streak(
    history.map((d) => d.date),
    date,
  );

/** The streak's words under the pledge. */
export function streakText(history: readonly HistoryDay[], today: string): string {
  const n = streakOf(history, today);
  if (n === 0) return w().streakZero;
  return n === 1 ? w().streakOne : fill(w().streakMany, { n });
}

/** The thank-you's sentence. */
export function doneText(shown: Shown): string {
  const words = w();
  if (shown.variant === "already") return words.doneAlready;
  const after = shown.variant === "today" ? words.doneTomorrow : shown.cheer ? "" : words.doneGlad;
  return fill(words.donePledged, { kind: words.kinds[shown.kind] }) + after;
}

const cheerFor = (history: readonly HistoryDay[], date: string): string | undefined =>
  celebration(streakOf(history, date));

/** Keep the pledge on this device, show it waiting, and try again later when there is a connection. */
function wait(
  state: PledgeState,
  request: PledgeRequest,
  message: string,
  retryAfter: number,
  effects: Effect[],
): Step {
  const history = withDay(state.history, request.localDate, request.kind);
  const outbox = withoutDay(state.outbox, request.localDate, (p) => p.localDate);
  outbox.push(request);
  const cheer = cheerFor(history, request.localDate);
  const shown: Shown = { date: request.localDate, variant: "waiting", kind: request.kind, waiting: message, cheer };
  effects.push({ type: "say", message });
  if (state.online) effects.push({ type: "retry", ms: retryDelay(retryAfter) });
  return { state: { ...state, history, outbox, shown }, effects };
}

/** The server counted the pledge (now, or earlier for this device). */
function accepted(state: PledgeState, request: PledgeRequest, data: PledgeResponse, fromOutbox: boolean): Step {
  const date = request.localDate;
  const kind = data.pledge?.kind ?? request.kind;
  const history = withDay(state.history, date, kind);
  const next: PledgeState = { ...state, history };
  const effects: Effect[] = [{ type: "stats", stats: data.stats }];
  const count = people(data.stats.today);
  if (data.pledge && !data.noteHeld && !data.alreadyPledged) effects.push({ type: "own", pledge: data.pledge });
  if (!fromOutbox || state.shown?.variant === "waiting") effects.push({ type: "resetForm" });
  const say = (message: string) => effects.push({ type: "say", message });
  if (fromOutbox && date !== state.today) {
    say(fill(w().sentLater, { count }));
  } else if (data.alreadyPledged) {
    next.shown = { date, variant: fromOutbox ? "today" : "already", kind };
    say(fill(w().alreadySay, { count }));
  } else {
    const cheer = fromOutbox ? undefined : cheerFor(history, date);
    next.shown = { date, variant: fromOutbox ? "sent" : "counted", kind, held: data.noteHeld, cheer };
    const first = fromOutbox ? w().backOnline : title("counted");
    say([first, data.noteHeld ? w().heldSay : "", cheer ?? "", count].filter(Boolean).join(" "));
  }
  return { state: next, effects };
}

const problem = (result: Refusal): Effect => ({ type: "problem", message: result.message, fields: result.fields });

/** The answer to a pledge sent from the form. */
function answered(state: PledgeState, request: PledgeRequest, result: Result<PledgeResponse>): Step {
  const idle = { ...state, busy: false };
  if (result.ok) return accepted(idle, request, result.data, false);
  if (!mustWait(result.status)) return { state: idle, effects: [problem(result)] };
  const message = result.status !== 0 ? w().storeDown : state.online ? w().unreachable : w().offline;
  return wait(idle, request, message, result.retryAfter, []);
}

/** The answer to a pledge sent from the outbox. */
function delivered(state: PledgeState, request: PledgeRequest, result: Result<PledgeResponse>): Step {
  const date = request.localDate;
  const outbox = withoutDay(state.outbox, date, (p) => p.localDate);
  if (result.ok) return accepted({ ...state, outbox }, request, result.data, true);
  if (mustWait(result.status) || result.status === 429) {
    return { state, effects: [{ type: "retry", ms: retryDelay(result.retryAfter) }] };
  }
  // Refused for good (the day is over, a link in the note…): say so and offer the form again.
  const history = withoutDay(state.history, date, (d) => d.date);
  const shown = state.shown?.date === date ? null : state.shown;
  return { state: { ...state, outbox, history, shown }, effects: [problem(result)] };
}

/** What the pledge area shows for today, from this device's history and outbox. */
function synced(state: PledgeState): Step {
  const { today, shown } = state;
  const day = state.history.find((d) => d.date === today);
  const waiting = state.outbox.some((p) => p.localDate === today);
  if (!day) return { state: shown ? { ...state, shown: null } : state, effects: [] };
  if (shown && shown.date === today && (shown.variant !== "waiting" || waiting)) return { state, effects: [] };
  const variant = waiting ? "waiting" : "today";
  const message = waiting ? (state.online ? w().shortly : w().offline) : undefined;
  return { state: { ...state, shown: { date: today, variant, kind: day.kind, waiting: message } }, effects: [] };
}

export function transition(state: PledgeState, event: PledgeEvent): Step {
  switch (event.type) {
    case "submit":
      if (state.busy) return { state, effects: [] };
      if (!state.online) return wait(state, event.request, w().offline, 0, [{ type: "clearProblems" }]);
      return {
        state: { ...state, busy: true },
        effects: [{ type: "clearProblems" }, { type: "send", request: event.request }],
      };
    case "answer":
      return event.fromOutbox
        ? delivered(state, event.request, event.result)
        : answered(state, event.request, event.result);
    case "flush":
      return { state, effects: state.online && state.outbox.length > 0 ? [{ type: "flush" }] : [] };
    case "sync":
      return synced(state);
    case "clear":
      return {
        state: { ...state, history: [], shown: null },
        effects: [{ type: "forget" }, { type: "say", message: w().cleared }],
      };
  }
}
