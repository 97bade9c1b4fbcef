/**
 * Starts the pledge section: the pledge, the counter and the feed. The counter and the feed
 * refresh every 30 seconds while the tab is visible and stop while it is hidden; a pledge
 * waiting on this device is sent on load and whenever the connection comes back.
 */
import { type CounterParts, createCounter } from "./counter";
import { announcer, parts } from "./dom";
import { createFeed, type FeedParts } from "./feed";
import { createPledge, type PledgeParts } from "./pledge";
import { WATCHED_KEYS } from "./storage";

const REFRESH_MS = 30_000;

export function start(): void {
  const root = document.querySelector<HTMLElement>("[data-pledge]");
  // The device id and the cross-tab lock need a secure context (HTTPS, or localhost). Elsewhere,
  // such as a dev server opened over the LAN, the page stays the plain form, which works without
  // JavaScript.
  if (!root || !isSecureContext) return;
  // The section's elements, looked up once for the three views.
  const el = parts<PledgeParts & CounterParts & FeedParts & { live: HTMLElement }>(root);
  const say = announcer(el.live);
  const counter = createCounter(el);
  const feed = createFeed(el, say);
  const pledge = createPledge(root, el, { say, counter, feed });

  const tick = () => {
    pledge.sync();
    void counter.refresh();
    void feed.refresh();
  };
  let timer: number | undefined;
  // Every 30 seconds while the tab is visible, counted afresh from the moment it is shown.
  const resume = () => {
    window.clearInterval(timer);
    if (!document.hidden) timer = window.setInterval(tick, REFRESH_MS);
  };
  const now = () => {
    tick();
    resume();
    pledge.flush();
  };
  document.addEventListener("visibilitychange", () => (document.hidden ? resume() : now()));
  window.addEventListener("online", pledge.flush);
  window.addEventListener("storage", (event) => {
    if (event.key === null || WATCHED_KEYS.includes(event.key)) pledge.sync();
  });
  now();
}
