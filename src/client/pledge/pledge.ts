/**
 * The pledge's view: one tap on a choice sends it; the visitor then sees a thank-you, their
 * streak (kept on this device only) and, when their note was held, ways to reach someone now.
 * Offline, or while the store is down, the pledge waits in the outbox and is sent once, later.
 * What happens when is decided by pledge-machine.ts; this file reads the form and the device, renders
 * the state, and carries out the effects.
 */
import { sendPledge } from "./api";
import type { PledgeRequest } from "./api-types";
import type { Counter } from "./counter";
import { localDate } from "./days";
import { $, show } from "./dom";
import type { Feed } from "./feed";
import {
  doneText,
  type Effect,
  type PledgeEvent,
  type PledgeState,
  streakText,
  title,
  transition,
} from "./pledge-machine";
import { deviceId, forgetHugs, history, isKind, outbox, saveHistory, saveOutbox } from "./storage";

export interface Pledge {
  /** Send what waits in the outbox (on load, when back online, on a timer after a 503). */
  flush(): void;
  /** Re-read this device's state (another tab pledged or cleared; the day changed). */
  sync(): void;
}

interface Parts {
  say: (message: string) => void;
  counter: Counter;
  feed: Feed;
}

type Elements = ReturnType<typeof elements>;

function elements(root: HTMLElement) {
  const form = $<HTMLFormElement>(root, "[data-pledge-form]");
  const done = $(root, "[data-done]");
  const mine = $(root, "[data-mine]");
  return {
    root,
    form,
    extras: $<HTMLDetailsElement>(form, "[data-extras]"),
    name: $<HTMLInputElement>(form, "#pledge-name"),
    note: $<HTMLTextAreaElement>(form, "#pledge-note"),
    honeypot: $<HTMLInputElement>(form, 'input[name="website"]'),
    formProblem: $(form, "[data-form-problem]"),
    heading: $(root, "#pledge-heading"),
    done,
    doneTitle: $(done, "[data-done-title]"),
    mine,
    clearButton: $(mine, "[data-clear]"),
    clearConfirm: $(mine, "[data-clear-confirm]"),
  };
}

/** Shows the form or the thank-you, and the streak; focus follows the visitor's place. */
function render(el: Elements, state: PledgeState): void {
  const { shown } = state;
  if (shown) {
    const hadFocus = el.form.contains(document.activeElement);
    el.doneTitle.textContent = title(shown.variant);
    $(el.done, "[data-done-text]").textContent = doneText(shown);
    const cheer = $(el.done, "[data-celebrate]");
    cheer.textContent = shown.cheer ?? "";
    show(cheer, Boolean(shown.cheer));
    $(el.done, "[data-waiting-text]").textContent = shown.waiting ?? "";
    show($(el.done, "[data-waiting]"), shown.variant === "waiting");
    show($(el.done, "[data-held]"), shown.held === true);
    show(el.form, false);
    show(el.done, true);
    if (hadFocus) el.doneTitle.focus();
  } else {
    const hadFocus = el.done.contains(document.activeElement);
    show(el.done, false);
    show(el.form, true);
    if (hadFocus) el.heading.focus();
  }
  show(el.mine, state.history.length > 0);
  $(el.mine, "[data-streak]").textContent = streakText(state.history, state.today);
  if (state.busy) el.form.setAttribute("aria-busy", "true");
  else el.form.removeAttribute("aria-busy");
}

function clearProblems(el: Elements): void {
  el.root.dataset.handled = "true";
  show(el.formProblem, false);
  for (const input of [el.name, el.note]) input.removeAttribute("aria-invalid");
  for (const p of el.form.querySelectorAll<HTMLElement>("[data-field-problem]")) show(p, false);
}

/** The server's message by the form, and each field's by its field, which takes the focus. */
function showProblem(el: Elements, message: string, fields: Record<string, string>): void {
  let focus: HTMLElement | undefined;
  for (const input of [el.name, el.note]) {
    const field = input === el.name ? "name" : "note";
    const text = fields[field];
    if (!text) continue;
    const p = $(el.form, `[data-field-problem="${field}"]`);
    p.textContent = text;
    show(p, true);
    input.setAttribute("aria-invalid", "true");
    el.extras.open = true;
    focus ??= input;
  }
  el.formProblem.textContent = message;
  show(el.formProblem, true);
  focus?.focus();
}

/** What the visitor chose and typed, as the request the server (or the outbox) receives. */
function request(el: Elements, kind: PledgeRequest["kind"]): PledgeRequest {
  const name = el.name.value.trim();
  const note = el.note.value.trim();
  return {
    kind,
    deviceId: deviceId(),
    localDate: localDate(),
    ...(name ? { name } : {}),
    ...(note ? { note } : {}),
    ...(el.honeypot.value ? { website: el.honeypot.value } : {}),
  };
}

