/**
 * Starts the pledge section: the pledge, the counter and the feed. The counter and the feed
 * refresh every 30 seconds while the tab is visible and stop while it is hidden; a pledge
 * waiting on this device is sent on load and whenever the connection comes back.
 */
import { createCounter } from "./counter";
import { $, announcer } from "./dom";
import { createFeed } from "./feed";
import { createPledge } from "./pledge";
import { WATCHED_KEYS } from "./storage";

const REFRESH_MS = 30_000;

export function start(): void {
  const root = document.querySelector<HTMLElement>("[data-pledge]");
  if (!root) return;
  const say = announcer($(root, "[data-live]"));
  const counter = createCounter(root);
  const feed = createFeed(root, say);
  const pledge = createPledge(root, { say, counter, feed });

  const tick = () => {
    pledge.sync();
    void counter.refresh();
    void feed.refresh();
  };
  let timer: number | undefined;
  const resume = () => {
    if (timer === undefined) timer = window.setInterval(tick, REFRESH_MS);
  };
  document.addEventListener("visibilitychange", () => {
    if (document.hidden) {
      window.clearInterval(timer);
      timer = undefined;
    } else {
      tick();
      resume();
      pledge.flush();
    }
  });
  window.addEventListener("online", () => pledge.flush());
  window.addEventListener("storage", (event) => {
    if (event.key === null || WATCHED_KEYS.includes(event.key)) pledge.sync();
  });

  tick();
  if (!document.hidden) resume();
  pledge.flush();
}
