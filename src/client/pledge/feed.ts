/**
 * The feed "Recovering out loud": newest first, refreshed in place (new pledges slide in at
 * the top, hug counts update, entries a moderator removed disappear), older pages on request,
 * hugs and reports. Everything a person typed goes in with textContent. What happens when is
 * decided by feed-machine.ts; this file renders its state and carries out its effects.
 */
import { getFeed, sendHug, sendReport } from "./api";
import type { FeedEntry, PublicPledge } from "./api-types";
import { relativeTime } from "./days";
import { parts, show } from "./dom";
import { EMPTY_FEED, type FeedEffect, type FeedEvent, type FeedState, feedTransition, hugWords } from "./feed-machine";
import { deviceId, hugged, keepOwnPledge, recentOwnPledge, rememberHug } from "./storage";
import { w } from "./words";

export interface Feed {
  /** First load, and every refresh after it: merges the newest page into the list. */
  refresh(): Promise<void>;
  /** The visitor's own pledge, shown at once (the feed itself is cached for a few seconds). */
  addOwn(pledge: PublicPledge): void;
  /** Remove "hugged" marks after the visitor cleared their history. */
  forgetHugs(): void;
}

type Say = (message: string) => void;

/** One entry's elements, by their data attributes in the feed's <template> (see parts in dom.ts). */
interface EntryParts {
  entry: HTMLLIElement;
  entryKind: HTMLElement;
  entryName: HTMLElement;
  entryTime: HTMLTimeElement;
  entryNote: HTMLElement;
  entryHug: HTMLElement;
  entryHugs: HTMLElement;
  entryReport: HTMLElement;
  entryConfirm: HTMLElement;
  entryReportYes: HTMLElement;
  entryReportNo: HTMLElement;
  entryReported: HTMLElement;
}

/** A list item from the template, with the entry's words and labels for its buttons. */
function build(template: HTMLTemplateElement, entry: FeedEntry): EntryParts {
  const p = parts<EntryParts>(template.content.cloneNode(true) as DocumentFragment);
  const li = p.entry;
  // Entry ids are unique on the page (an entry removed and shown again is built anew).
  const id = `feed-entry-${entry.id}`;
  li.dataset.id = entry.id;
  li.dataset.created = entry.createdAt;
  li.tabIndex = -1;
  p.entryKind.id = `${id}-kind`;
  p.entryKind.textContent = w().kinds[entry.kind] ?? entry.kind;
  p.entryName.id = `${id}-name`;
  p.entryName.textContent = entry.name?.trim() || w().someone;
  p.entryTime.dateTime = entry.createdAt;
  // The server writes createdAt (an ISO time): the full date and time on hover.
  p.entryTime.title = new Date(entry.createdAt).toLocaleString(w().locale);
  p.entryNote.textContent = entry.note ?? "";
  show(p.entryNote, Boolean(entry.note));
  for (const button of [p.entryHug, p.entryReport]) {
    button.setAttribute("aria-describedby", `${id}-kind ${id}-name`);
  }
  return p;
}

/** Puts a new item among the others, newest first (before the first older one, else last). */
function place(list: HTMLElement, li: HTMLElement, created: string): void {
  const lis = list.children as HTMLCollectionOf<HTMLElement>;
  list.insertBefore(li, [...lis].find((other) => (other.dataset.created ?? "") < created) ?? null);
}

/** The feed's elements, by their data attributes (see parts in dom.ts). */
export interface FeedParts {
  feedList: HTMLElement;
  feedStatus: HTMLElement;
  feedOlder: HTMLElement;
  feedTemplate: HTMLTemplateElement;
}

/** The feed's elements, and the elements shown for each entry id. */
interface FeedView {
  el: FeedParts;
  lis: Map<string, EntryParts>;
}

/** Brings the list in line with the state: entries added, removed and repainted. */
function render(view: FeedView, state: FeedState): void {
  const { lis } = view;
  const status = view.el.feedStatus;
  for (const [id, p] of lis) {
    if (!state.items.has(id)) {
      p.entry.remove();
      lis.delete(id);
    }
  }
  for (const [id, item] of state.items) {
    let p = lis.get(id);
    if (!p) {
      p = build(view.el.feedTemplate, item.entry);
      lis.set(id, p);
      place(view.el.feedList, p.entry, item.entry.createdAt);
    }
    p.entryTime.textContent = relativeTime(item.entry.createdAt);
    p.entryHugs.textContent = hugWords(item.entry.hugs);
    p.entryHug.setAttribute("aria-pressed", String(item.hugged));
  }
  // Until the first page arrives the status keeps saying it is loading (or that it failed).
  if (state.loaded || state.items.size > 0) {
    status.textContent = w().noneYet;
    show(status, state.items.size === 0);
    show(view.el.feedOlder, state.next !== null);
  }
}

