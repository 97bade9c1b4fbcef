/**
 * Paced breathing: the timing logic (pure, easy to test) and the small script that runs each
 * `[data-breathing]` block on a page. Nothing is stored or sent anywhere.
 */

export type Pattern = { inhale: number; hold: number; exhale: number };
export type Phase = { word: string; count: number; index: number };

const WORDS = ["Breathe in…", "Hold…", "Breathe out…"];

/** Where second `t` falls in the breathing cycle: which phase, and how many counts are left in it. */
export const phaseAt = (t: number, { inhale, hold, exhale }: Pattern): Phase => {
  const lengths = [inhale, hold, exhale];
  let pos = t % (inhale + hold + exhale);
  let index = 0;
  while (pos >= (lengths[index] ?? 0)) pos -= lengths[index++] ?? 0;
  return { word: WORDS[index] ?? "", count: (lengths[index] ?? 0) - pos, index };
};

/** Total practice time in seconds, rounded up to whole breaths so it ends after breathing out. */
export const totalSeconds = (minutes: number, p: Pattern): number => {
  const cycle = p.inhale + p.hold + p.exhale;
  return Math.ceil((minutes * 60) / cycle) * cycle;
};

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

/** Wires up one practice block. */
const setUp = (root: HTMLElement) => {
  const q = (name: string) => root.querySelector<HTMLElement>(`[data-${name}]`) as HTMLElement;
  const [panel, button, word, count, time, circle] = ["panel", "toggle", "word", "count", "time", "circle"].map(q) as [
    HTMLElement,
    HTMLButtonElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
  ];
  const n = (key: string) => Number(root.dataset[key]);
  const pattern = { inhale: n("inhale"), hold: n("hold"), exhale: n("exhale") };
  const total = totalSeconds(n("minutes"), pattern);
  let timer = 0;
  let start = 0;
  let last = -1;

  const stop = (message: string) => {
    clearTimeout(timer);
    timer = 0;
    last = -1;
    button.textContent = "Start";
    root.dataset.phase = "";
    count.textContent = "";
    word.textContent = message;
    time.textContent = clock(total);
  };

  const tick = () => {
    const t = Math.floor((performance.now() - start) / 1000);
    if (t >= total) return stop("Done. Notice how you feel right now.");
    const phase = phaseAt(t, pattern);
    if (phase.index !== last) {
      // Only a change of phase goes into the polite live region, never the count.
      last = phase.index;
      word.textContent = phase.word;
      root.dataset.phase = String(phase.index);
      circle.style.transitionDuration = `${phase.count}s`;
    }
    count.textContent = String(phase.count);
    time.textContent = clock(total - t);
    timer = window.setTimeout(tick, 1000 - ((performance.now() - start) % 1000));
  };

  button.addEventListener("click", () => {
    if (timer) return stop("Stopped. You can start again whenever you like.");
    button.textContent = "Stop";
    start = performance.now();
    tick();
  });
  panel.hidden = false;
};

export const startAll = () => {
  for (const root of document.querySelectorAll<HTMLElement>("[data-breathing]")) {
    if (root.dataset.ready) continue;
    root.dataset.ready = "1";
    setUp(root);
  }
};
