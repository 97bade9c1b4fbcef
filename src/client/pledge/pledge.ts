/**
 * The pledge itself: one tap on a choice sends it; the visitor then sees a thank-you, their
 * streak (kept on this device only) and, when their note was held, ways to reach someone now.
 * Offline, or while the store is down, the pledge waits in the outbox and is sent once, later.
 */
import { PLEDGE_WORDS, type PledgeKind } from "../../../common/pledge/vocabulary";
import { type Result, sendPledge } from "./api";
import type { PledgeRequest, PledgeResponse } from "./api-types";
import type { Counter } from "./counter";
import { celebration, localDate, streak } from "./days";
import { $, formatNumber, show } from "./dom";
import type { Feed } from "./feed";
import {
  clearHistory,
  deviceId,
  forgetDay,
  history,
  isKind,
  outbox,
  putInOutbox,
  recordDay,
  takeFromOutbox,
} from "./storage";

export interface Pledge {
  /** Send what waits in the outbox (on load, when back online, on a timer after a 503). */
  flush(): Promise<void>;
  /** Re-read this device's state (another tab pledged or cleared; the day changed). */
  sync(): void;
}

type Variant = "counted" | "already" | "today" | "waiting" | "sent";

const TITLES: Record<Variant, string> = {
  counted: "Thank you. Your pledge is counted.",
  already: "You already pledged today.",
  today: "You pledged today.",
  waiting: "Your pledge is saved on this device.",
  sent: "Thank you. Your pledge was sent and counted.",
};

const OFFLINE = "You're offline. Your pledge is saved on this device and will be sent when you're back online.";
const STORE_DOWN =
  "We could not reach our pledge service just now. Your pledge is saved on this device and will be sent automatically in a little while.";
const UNREACHABLE =
  "We could not reach The Daily Pledge just now. Your pledge is saved on this device and will be sent automatically in a little while.";
const HELD =
  "It sounds like today may be really hard. You don't have to face it alone. Your pledge is counted, and your note was kept private. Ways to reach someone right now are listed below.";

/** Read each time: the connection changes while the page is open. */
const offline = (): boolean => navigator.onLine === false;

const people = (n: number) => `${formatNumber(n)} ${n === 1 ? "person" : "people"} pledged today.`;

interface Parts {
  say: (message: string) => void;
  counter: Counter;
  feed: Feed;
}

