/**
 * The feed "Recovering out loud": newest first, refreshed in place (new pledges slide in at
 * the top, hug counts update, entries a moderator removed disappear), older pages on request,
 * hugs and reports. Everything a person typed goes in with textContent.
 */
import { PLEDGE_WORDS } from "../../../common/pledge/vocabulary";
import { getFeed, sendHug, sendReport } from "./api";
import type { FeedEntry, PublicPledge } from "./api-types";
import { relativeTime } from "./days";
import { $, formatNumber, show } from "./dom";
import { deviceId, hugged, keepOwnPledge, recentOwnPledge, rememberHug } from "./storage";

export interface Feed {
  /** First load, and every refresh after it: merges the newest page into the list. */
  refresh(): Promise<void>;
  /** The visitor's own pledge, shown at once (the feed itself is cached for a few seconds). */
  addOwn(pledge: PublicPledge): void;
  /** Remove "hugged" marks after the visitor cleared their history. */
  forgetHugs(): void;
}

interface Item {
  entry: FeedEntry;
  li: HTMLLIElement;
  /** Added locally from the visitor's own pledge and not yet seen in a feed response. */
  pending: boolean;
}

const hugWords = (n: number) => (n === 0 ? "" : `${formatNumber(n)} ${n === 1 ? "hug" : "hugs"}`);

