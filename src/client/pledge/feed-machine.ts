/**
 * The feed's states and transitions: which entries are on screen, their hug counts, whether this
 * device hugged them, the cursor for older pages, and a report on its way. `feedTransition`
 * returns the next state and the effects to carry out; no DOM, no storage, no network: the view
 * (feed.ts) passes in what it read (the device's hugs, the entry that has the focus) and renders
 * the state.
 */

import type { Result } from "./api";
import type { FeedEntry, FeedResponse, HugResponse, PublicPledge, ReportResponse } from "./api-types";
import { fill, plural, w } from "./words";

export interface FeedItem {
  entry: FeedEntry;
  /** This device sent a hug (kept on the device: a cached page may not count it yet). */
  hugged: boolean;
  /** Added from the visitor's own pledge and not yet seen in a feed answer: never removed. */
  pending: boolean;
  /** A report is on its way: a second tap does nothing. */
  reporting: boolean;
}

export interface FeedState {
  /** Entries on screen by id (the view orders them newest first). */
  items: ReadonlyMap<string, FeedItem>;
  /** Cursor for older entries, null at the end. */
  next: string | null;
  /** The visitor asked for older entries: a refresh then keeps their cursor. */
  pagedBack: boolean;
  /** A page of the feed has arrived at least once. */
  loaded: boolean;
}

export type FeedEvent =
  /** The newest page (`older` false) or an older one; `hugged` is what this device hugged. */
  | { type: "page"; result: Result<FeedResponse>; older: boolean; hugged: ReadonlySet<string>; focused?: string }
  | { type: "own"; pledge: PublicPledge; hugged: ReadonlySet<string> }
  | { type: "hug"; id: string }
  | { type: "hugged"; id: string; result: Result<HugResponse> }
  | { type: "report"; id: string }
  | { type: "reported"; id: string; result: Result<ReportResponse> }
  /** The visitor cleared their history: no entry is marked hugged any more. */
  | { type: "forget" };

export type FeedEffect =
  | { type: "say"; message: string }
  | { type: "sendHug"; id: string }
  /** Keep (or drop) the hug in this device's list. */
  | { type: "rememberHug"; id: string; on: boolean }
  | { type: "sendReport"; id: string }
  /** The report's outcome by its entry; `ok` hides the report button. */
  | { type: "reportDone"; id: string; message: string; ok: boolean }
  /** The page of older entries ended: focus the first added entry (or the list). */
  | { type: "focusOlder"; id: string | undefined }
  | { type: "loadFailed" };

export interface FeedStep {
  state: FeedState;
  effects: FeedEffect[];
}

export const EMPTY_FEED: FeedState = { items: new Map(), next: null, pagedBack: false, loaded: false };

export const hugWords = (n: number): string => (n === 0 ? "" : plural(w().hugs, n));

/** A cached page may not count the hug this device sent yet: an entry it hugged has at least one. */
const counted = (item: FeedItem): FeedItem =>
  item.hugged && item.entry.hugs === 0 ? { ...item, entry: { ...item.entry, hugs: 1 } } : item;

/** Entries merged in: hugs only ever go up (a cached answer must not take back one just sent). */
export function merge(
  items: ReadonlyMap<string, FeedItem>,
  entries: readonly FeedEntry[],
  pending: boolean,
  hugged: ReadonlySet<string>,
): { items: Map<string, FeedItem>; added: string[] } {
  const next = new Map(items);
  const added: string[] = [];
  for (const entry of entries) {
    const known = next.get(entry.id);
    const item: FeedItem = known
      ? {
          ...known,
          entry: { ...entry, hugs: Math.max(entry.hugs, known.entry.hugs) },
          pending: known.pending && pending,
        }
      : { entry, hugged: hugged.has(entry.id), pending, reporting: false };
    if (!known) added.push(entry.id);
    next.set(entry.id, counted(item));
  }
  return { items: next, added };
}

/**
 * Entries the newest page no longer has (hidden or removed by a moderator): those as new as its
 * oldest entry, or all when the page is the whole feed; never the visitor's own pending pledge
 * nor the entry that has the focus.
 */
