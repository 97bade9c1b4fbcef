import { describe, expect, it } from "vitest";
import { pledgeUi } from "../../i18n/pledge-ui";
import type { Result } from "./api";
import type { PledgeRequest, PledgeResponse, Stats } from "./api-types";
import { doneText, type Effect, type PledgeState, retryDelay, streakText, transition, withDay } from "./pledge-machine";
import { setWords } from "./words";

// The page hands the script its words; here, the English set.
setWords(pledgeUi.en);
const { offline: OFFLINE, shortly: SHORTLY, storeDown: STORE_DOWN, unreachable: UNREACHABLE } = pledgeUi.en;

const TODAY = "2026-03-10";
const stats: Stats = {
  today: 5,
  yesterday: 3,
  total: 90,
  byKind: { recovery: 2, support: 2, "self-care": 1 },
  day: TODAY,
  timeZone: "America/Chicago",
};
const request = (localDate = TODAY): PledgeRequest => ({ kind: "recovery", deviceId: "d", localDate });
const idle: PledgeState = { today: TODAY, online: true, history: [], outbox: [], busy: false, shown: null };

const counted = (over: Partial<PledgeResponse> = {}): Result<PledgeResponse> => ({
  ok: true,
  status: 200,
  data: {
    pledge: { id: "7", kind: "recovery", name: null, note: null, createdAt: `${TODAY}T12:00:00.000Z` },
    alreadyPledged: false,
    noteHeld: false,
    stats,
    ...over,
  },
});
const refused = (status: number, retryAfter = 0): Result<PledgeResponse> => ({
  ok: false,
  status,
  message: `refused ${status}`,
  fields: status === 400 ? { note: "No links, please." } : {},
  retryAfter,
});
/** The answer to a pledge sent from the form (`fromOutbox` false) or from the outbox. */
const answer = (state: PledgeState, result: Result<PledgeResponse>, fromOutbox = false, date = TODAY) =>
  transition(state, { type: "answer", request: request(date), result, fromOutbox });
const types = (effects: Effect[]) => effects.map((e) => e.type);
const said = (effects: Effect[]) =>
  effects.flatMap((e) => (e.type === "say" || e.type === "problem" ? [e.message] : []));

describe("pledge machine: the form", () => {
  it("sends a pledge once: a second tap while it is on its way does nothing", () => {
    const first = transition(idle, { type: "submit", request: request() });
    expect(first.state.busy).toBe(true);
    expect(types(first.effects)).toEqual(["clearProblems", "send"]);
    const second = transition(first.state, { type: "submit", request: request() });
    expect(second.effects).toEqual([]);
    expect(second.state).toBe(first.state);
  });

  it("thanks the visitor, records the day, updates the counter and the feed", () => {
    const sent = answer({ ...idle, busy: true }, counted());
    expect(sent.state.busy).toBe(false);
    expect(sent.state.history).toEqual([{ date: TODAY, kind: "recovery" }]);
    expect(sent.state.shown).toMatchObject({ date: TODAY, variant: "counted", kind: "recovery", held: false });
    expect(types(sent.effects)).toEqual(["stats", "own", "resetForm", "say"]);
    // The first pledge is a milestone: the thank-you carries its words instead of the usual line.
    expect(sent.state.shown?.cheer).toMatch(/first pledge/);
    expect(said(sent.effects)[0]).toMatch(
      /^Thank you\. Your pledge is counted\. Your first pledge.* 5 people pledged today\.$/,
    );
  });

  it("keeps a held note out of the feed and says where help is", () => {
    const sent = answer(idle, counted({ noteHeld: true }));
    expect(types(sent.effects)).not.toContain("own");
    expect(sent.state.shown?.held).toBe(true);
    expect(said(sent.effects)[0]).toMatch(/really hard/);
  });

  it("says when this device had already pledged today", () => {
    const sent = answer(idle, counted({ alreadyPledged: true }));
    expect(sent.state.shown?.variant).toBe("already");
    expect(types(sent.effects)).not.toContain("own");
    expect(doneText(sent.state.shown ?? { date: TODAY, variant: "today", kind: "support" })).toMatch(
      /already counted, once/,
    );
  });

  it("keeps the pledge on the device when offline, without trying the network", () => {
    const offline = transition({ ...idle, online: false }, { type: "submit", request: request() });
    expect(offline.state.outbox).toEqual([request()]);
    expect(offline.state.history).toEqual([{ date: TODAY, kind: "recovery" }]);
    expect(offline.state.shown).toMatchObject({ variant: "waiting", waiting: OFFLINE });
    expect(types(offline.effects)).toEqual(["clearProblems", "say"]);
  });

  it("keeps the pledge on the device when the store is down or unreachable, and retries later", () => {
    const down = answer({ ...idle, busy: true }, refused(503, 120));
    expect(down.state.shown?.waiting).toBe(STORE_DOWN);
    expect(down.effects).toContainEqual({ type: "retry", ms: 120_000 });
    const lost = answer(idle, refused(0));
    expect(lost.state.shown?.waiting).toBe(UNREACHABLE);
    const dropped = answer({ ...idle, online: false }, refused(0));
    expect(dropped.state.shown?.waiting).toBe(OFFLINE);
    expect(types(dropped.effects)).not.toContain("retry");
  });

  it("shows a refusal by the form and stores nothing", () => {
    const step = answer({ ...idle, busy: true }, refused(400));
    expect(step.state).toEqual(idle);
    expect(step.effects).toEqual([{ type: "problem", message: "refused 400", fields: { note: "No links, please." } }]);
  });
});