/** The "clear my history" button and its confirmation. */
function wireClear(el: Elements, clear: () => void): void {
  const { clearButton, clearConfirm } = el;
  const close = () => {
    show(clearConfirm, false);
    clearButton.setAttribute("aria-expanded", "false");
  };
  clearButton.addEventListener("click", () => {
    const open = Boolean(clearConfirm.hidden);
    show(clearConfirm, open);
    clearButton.setAttribute("aria-expanded", String(open));
    if (open) $(clearConfirm, "[data-clear-yes]").focus();
  });
  $(clearConfirm, "[data-clear-no]").addEventListener("click", () => {
    close();
    clearButton.focus();
  });
  $(clearConfirm, "[data-clear-yes]").addEventListener("click", () => {
    close();
    clear();
    el.heading.focus();
  });
}

/** Never two pledge requests at once, in this tab or (with Web Locks) in any tab of this site. */
function lock(): <T>(task: () => Promise<T>) => Promise<T> {
  let chain: Promise<unknown> = Promise.resolve();
  return (task) => {
    if (navigator.locks) return navigator.locks.request("dailypledge:send", task);
    const run = chain.then(task, task);
    chain = run.catch(() => undefined);
    return run;
  };
}

/** What carrying out an effect needs: the page, its neighbours, the lock and the retry timer. */
interface Driver extends Parts {
  el: Elements;
  dispatch(event: PledgeEvent): Effect[];
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  retryTimer?: number;
}

function run(d: Driver, effect: Effect): void {
  switch (effect.type) {
    case "send": {
      const { request } = effect;
      void d
        .exclusive(() => sendPledge(request))
        .then((result) => d.dispatch({ type: "answer", request, result, fromOutbox: false }));
      return;
    }
    case "flush":
      window.clearTimeout(d.retryTimer);
      void d.exclusive(() => flushOutbox(d));
      return;
    case "retry":
      window.clearTimeout(d.retryTimer);
      d.retryTimer = window.setTimeout(() => d.dispatch({ type: "flush" }), effect.ms);
      return;
    case "say":
      d.say(effect.message);
      return;
    case "stats":
      d.counter.set(effect.stats);
      return;
    case "own":
      d.feed.addOwn(effect.pledge);
      return;
    case "resetForm":
      d.el.form.reset();
      return;
    case "clearProblems":
      clearProblems(d.el);
      return;
    case "problem":
      showProblem(d.el, effect.message, effect.fields);
      d.say(effect.message);
      return;
    case "forget":
      forgetHugs();
      d.feed.forgetHugs();
      return;
  }
}

/** Sends the outbox one by one, stopping at the first pledge that must wait. */
async function flushOutbox(d: Driver): Promise<void> {
  // Read again inside the lock: another tab may have sent it meanwhile.
  for (const request of outbox()) {
    const result = await sendPledge(request);
    const effects = d.dispatch({ type: "answer", request, result, fromOutbox: true });
    if (effects.some((effect) => effect.type === "retry")) return;
  }
}

export function createPledge(root: HTMLElement, parts: Parts): Pledge {
  const el = elements(root);
  let state: PledgeState = { today: "", online: true, history: [], outbox: [], busy: false, shown: null };
  const driver: Driver = {
    ...parts,
    el,
    exclusive: lock(),
    /** Reads the device into the state, takes one step, stores and renders it, runs its effects. */
    dispatch(event) {
      const now: PledgeState = {
        ...state,
        today: localDate(),
        online: navigator.onLine !== false,
        history: history(),
        outbox: outbox(),
      };
      const step = transition(now, event);
      state = step.state;
      if (state.history !== now.history) saveHistory(state.history);
      if (state.outbox !== now.outbox) saveOutbox(state.outbox);
      render(el, state);
      for (const effect of step.effects) run(driver, effect);
      return step.effects;
    },
  };

  el.form.addEventListener("submit", (event) => {
    event.preventDefault();
    const kind = event.submitter instanceof HTMLButtonElement ? event.submitter.value : "";
    if (isKind(kind)) driver.dispatch({ type: "submit", request: request(el, kind) });
  });
  wireClear(el, () => driver.dispatch({ type: "clear" }));

  driver.dispatch({ type: "sync" });
  return {
    flush: () => void driver.dispatch({ type: "flush" }),
    sync: () => void driver.dispatch({ type: "sync" }),
  };
}
