/**
 * The feed "Recovering out loud": newest first, refreshed in place (new pledges slide in at
 * the top, hug counts update, entries a moderator removed disappear), older pages on request,
 * hugs and reports. Everything a person typed goes in with textContent. What happens when is
 * decided by feed-machine.ts; this file renders its state and carries out its effects.
 */
import { getFeed, sendHug, sendReport } from "./api";
import type { FeedEntry, PublicPledge } from "./api-types";
import { relativeTime } from "./days";
import { $, show } from "./dom";
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

let serial = 0;

/** A list item from the template, with the entry's words and labels for its buttons. */
function build(template: HTMLTemplateElement, entry: FeedEntry): HTMLLIElement {
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  const li = $<HTMLLIElement>(fragment, "li");
  const id = `feed-entry-${++serial}`;
  li.dataset.id = entry.id;
  li.dataset.created = entry.createdAt;
  li.tabIndex = -1;
  const kind = $(li, "[data-entry-kind]");
  kind.id = `${id}-kind`;
  kind.textContent = w().kinds[entry.kind] ?? entry.kind;
  const name = $(li, "[data-entry-name]");
  name.id = `${id}-name`;
  name.textContent = entry.name?.trim() || w().someone;
  const time = $<HTMLTimeElement>(li, "[data-entry-time]");
  time.dateTime = entry.createdAt;
  const date = new Date(entry.createdAt);
  if (!Number.isNaN(date.getTime())) time.title = date.toLocaleString(w().locale);
  const note = $(li, "[data-entry-note]");
  note.textContent = entry.note ?? "";
  show(note, Boolean(entry.note));
  for (const button of li.querySelectorAll("[data-entry-hug], [data-entry-report]")) {
    button.setAttribute("aria-describedby", `${id}-kind ${id}-name`);
  }
  return li;
}

/** Puts a new item among the others, newest first. */
function place(list: HTMLElement, li: HTMLLIElement): void {
  for (const other of list.children) {
    if (other instanceof HTMLLIElement && (other.dataset.created ?? "") < (li.dataset.created ?? "")) {
      list.insertBefore(li, other);
      return;
    }
  }
  list.append(li);
}

/** The feed's elements, and the list item shown for each entry id. */
interface FeedView {
  list: HTMLUListElement;
  status: HTMLElement;
  older: HTMLButtonElement;
  template: HTMLTemplateElement;
  lis: Map<string, HTMLLIElement>;
}

function feedView(root: ParentNode): FeedView {
  const section = $(root, "[data-feed]");
  return {
    list: $<HTMLUListElement>(section, "[data-feed-list]"),
    status: $(section, "[data-feed-status]"),
    older: $<HTMLButtonElement>(section, "[data-feed-older]"),
    template: $<HTMLTemplateElement>(root, "template[data-feed-template]"),
    lis: new Map(),
  };
}

/** Brings the list in line with the state: entries added, removed and repainted. */
function render(view: FeedView, state: FeedState): void {
  const { lis, status } = view;
  for (const [id, li] of lis) {
    if (!state.items.has(id)) {
      li.remove();
      lis.delete(id);
    }
  }
  for (const [id, item] of state.items) {
    let li = lis.get(id);
    if (!li) {
      li = build(view.template, item.entry);
      lis.set(id, li);
      place(view.list, li);
    }
    $(li, "[data-entry-time]").textContent = relativeTime(item.entry.createdAt);
    $(li, "[data-entry-hugs]").textContent = hugWords(item.entry.hugs);
    $(li, "[data-entry-hug]").setAttribute("aria-pressed", String(item.hugged));
  }
  // Until the first page arrives the status keeps saying it is loading (or that it failed).
  if (state.loaded || state.items.size > 0) {
    status.textContent = w().noneYet;
    show(status, state.items.size === 0);
    show(view.older, state.next !== null);
  }
}

/** A report's outcome by its entry: on success the report button goes and the thank-you takes the focus. */
function reportDone(li: HTMLElement, message: string, ok: boolean): void {
  const done = $(li, "[data-entry-reported]");
  if (ok) {
    show($(li, "[data-entry-confirm]"), false);
    show($(li, "[data-entry-report]"), false);
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
      const li = view.lis.get(effect.id);
      if (li) reportDone(li, effect.message, effect.ok);
      return;
    }
    case "focusOlder":
      ((effect.id === undefined ? undefined : view.lis.get(effect.id)) ?? view.list).focus();
      return;
    case "loadFailed":
      view.status.textContent = w().loadFailed;
  }
}

function confirmReport(li: HTMLElement, open: boolean): void {
  show($(li, "[data-entry-confirm]"), open);
  const report = $(li, "[data-entry-report]");
  report.setAttribute("aria-expanded", String(open));
  (open ? $(li, "[data-entry-report-yes]") : report).focus();
}

/** The "Show older" button, and the hug and report buttons of every entry (one listener for all). */
function wire(view: FeedView, state: () => FeedState, dispatch: (event: FeedEvent) => void): void {
  const { older } = view;
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
  view.list.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    const li = button?.closest<HTMLLIElement>("li[data-id]");
    const id = li?.dataset.id ?? "";
    if (!button || !li || !state().items.has(id)) return;
    if (button.matches("[data-entry-hug]")) dispatch({ type: "hug", id });
    else if (button.matches("[data-entry-report]")) confirmReport(li, true);
    else if (button.matches("[data-entry-report-no]")) confirmReport(li, false);
    else if (button.matches("[data-entry-report-yes]")) dispatch({ type: "report", id });
  });
}

export function createFeed(root: ParentNode, say: Say): Feed {
  const view = feedView(root);
  let state: FeedState = EMPTY_FEED;
  const dispatch = (event: FeedEvent): void => {
    const step = feedTransition(state, event);
    state = step.state;
    render(view, state);
    for (const effect of step.effects) run(view, effect, dispatch, say);
  };
  wire(view, () => state, dispatch);

  /** Which entry has the focus: a refresh never takes it away. */
  const focused = (): string | undefined => [...view.lis].find(([, li]) => li.contains(document.activeElement))?.[0];
  const addOwn = (pledge: PublicPledge) => dispatch({ type: "own", pledge, hugged: hugged() });

  // The visitor's own pledge of the last two minutes, in case the feed's cached answer lacks it.
  const own = recentOwnPledge();
  if (typeof own === "object" && own !== null && typeof (own as PublicPledge).id === "string") {
    addOwn(own as PublicPledge);
  }

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