export function withoutMissing(
  items: ReadonlyMap<string, FeedItem>,
  page: FeedResponse,
  focused: string | undefined,
): Map<string, FeedItem> {
  const ids = new Set(page.entries.map((e) => e.id));
  const oldest = page.entries.at(-1)?.createdAt ?? "";
  const end = page.next === null;
  const kept = new Map(items);
  for (const [id, item] of items) {
    const covered = end || (oldest !== "" && item.entry.createdAt >= oldest);
    if (covered && !ids.has(id) && !item.pending && id !== focused) kept.delete(id);
  }
  return kept;
}

function paged(state: FeedState, event: Extract<FeedEvent, { type: "page" }>): FeedStep {
  const { result } = event;
  if (!result.ok) {
    if (event.older) return { state, effects: [{ type: "say", message: result.message }] };
    return { state, effects: state.loaded ? [] : [{ type: "loadFailed" }] };
  }
  const { items, added } = merge(state.items, result.data.entries, false, event.hugged);
  if (!event.older) {
    const next = state.pagedBack ? state.next : result.data.next;
    return {
      state: { ...state, items: withoutMissing(items, result.data, event.focused), next, loaded: true },
      effects: [],
    };
  }
  const n = added.length;
  const effects: FeedEffect[] = [
    {
      type: "say",
      message: n === 0 ? w().noOlder : plural(w().olderShown, n),
    },
  ];
  if (result.data.next === null) effects.push({ type: "focusOlder", id: added[0] });
  return { state: { ...state, items, next: result.data.next, pagedBack: true }, effects };
}

/** The state with one item changed. */
function update(state: FeedState, id: string, change: (item: FeedItem) => FeedItem): FeedState {
  const item = state.items.get(id);
  if (!item) return state;
  const items = new Map(state.items);
  items.set(id, counted(change(item)));
  return { ...state, items };
}

const withHugs = (item: FeedItem, hugs: number): FeedItem => ({ ...item, entry: { ...item.entry, hugs } });

function hug(state: FeedState, id: string): FeedStep {
  const item = state.items.get(id);
  if (!item) return { state, effects: [] };
  if (item.hugged) {
    // Pressing again changes nothing; say so, so a screen-reader user is not left guessing.
    return { state, effects: [{ type: "say", message: fill(w().hugAgain, { count: hugWords(item.entry.hugs) }) }] };
  }
  const next = update(state, id, (it) => ({ ...withHugs(it, it.entry.hugs + 1), hugged: true }));
  return {
    state: next,
    effects: [
      { type: "rememberHug", id, on: true },
      { type: "sendHug", id },
    ],
  };
}

function hugged(state: FeedState, id: string, result: Result<HugResponse>): FeedStep {
  if (result.ok) {
    const message = fill(w().hugSent, { count: hugWords(result.data.hugs) });
    return { state: update(state, id, (it) => withHugs(it, result.data.hugs)), effects: [{ type: "say", message }] };
  }
  const next = update(state, id, (it) => ({ ...withHugs(it, Math.max(0, it.entry.hugs - 1)), hugged: false }));
  const message = result.status === 0 ? w().hugFailed : result.message;
  return {
    state: next,
    effects: [
      { type: "rememberHug", id, on: false },
      { type: "say", message },
    ],
  };
}

export function feedTransition(state: FeedState, event: FeedEvent): FeedStep {
  switch (event.type) {
    case "page":
      return paged(state, event);
    case "own":
      return {
        state: { ...state, items: merge(state.items, [{ ...event.pledge, hugs: 0 }], true, event.hugged).items },
        effects: [],
      };
    case "hug":
      return hug(state, event.id);
    case "hugged":
      return hugged(state, event.id, event.result);
    case "report": {
      // One report at a time per entry: a second tap while the first is on its way does nothing.
      if (state.items.get(event.id)?.reporting !== false) return { state, effects: [] };
      return {
        state: update(state, event.id, (it) => ({ ...it, reporting: true })),
        effects: [{ type: "sendReport", id: event.id }],
      };
    }
    case "reported": {
      const { result, id } = event;
      const message = result.ok ? w().reported : result.message;
      return {
        state: update(state, id, (it) => ({ ...it, reporting: false })),
        effects: [
          { type: "reportDone", id, message, ok: result.ok },
          { type: "say", message },
        ],
      };
    }
    case "forget": {
      const items = new Map([...state.items].map(([id, item]) => [id, { ...item, hugged: false }]));
      return { state: { ...state, items }, effects: [] };
    }
  }
}