export function createPledge(root: HTMLElement, { say, counter, feed }: Parts): Pledge {
  const form = $<HTMLFormElement>(root, "[data-pledge-form]");
  const extras = $<HTMLDetailsElement>(form, "[data-extras]");
  const nameInput = $<HTMLInputElement>(form, "#pledge-name");
  const noteInput = $<HTMLTextAreaElement>(form, "#pledge-note");
  const honeypot = $<HTMLInputElement>(form, 'input[name="website"]');
  const formProblem = $(form, "[data-form-problem]");
  const done = $(root, "[data-done]");
  const doneTitle = $(done, "[data-done-title]");
  const mine = $(root, "[data-mine]");
  const clearButton = $(mine, "[data-clear]");
  const clearConfirm = $(mine, "[data-clear-confirm]");
  let busy = false;
  /** What the pledge area shows: the form (null) or the thank-you for this date. */
  let shown: { date: string; variant: Variant } | null = null;
  let retryTimer: number | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  /** Never two pledge requests at once, in this tab or (with Web Locks) in any tab of this site. */
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    if (navigator.locks) return navigator.locks.request("dailypledge:send", task);
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  }

  function renderMine(): void {
    const days = history();
    show(mine, days.length > 0);
    const n = streak(
      days.map((d) => d.date),
      localDate(),
    );
    $(mine, "[data-streak]").textContent =
      n === 0
        ? "Today is a good day to begin a new streak."
        : n === 1
          ? "Day 1 of your streak."
          : `${formatNumber(n)} days in a row. Your streak keeps growing.`;
  }

  function showForm(): void {
    const hadFocus = done.contains(document.activeElement);
    shown = null;
    show(done, false);
    show(form, true);
    if (hadFocus) $(root, "#pledge-heading").focus();
  }

  function showDone(
    date: string,
    variant: Variant,
    kind: PledgeKind,
    extra: { held?: boolean; waiting?: string; cheer?: string; focus?: boolean } = {},
  ): void {
    const hadFocus = form.contains(document.activeElement) || extra.focus === true;
    shown = { date, variant };
    doneTitle.textContent = TITLES[variant];
    $(done, "[data-done-text]").textContent =
      variant === "already"
        ? "This device's pledge for today is already counted, once. Come back tomorrow."
        : `Today you pledged: “${PLEDGE_WORDS[kind]}”.${variant === "today" ? " Come back tomorrow to keep going." : extra.cheer ? "" : " We're glad you're here."}`;
    const cheer = $(done, "[data-celebrate]");
    cheer.textContent = extra.cheer ?? "";
    show(cheer, Boolean(extra.cheer));
    $(done, "[data-waiting-text]").textContent = extra.waiting ?? "";
    show($(done, "[data-waiting]"), variant === "waiting");
    show($(done, "[data-held]"), extra.held === true);
    show(form, false);
    show(done, true);
    renderMine();
    if (hadFocus) doneTitle.focus();
  }

  function cheerFor(date: string): string | undefined {
    return celebration(
      streak(
        history().map((d) => d.date),
        date,
      ),
    );
  }

  function clearProblems(): void {
    root.dataset.handled = "true";
    show(formProblem, false);
    for (const input of [nameInput, noteInput]) input.removeAttribute("aria-invalid");
    for (const p of form.querySelectorAll<HTMLElement>("[data-field-problem]")) show(p, false);
  }

  function showProblem(result: Extract<Result<PledgeResponse>, { ok: false }>): void {
    let focus: HTMLElement | undefined;
    for (const [field, input] of [
      ["name", nameInput],
      ["note", noteInput],
    ] as const) {
      const message = result.fields[field];
      if (!message) continue;
      const p = $(form, `[data-field-problem="${field}"]`);
      p.textContent = message;
      show(p, true);
      input.setAttribute("aria-invalid", "true");
      extras.open = true;
      focus ??= input;
    }
    formProblem.textContent = result.message;
    show(formProblem, true);
    say(result.message);
    focus?.focus();
  }

  function accepted(request: PledgeRequest, data: PledgeResponse, fromOutbox: boolean): void {
    const kind = data.pledge?.kind ?? request.kind;
    const isToday = request.localDate === localDate();
    recordDay(request.localDate, kind);
    counter.set(data.stats);
    const count = people(data.stats.today);
    if (data.pledge && !data.noteHeld && !data.alreadyPledged) feed.addOwn(data.pledge);
    if (!fromOutbox || shown?.variant === "waiting") form.reset();
    if (fromOutbox && !isToday) {
      say(`Your saved pledge was sent and counted. ${count}`);
      renderMine();
      return;
    }
    if (data.alreadyPledged) {
      showDone(request.localDate, fromOutbox ? "today" : "already", kind);
      say(`You already pledged today on this device, so it is counted once. ${count}`);
      return;
    }
    const cheer = fromOutbox ? undefined : cheerFor(request.localDate);
    showDone(request.localDate, fromOutbox ? "sent" : "counted", kind, {
      held: data.noteHeld,
      ...(cheer ? { cheer } : {}),
    });
    say(
      [
        fromOutbox ? "You're back online. Your saved pledge was sent and counted." : TITLES.counted,
        data.noteHeld ? HELD : "",
        cheer ?? "",
        count,
      ]
        .filter(Boolean)
        .join(" "),
    );
  }

  function wait(request: PledgeRequest, message: string, retryAfter: number): void {
    putInOutbox(request);
    recordDay(request.localDate, request.kind);
    const cheer = cheerFor(request.localDate);
    showDone(request.localDate, "waiting", request.kind, { waiting: message, ...(cheer ? { cheer } : {}) });
    say(message);
    if (!offline()) retryLater(retryAfter);
  }

  function retryLater(seconds: number): void {
    window.clearTimeout(retryTimer);
    const delay = Math.min(600, Math.max(5, seconds || 30)) * 1000;
    retryTimer = window.setTimeout(() => void flush(), delay);
  }

  const mustWait = (status: number) => status === 0 || status === 503;

  async function submit(kind: PledgeKind): Promise<void> {
    if (busy) return;
    busy = true;
    form.setAttribute("aria-busy", "true");
    clearProblems();
    const name = nameInput.value.trim();
    const note = noteInput.value.trim();
    const request: PledgeRequest = {
      kind,
      deviceId: deviceId(),
      localDate: localDate(),
      ...(name ? { name } : {}),
      ...(note ? { note } : {}),
      ...(honeypot.value ? { website: honeypot.value } : {}),
    };
    try {
      if (offline()) {
        wait(request, OFFLINE, 0);
        return;
      }
      const result = await exclusive(() => sendPledge(request));
      if (result.ok) accepted(request, result.data, false);
      else if (mustWait(result.status)) {
        const message = result.status !== 0 ? STORE_DOWN : offline() ? OFFLINE : UNREACHABLE;
        wait(request, message, result.retryAfter);
      } else showProblem(result);
    } finally {
      busy = false;
      form.removeAttribute("aria-busy");
    }
  }

  async function flush(): Promise<void> {
    if (offline() || outbox().length === 0) return;
    window.clearTimeout(retryTimer);
    await exclusive(async () => {
      // Read again inside the lock: another tab may have sent it meanwhile.
      for (const request of outbox()) {
        const result = await sendPledge(request);
        if (result.ok) {
          takeFromOutbox(request.localDate);
          accepted(request, result.data, true);
          continue;
        }
        if (mustWait(result.status) || result.status === 429) {
          retryLater(result.retryAfter);
          return;
        }
        // Refused for good (the day is over, a link in the note…): say so and offer the form again.
        takeFromOutbox(request.localDate);
        forgetDay(request.localDate);
        if (shown?.date === request.localDate) showForm();
        renderMine();
        showProblem(result);
      }
    });
  }

  function sync(): void {
    const today = localDate();
    const day = history().find((d) => d.date === today);
    const waiting = outbox().some((p) => p.localDate === today);
    if (!day) {
      if (shown) showForm();
    } else if (!shown || shown.date !== today || (shown.variant === "waiting" && !waiting)) {
      const message = offline() ? OFFLINE : "Your pledge is saved on this device and will be sent shortly.";
      showDone(today, waiting ? "waiting" : "today", day.kind, waiting ? { waiting: message } : {});
    }
    renderMine();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const kind = event.submitter instanceof HTMLButtonElement ? event.submitter.value : "";
    if (isKind(kind)) void submit(kind);
  });

  clearButton.addEventListener("click", () => {
    const open = Boolean(clearConfirm.hidden);
    show(clearConfirm, open);
    clearButton.setAttribute("aria-expanded", String(open));
    if (open) $(clearConfirm, "[data-clear-yes]").focus();
  });
  $(clearConfirm, "[data-clear-no]").addEventListener("click", () => {
    show(clearConfirm, false);
    clearButton.setAttribute("aria-expanded", "false");
    clearButton.focus();
  });
  $(clearConfirm, "[data-clear-yes]").addEventListener("click", () => {
    clearHistory();
    feed.forgetHugs();
    show(clearConfirm, false);
    clearButton.setAttribute("aria-expanded", "false");
    showForm();
    renderMine();
    $(root, "#pledge-heading").focus();
    say("Your pledge history was cleared from this device.");
  });

  sync();
  return { flush, sync };
}