describe("pledge machine: the outbox", () => {
  const waiting: PledgeState = {
    ...idle,
    outbox: [request()],
    history: [{ date: TODAY, kind: "recovery" }],
    shown: { date: TODAY, variant: "waiting", kind: "recovery", waiting: OFFLINE },
  };

  it("flushes only when online and something waits", () => {
    expect(transition(waiting, { type: "flush" }).effects).toEqual([{ type: "flush" }]);
    expect(transition({ ...waiting, online: false }, { type: "flush" }).effects).toEqual([]);
    expect(transition(idle, { type: "flush" }).effects).toEqual([]);
  });

  it("takes a delivered pledge out of the outbox and says it was sent", () => {
    const step = answer(waiting, counted(), true);
    expect(step.state.outbox).toEqual([]);
    expect(step.state.shown).toMatchObject({ variant: "sent" });
    expect(step.state.shown?.cheer).toBeUndefined();
    expect(types(step.effects)).toEqual(["stats", "own", "resetForm", "say"]);
    expect(said(step.effects)[0]).toMatch(/^You're back online\. Your saved pledge was sent and counted\./);
  });

  it("delivers yesterday's pledge without changing what today's screen shows", () => {
    const step = answer({ ...idle, outbox: [request("2026-03-09")] }, counted(), true, "2026-03-09");
    expect(step.state.shown).toBeNull();
    expect(step.state.outbox).toEqual([]);
    expect(said(step.effects)).toEqual(["Your saved pledge was sent and counted. 5 people pledged today."]);
  });

  it("keeps waiting (and stops the flush) on a 503, a lost connection or a rate limit", () => {
    for (const status of [0, 503, 429]) {
      const step = answer(waiting, refused(status, 2), true);
      expect(step.state).toBe(waiting);
      expect(step.effects).toEqual([{ type: "retry", ms: 5_000 }]);
    }
  });

  it("drops a pledge refused for good, forgets the day and offers the form again", () => {
    const step = answer(waiting, refused(400), true);
    expect(step.state.outbox).toEqual([]);
    expect(step.state.history).toEqual([]);
    expect(step.state.shown).toBeNull();
    expect(types(step.effects)).toEqual(["problem"]);
  });
});

describe("pledge machine: another tab, a new day, clearing", () => {
  it("shows today's pledge made in another tab, and the form on a new day", () => {
    const history = [{ date: TODAY, kind: "support" as const }];
    const synced = transition({ ...idle, history }, { type: "sync" });
    expect(synced.state.shown).toEqual({ date: TODAY, variant: "today", kind: "support" });
    const tomorrow = transition({ ...synced.state, today: "2026-03-11" }, { type: "sync" });
    expect(tomorrow.state.shown).toBeNull();
  });

  it("shows a pledge another tab keeps waiting, and moves on once it was sent", () => {
    const history = [{ date: TODAY, kind: "recovery" as const }];
    const synced = transition({ ...idle, history, outbox: [request()] }, { type: "sync" });
    expect(synced.state.shown).toMatchObject({ variant: "waiting", waiting: SHORTLY });
    const sent = transition({ ...synced.state, outbox: [] }, { type: "sync" });
    expect(sent.state.shown).toMatchObject({ variant: "today" });
    expect(transition(sent.state, { type: "sync" }).state).toBe(sent.state);
  });

  it("clears the history and says so", () => {
    const step = transition(
      {
        ...idle,
        history: [{ date: TODAY, kind: "recovery" }],
        shown: { date: TODAY, variant: "today", kind: "recovery" },
      },
      { type: "clear" },
    );
    expect(step.state.history).toEqual([]);
    expect(step.state.shown).toBeNull();
    expect(types(step.effects)).toEqual(["forget", "say"]);
  });
});

describe("pledge machine: words and rules", () => {
  it("keeps one entry per day, oldest first, at most 400", () => {
    const days = withDay([{ date: "2026-03-09", kind: "support" }], "2026-03-01", "recovery");
    expect(days.map((d) => d.date)).toEqual(["2026-03-01", "2026-03-09"]);
    expect(withDay(days, "2026-03-09", "self-care")).toEqual([
      { date: "2026-03-01", kind: "recovery" },
      { date: "2026-03-09", kind: "self-care" },
    ]);
    const many = Array.from({ length: 400 }, (_, i) => ({
      date: `2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + Math.floor(i / 12)).padStart(2, "0")}`,
      kind: "recovery" as const,
    }));
    expect(withDay(many, TODAY, "recovery")).toHaveLength(400);
  });

  it("waits 5 s to 10 min before trying again, 30 s when the server did not say", () => {
    expect(retryDelay(0)).toBe(30_000);
    expect(retryDelay(1)).toBe(5_000);
    expect(retryDelay(3600)).toBe(600_000);
  });

  it("writes the streak", () => {
    expect(streakText([], TODAY)).toBe("Today is a good day to begin a new streak.");
    expect(streakText([{ date: TODAY, kind: "recovery" }], TODAY)).toBe("Day 1 of your streak.");
    expect(
      streakText(
        [
          { date: "2026-03-09", kind: "recovery" },
          { date: TODAY, kind: "recovery" },
        ],
        TODAY,
      ),
    ).toBe("2 days in a row. Your streak keeps growing.");
  });
});
