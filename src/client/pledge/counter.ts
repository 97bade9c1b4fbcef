/** The community counter: today's pledges, the split by kind, yesterday and all time. */
import type { PledgeKind } from "../../../common/pledge/vocabulary";
import { getStats } from "./api";
import type { Stats } from "./api-types";
import { show } from "./dom";
import { keepStats, recentStats } from "./storage";
import { formatNumber, plural, w } from "./words";

export interface Counter {
  /** Show these numbers, unless they are older than what is already shown for the same day. */
  set(stats: Stats): void;
  refresh(): Promise<void>;
}

/** Numbers kept by this page's own script (keepStats): enough to check the shape `set` reads. */
const isStats = (v: unknown): v is Stats => {
  const s = v as Stats | null;
  return [s?.today, s?.yesterday, s?.total].every((n) => typeof n === "number") && !!s?.byKind;
};

/** The counter's elements, by their data attributes (see parts in dom.ts). */
export interface CounterParts {
  counterToday: HTMLElement;
  counterTodayLabel: HTMLElement;
  counterZone: HTMLElement;
  counterYesterday: HTMLElement;
  counterTotal: HTMLElement;
  counterProblem: HTMLElement;
  counter: HTMLElement;
}

export function createCounter(el: CounterParts): Counter {
  let current: Stats | undefined;

  function set(stats: Stats): void {
    // The CDN may answer with numbers a few seconds old: never let the count go backwards.
    if (current && stats.day === current.day && stats.total < current.total) return;
    current = stats;
    keepStats(stats);
    el.counterToday.textContent = formatNumber(stats.today);
    el.counterToday.dataset.value = String(stats.today);
    el.counterTodayLabel.textContent = plural(w().counterLabel, stats.today);
    el.counterZone.textContent = stats.timeZone;
    for (const kind of el.counter.querySelectorAll<HTMLElement>("[data-counter-kind]")) {
      kind.textContent = formatNumber(stats.byKind[kind.dataset.counterKind as PledgeKind] ?? 0);
    }
    el.counterYesterday.textContent = formatNumber(stats.yesterday);
    el.counterTotal.textContent = formatNumber(stats.total);
    show(el.counterProblem, false);
  }

  async function refresh(): Promise<void> {
    const result = await getStats();
    if (result.ok) set(result.data);
    else if (!current) show(el.counterProblem, true);
  }

  // What this device saw in the last two minutes (its own pledge included) shows at once.
  const recent = recentStats();
  if (isStats(recent)) set(recent);

  return { set, refresh };
}
