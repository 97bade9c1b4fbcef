/** The community counter: today's pledges, the split by kind, yesterday and all time. */
import { PLEDGE_KINDS } from "../../../common/pledge/vocabulary";
import { getStats } from "./api";
import type { Stats } from "./api-types";
import { $, show } from "./dom";
import { keepStats, recentStats } from "./storage";
import { formatNumber, plural, w } from "./words";

export interface Counter {
  /** Show these numbers, unless they are older than what is already shown for the same day. */
  set(stats: Stats): void;
  refresh(): Promise<void>;
  today(): number | undefined;
}

const isStats = (v: unknown): v is Stats =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as Stats).today === "number" &&
  typeof (v as Stats).total === "number" &&
  typeof (v as Stats).day === "string" &&
  typeof (v as Stats).byKind === "object";

export function createCounter(root: ParentNode): Counter {
  const box = $(root, "[data-counter]");
  const todayEl = $(box, "[data-counter-today]");
  const label = $(box, "[data-counter-today-label]");
  const problem = $(box, "[data-counter-problem]");
  let current: Stats | undefined;

  function set(stats: Stats): void {
    // The CDN may answer with numbers a few seconds old: never let the count go backwards.
    if (current && stats.day === current.day && stats.total < current.total) return;
    current = stats;
    keepStats(stats);
    todayEl.textContent = formatNumber(stats.today);
    todayEl.dataset.value = String(stats.today);
    label.textContent = plural(w().counterLabel, stats.today);
    $(box, "[data-counter-zone]").textContent = stats.timeZone;
    for (const kind of PLEDGE_KINDS) {
      $(box, `[data-counter-kind="${kind}"]`).textContent = formatNumber(stats.byKind[kind] ?? 0);
    }
    $(box, "[data-counter-yesterday]").textContent = formatNumber(stats.yesterday);
    $(box, "[data-counter-total]").textContent = formatNumber(stats.total);
    show(problem, false);
  }

  async function refresh(): Promise<void> {
    const result = await getStats();
    if (result.ok) set(result.data);
    else if (!current) show(problem, true);
  }

  // What this device saw in the last two minutes (its own pledge included) shows at once.
  const recent = recentStats();
  if (isStats(recent)) set(recent);

  return { set, refresh, today: () => current?.today };
}