/** A report's outcome by its entry: on success the report button goes and the thank-you takes the focus. */
function reportDone(p: EntryParts, message: string, ok: boolean): void {
  const done = p.entryReported;
  if (ok) {
    show(p.entryConfirm, false);
    show(p.entryReport, false);
  }
  done.textContent = message;
  show(done, true);
  if (ok) done.focus();
}

function run(view: FeedView, effect: FeedEffect, dispatch: (event: FeedEvent) => void, say: Say): void {
  switch (effect.type) {
    case "say":
      say(effect.message);
      return;
    case "rememberHug":
      rememberHug(effect.id, effect.on);
      return;
    case "sendHug": {
      const { id } = effect;
      void sendHug(id, deviceId()).then((result) => dispatch({ type: "hugged", id, result }));
      return;
    }
    case "sendReport": {
      const { id } = effect;
      void sendReport(id, deviceId()).then((result) => dispatch({ type: "reported", id, result }));
      return;
    }
    case "reportDone": {
      const p = view.lis.get(effect.id);
      if (p) reportDone(p, effect.message, effect.ok);
      return;
    }
    case "focusOlder":
      ((effect.id === undefined ? undefined : view.lis.get(effect.id)?.entry) ?? view.el.feedList).focus();
      return;
    case "loadFailed":
      view.el.feedStatus.textContent = w().loadFailed;
  }
}

function confirmReport(p: EntryParts, open: boolean): void {
  show(p.entryConfirm, open);
  p.entryReport.setAttribute("aria-expanded", String(open));
  (open ? p.entryReportYes : p.entryReport).focus();
}

/** The "Show older" button, and the hug and report buttons of every entry (one listener for all). */
function wire(view: FeedView, state: () => FeedState, dispatch: (event: FeedEvent) => void): void {
  const older = view.el.feedOlder;
  older.addEventListener("click", async () => {
    const next = state().next;
    if (!next || older.getAttribute("aria-disabled") === "true") return;
    older.setAttribute("aria-disabled", "true");
    older.textContent = w().loadingOlder;
    const result = await getFeed(next);
    older.removeAttribute("aria-disabled");
    older.textContent = w().older;
    dispatch({ type: "page", result, older: true, hugged: hugged() });
  });
  view.el.feedList.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    const id = button?.closest<HTMLElement>("[data-id]")?.dataset.id ?? "";
    // Only the entries on screen have parts: a button of anything else matches none below.
    const p = view.lis.get(id);
    if (!p) return;
    if (button === p.entryHug) dispatch({ type: "hug", id });
    else if (button === p.entryReport) confirmReport(p, true);
    else if (button === p.entryReportNo) confirmReport(p, false);
    else if (button === p.entryReportYes) dispatch({ type: "report", id });
  });
}

export function createFeed(el: FeedParts, say: Say): Feed {
  const view: FeedView = { el, lis: new Map() };
  let state: FeedState = EMPTY_FEED;
  const dispatch = (event: FeedEvent): void => {
    const step = feedTransition(state, event);
    state = step.state;
    render(view, state);
    for (const effect of step.effects) run(view, effect, dispatch, say);
  };
  wire(view, () => state, dispatch);

  /** Which entry has the focus: a refresh never takes it away. */
  const focused = (): string | undefined =>
    [...view.lis].find(([, p]) => p.entry.contains(document.activeElement))?.[0];
  const addOwn = (pledge: PublicPledge) => dispatch({ type: "own", pledge, hugged: hugged() });

  // The visitor's own pledge of the last two minutes, in case the feed's cached answer lacks it.
  const own = recentOwnPledge();
  if (typeof (own as PublicPledge | null)?.id === "string") addOwn(own as PublicPledge);

  return {
    async refresh() {
      const result = await getFeed();
      dispatch({ type: "page", result, older: false, hugged: hugged(), focused: focused() });
    },
    addOwn(pledge) {
      keepOwnPledge(pledge);
      addOwn(pledge);
    },
    forgetHugs: () => dispatch({ type: "forget" }),
  };
}
