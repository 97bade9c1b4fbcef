import { describe, expect, it } from "vitest";
import { pledgeUi } from "../../i18n/pledge-ui";
import type { Result } from "./api";
import type { FeedEntry, FeedResponse, HugResponse } from "./api-types";
import { EMPTY_FEED, type FeedState, feedTransition, hugWords } from "./feed-machine";
import { setWords } from "./words";

setWords(pledgeUi.en);

const entry = (id: string, minute: number, hugs = 0): FeedEntry => ({
  id,
  kind: "recovery",
  name: null,
  note: null,
  createdAt: `2026-03-10T12:${String(minute).padStart(2, "0")}:00.000Z`,
  hugs,
});
const page = (entries: FeedEntry[], next: string | null = null): Result<FeedResponse> => ({
  ok: true,
  status: 200,
  data: { entries, next },
});
const failed = { ok: false, status: 503, message: "Not now.", fields: {}, retryAfter: 0 } as const;
const none = new Set<string>();

const load = (state: FeedState, entries: FeedEntry[], next: string | null = null, focused?: string) =>
  feedTransition(state, {
    type: "page",
    result: page(entries, next),
    older: false,
    hugged: none,
    ...(focused ? { focused } : {}),
  });
const ids = (state: FeedState) => [...state.items.keys()];

describe("feed machine: pages", () => {
  it("loads the newest page and its cursor", () => {
    const step = load(EMPTY_FEED, [entry("3", 30), entry("2", 20)], "2");
    expect(ids(step.state)).toEqual(["3", "2"]);
    expect(step.state).toMatchObject({ next: "2", loaded: true });
  });

  it("never lets a cached page take back a hug", () => {
    const first = load(EMPTY_FEED, [entry("3", 30, 4)]);
    const cached = load(first.state, [entry("3", 30, 2)]);
    expect(cached.state.items.get("3")?.entry.hugs).toBe(4);
  });

  it("removes what a moderator hid, but not the visitor's own pledge or the entry with the focus", () => {
    let state = load(EMPTY_FEED, [entry("4", 40), entry("3", 30), entry("2", 20)]).state;
    state = feedTransition(state, { type: "own", pledge: { ...entry("9", 50) }, hugged: none }).state;
    expect(ids(load(state, [entry("4", 40), entry("2", 20)]).state).sort()).toEqual(["2", "4", "9"]);
    expect(ids(load(state, [entry("4", 40), entry("2", 20)], null, "3").state).sort()).toEqual(["2", "3", "4", "9"]);
  });

  it("keeps entries older than a partial page: they were not covered by it", () => {
    const state = load(EMPTY_FEED, [entry("4", 40), entry("3", 30), entry("1", 10)]).state;
    expect(ids(load(state, [entry("4", 40), entry("3", 30)], "3").state)).toEqual(["4", "3", "1"]);
  });

  it("pages back, says how many, keeps its cursor on refresh and focuses at the end", () => {
    const first = load(EMPTY_FEED, [entry("4", 40)], "4").state;
    const older = feedTransition(first, {
      type: "page",
      result: page([entry("2", 20)], null),
      older: true,
      hugged: none,
    });
    expect(older.state).toMatchObject({ next: null, pagedBack: true });
    expect(older.effects).toEqual([
      { type: "say", message: "1 older pledge shown." },
      { type: "focusOlder", id: "2" },
    ]);
    expect(load(older.state, [entry("5", 50), entry("4", 40)], "4").state.next).toBeNull();
    const empty = feedTransition(older.state, { type: "page", result: page([], null), older: true, hugged: none });
    expect(empty.effects[0]).toEqual({ type: "say", message: "There are no older pledges." });
  });

  it("says when the first load fails, and says an older page's failure aloud", () => {
    expect(feedTransition(EMPTY_FEED, { type: "page", result: failed, older: false, hugged: none }).effects).toEqual([
      { type: "loadFailed" },
    ]);
    const loaded = load(EMPTY_FEED, [entry("1", 10)]).state;
    expect(feedTransition(loaded, { type: "page", result: failed, older: false, hugged: none }).effects).toEqual([]);
    expect(feedTransition(loaded, { type: "page", result: failed, older: true, hugged: none }).effects).toEqual([
      { type: "say", message: "Not now." },
    ]);
  });
});

describe("feed machine: hugs and reports", () => {
  const loaded = load(EMPTY_FEED, [entry("1", 10, 2)]).state;
  const ok = (hugs: number): Result<HugResponse> => ({ ok: true, status: 200, data: { hugs, alreadyHugged: false } });

  it("counts a hug at once, remembers it, sends it, and shows the server's count", () => {
    const hug = feedTransition(loaded, { type: "hug", id: "1" });
    expect(hug.state.items.get("1")).toMatchObject({ hugged: true, entry: { hugs: 3 } });
    expect(hug.effects).toEqual([
      { type: "rememberHug", id: "1", on: true },
      { type: "sendHug", id: "1" },
    ]);
    const sent = feedTransition(hug.state, { type: "hugged", id: "1", result: ok(7) });
    expect(sent.state.items.get("1")?.entry.hugs).toBe(7);
    expect(sent.effects).toEqual([{ type: "say", message: "Hug sent. 7 hugs." }]);
  });

  it("says a second hug changes nothing", () => {
    const hug = feedTransition(loaded, { type: "hug", id: "1" });
    const again = feedTransition(hug.state, { type: "hug", id: "1" });
    expect(again.state).toBe(hug.state);
    expect(again.effects).toEqual([{ type: "say", message: "You already sent a hug. 3 hugs." }]);
  });

  it("takes a failed hug back", () => {
    const hug = feedTransition(loaded, { type: "hug", id: "1" });
    const lost = feedTransition(hug.state, { type: "hugged", id: "1", result: { ...failed, status: 0 } });
    expect(lost.state.items.get("1")).toMatchObject({ hugged: false, entry: { hugs: 2 } });
    expect(lost.effects).toEqual([
      { type: "rememberHug", id: "1", on: false },
      { type: "say", message: "Your hug could not be sent. Please check your connection." },
    ]);
  });

  it("shows at least one hug on an entry this device hugged, until the cache catches up", () => {
    const state = feedTransition(EMPTY_FEED, {
      type: "page",
      result: page([entry("1", 10, 0)]),
      older: false,
      hugged: new Set(["1"]),
    }).state;
    expect(state.items.get("1")).toMatchObject({ hugged: true, entry: { hugs: 1 } });
    const forgot = feedTransition(state, { type: "forget" }).state;
    expect(forgot.items.get("1")?.hugged).toBe(false);
    expect(hugWords(0)).toBe("");
    expect(hugWords(1)).toBe("1 hug");
  });

  it("sends one report at a time and says how it went", () => {
    const report = feedTransition(loaded, { type: "report", id: "1" });
    expect(report.effects).toEqual([{ type: "sendReport", id: "1" }]);
    expect(feedTransition(report.state, { type: "report", id: "1" }).effects).toEqual([]);
    const done = feedTransition(report.state, {
      type: "reported",
      id: "1",
      result: { ok: true, status: 200, data: { received: true } },
    });
    expect(done.state.items.get("1")?.reporting).toBe(false);
    expect(done.effects).toEqual([
      { type: "reportDone", id: "1", message: "Thank you, a moderator will look at it.", ok: true },
      { type: "say", message: "Thank you, a moderator will look at it." },
    ]);
  });
});