export function createFeed(root: ParentNode, say: (message: string) => void): Feed {
  const section = $(root, "[data-feed]");
  const list = $<HTMLUListElement>(section, "[data-feed-list]");
  const status = $(section, "[data-feed-status]");
  const older = $<HTMLButtonElement>(section, "[data-feed-older]");
  const template = $<HTMLTemplateElement>(root, "template[data-feed-template]");
  const items = new Map<string, Item>();
  let next: string | null = null;
  let pagedBack = false;
  let loaded = false;
  let serial = 0;

  function paint(item: Item): void {
    const { entry, li } = item;
    const time = $<HTMLTimeElement>(li, "[data-entry-time]");
    time.textContent = relativeTime(entry.createdAt);
    // A cached page of the feed may not count the hug this device sent yet.
    if (entry.hugs === 0 && li.querySelector('[aria-pressed="true"]')) entry.hugs = 1;
    $(li, "[data-entry-hugs]").textContent = hugWords(entry.hugs);
  }

  function build(entry: FeedEntry): HTMLLIElement {
    const fragment = template.content.cloneNode(true) as DocumentFragment;
    const li = $<HTMLLIElement>(fragment, "li");
    const id = `feed-entry-${++serial}`;
    li.dataset.id = entry.id;
    li.dataset.created = entry.createdAt;
    li.tabIndex = -1;
    const kind = $(li, "[data-entry-kind]");
    kind.id = `${id}-kind`;
    kind.textContent = PLEDGE_WORDS[entry.kind] ?? entry.kind;
    const name = $(li, "[data-entry-name]");
    name.id = `${id}-name`;
    name.textContent = entry.name?.trim() || "Someone";
    const time = $<HTMLTimeElement>(li, "[data-entry-time]");
    time.dateTime = entry.createdAt;
    const date = new Date(entry.createdAt);
    if (!Number.isNaN(date.getTime())) time.title = date.toLocaleString("en");
    const note = $(li, "[data-entry-note]");
    note.textContent = entry.note ?? "";
    show(note, Boolean(entry.note));
    const hug = $(li, "[data-entry-hug]");
    hug.setAttribute("aria-pressed", String(hugged().has(entry.id)));
    for (const button of li.querySelectorAll("[data-entry-hug], [data-entry-report]")) {
      button.setAttribute("aria-describedby", `${id}-kind ${id}-name`);
    }
    return li;
  }

  function place(item: Item): void {
    for (const other of list.children) {
      if (other instanceof HTMLLIElement && (other.dataset.created ?? "") < item.entry.createdAt) {
        list.insertBefore(item.li, other);
        return;
      }
    }
    list.append(item.li);
  }

  function merge(entries: FeedEntry[], pending = false): HTMLLIElement[] {
    const added: HTMLLIElement[] = [];
    for (const entry of entries) {
      const known = items.get(entry.id);
      if (known) {
        // Hugs only ever go up; a cached answer must not take back one just sent.
        known.entry = { ...entry, hugs: Math.max(entry.hugs, known.entry.hugs) };
        known.pending &&= pending;
        paint(known);
        continue;
      }
      const item: Item = { entry, li: build(entry), pending };
      items.set(entry.id, item);
      place(item);
      paint(item);
      added.push(item.li);
    }
    return added;
  }

  function removeMissing(entries: FeedEntry[], end: boolean): void {
    const ids = new Set(entries.map((e) => e.id));
    const oldest = entries.at(-1)?.createdAt ?? "";
    for (const [id, item] of items) {
      const covered = end || (oldest !== "" && item.entry.createdAt >= oldest);
      if (covered && !ids.has(id) && !item.pending && !item.li.contains(document.activeElement)) {
        item.li.remove();
        items.delete(id);
      }
    }
  }

  function updateStatus(): void {
    status.textContent = "No pledges yet today. Yours could be the first.";
    show(status, items.size === 0);
    show(older, next !== null);
  }

  async function refresh(): Promise<void> {
    const result = await getFeed();
    if (!result.ok) {
      if (!loaded) status.textContent = "The feed could not load just now. It will try again shortly.";
      return;
    }
    const { entries } = result.data;
    merge(entries);
    removeMissing(entries, result.data.next === null);
    if (!pagedBack) next = result.data.next;
    for (const item of items.values()) paint(item);
    loaded = true;
    updateStatus();
  }

  older.addEventListener("click", async () => {
    if (!next || older.getAttribute("aria-disabled") === "true") return;
    older.setAttribute("aria-disabled", "true");
    older.textContent = "Loading…";
    const result = await getFeed(next);
    older.removeAttribute("aria-disabled");
    older.textContent = "Show older";
    if (!result.ok) {
      say(result.message);
      return;
    }
    pagedBack = true;
    next = result.data.next;
    const added = merge(result.data.entries);
    updateStatus();
    say(
      added.length === 0
        ? "There are no older pledges."
        : `${added.length} older ${added.length === 1 ? "pledge" : "pledges"} shown.`,
    );
    if (next === null) (added[0] ?? list).focus();
  });

  async function hug(item: Item, button: HTMLElement): Promise<void> {
    if (button.getAttribute("aria-pressed") === "true") {
      // Pressing again changes nothing; say so, so a screen-reader user is not left guessing.
      say(`You already sent a hug. ${hugWords(item.entry.hugs)}.`);
      return;
    }
    const id = item.entry.id;
    button.setAttribute("aria-pressed", "true");
    rememberHug(id, true);
    item.entry.hugs += 1;
    paint(item);
    const result = await sendHug(id, deviceId());
    if (result.ok) {
      item.entry.hugs = result.data.hugs;
      paint(item);
      say(`Hug sent. ${hugWords(result.data.hugs)}.`);
      return;
    }
    rememberHug(id, false);
    button.setAttribute("aria-pressed", "false");
    item.entry.hugs = Math.max(0, item.entry.hugs - 1);
    paint(item);
    say(result.status === 0 ? "Your hug could not be sent. Please check your connection." : result.message);
  }

  function confirmReport(li: HTMLElement, open: boolean): void {
    show($(li, "[data-entry-confirm]"), open);
    const report = $(li, "[data-entry-report]");
    report.setAttribute("aria-expanded", String(open));
    (open ? $(li, "[data-entry-report-yes]") : report).focus();
  }

  async function report(item: Item): Promise<void> {
    const li = item.li;
    // One report at a time per entry: a second tap while the first is on its way does nothing.
    if (li.dataset.reporting === "true") return;
    li.dataset.reporting = "true";
    const done = $(li, "[data-entry-reported]");
    const result = await sendReport(item.entry.id, deviceId());
    delete li.dataset.reporting;
    const message = result.ok ? "Thank you, a moderator will look at it." : result.message;
    if (result.ok) {
      show($(li, "[data-entry-confirm]"), false);
      show($(li, "[data-entry-report]"), false);
    }
    done.textContent = message;
    show(done, true);
    if (result.ok) done.focus();
    say(message);
  }

  list.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    const li = button?.closest<HTMLLIElement>("li[data-id]");
    const item = li ? items.get(li.dataset.id ?? "") : undefined;
    if (!button || !li || !item) return;
    if (button.matches("[data-entry-hug]")) void hug(item, button);
    else if (button.matches("[data-entry-report]")) confirmReport(li, true);
    else if (button.matches("[data-entry-report-no]")) confirmReport(li, false);
    else if (button.matches("[data-entry-report-yes]")) void report(item);
  });

  function addOwn(pledge: PublicPledge): void {
    merge([{ ...pledge, hugs: 0 }], true);
    updateStatus();
  }

  // The visitor's own pledge of the last two minutes, in case the feed's cached answer lacks it.
  const own = recentOwnPledge();
  if (typeof own === "object" && own !== null && typeof (own as PublicPledge).id === "string") {
    addOwn(own as PublicPledge);
  }

  return {
    refresh,
    addOwn(pledge) {
      keepOwnPledge(pledge);
      addOwn(pledge);
    },
    forgetHugs() {
      for (const button of list.querySelectorAll("[data-entry-hug]")) button.setAttribute("aria-pressed", "false");
    },
  };
}
