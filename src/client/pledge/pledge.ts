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
import { byId, show } from "./dom";
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

/** The pledge area's elements, by their data attributes (see parts in dom.ts). */
export interface PledgeParts {
  pledgeForm: HTMLFormElement;
  extras: HTMLDetailsElement;
  formProblem: HTMLElement;
  done: HTMLElement;
  doneTitle: HTMLElement;
  doneText: HTMLElement;
  celebrate: HTMLElement;
  waiting: HTMLElement;
  waitingText: HTMLElement;
  held: HTMLElement;
  mine: HTMLElement;
  streak: HTMLElement;
  clear: HTMLElement;
  clearConfirm: HTMLElement;
  clearYes: HTMLElement;
  clearNo: HTMLElement;
}

/** Shows the form or the thank-you, and the streak; focus follows the visitor's place. */
function render(el: PledgeParts, state: PledgeState): void {
  const { shown } = state;
  const form = el.pledgeForm;
  if (shown) {
    const hadFocus = form.contains(document.activeElement);
    el.doneTitle.textContent = title(shown.variant);
    el.doneText.textContent = doneText(shown);
    el.celebrate.textContent = shown.cheer ?? "";
    show(el.celebrate, Boolean(shown.cheer));
    el.waitingText.textContent = shown.waiting ?? "";
    show(el.waiting, shown.variant === "waiting");
    show(el.held, shown.held === true);
    show(form, false);
    show(el.done, true);
    if (hadFocus) el.doneTitle.focus();
  } else {
    const hadFocus = el.done.contains(document.activeElement);
    show(el.done, false);
    show(form, true);
    if (hadFocus) byId("pledge-heading").focus();
  }
  show(el.mine, state.history.length > 0);
  el.streak.textContent = streakText(state.history, state.today);
  form.setAttribute("aria-busy", String(state.busy));
}

/**
 * Each field's problem paragraph (`data-field-problem="name"` or `"note"`) and its field,
 * `#pledge-name` or `#pledge-note`.
 */
const fieldProblems = (el: PledgeParts) =>
  [...el.pledgeForm.querySelectorAll<HTMLElement>("[data-field-problem]")].map((p) => {
    const field = p.dataset.fieldProblem ?? "";
    return { field, p, input: byId(`pledge-${field}`) };
  });

function clearProblems(el: PledgeParts): void {
  show(el.formProblem, false);
  for (const { p, input } of fieldProblems(el)) {
    input.removeAttribute("aria-invalid");
    show(p, false);
  }
}

/** The server's message by the form, and each field's by its field, which takes the focus. */
function showProblem(el: PledgeParts, message: string, fields: Record<string, string>): void {
  let focus: HTMLElement | undefined;
  for (const { field, p, input } of fieldProblems(el)) {
    const text = fields[field];
    if (!text) continue;
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
function request(form: HTMLFormElement, kind: PledgeRequest["kind"]): PledgeRequest {
  const data = new FormData(form);
  const request: PledgeRequest = { kind, deviceId: deviceId(), localDate: localDate() };
  for (const key of ["name", "note", "website"] as const) {
    const value = String(data.get(key) ?? "").trim();
    if (value) request[key] = value;
  }
  return request;
}

/** The "clear my history" button and its confirmation. */
function wireClear(el: PledgeParts, clear: () => void): void {
  const { clear: button, clearConfirm: confirm } = el;
  const close = () => {
    show(confirm, false);
    button.setAttribute("aria-expanded", "false");
  };
  button.addEventListener("click", () => {
    const open = Boolean(confirm.hidden);
    show(confirm, open);
    button.setAttribute("aria-expanded", String(open));
    if (open) el.clearYes.focus();
  });
  el.clearNo.addEventListener("click", () => {
    close();
    button.focus();
  });
  el.clearYes.addEventListener("click", () => {
    close();
    clear();
    byId("pledge-heading").focus();
  });
}

/**
 * Never two pledge requests at once, in this tab or any tab of this site (Web Locks: in every
 * browser the site supports, on HTTPS and localhost).
 */
const exclusive = <T>(task: () => Promise<T>): Promise<T> => navigator.locks.request("dailypledge:send", task);

/** What carrying out an effect needs: the page, its neighbours, the lock and the retry timer. */
interface Driver extends Parts {
  /** The pledge section: marked once the script has handled a pledge (an old problem in the address bar no longer applies). */
  root: HTMLElement;
  el: PledgeParts;
  dispatch(event: PledgeEvent): Effect[];
  retryTimer?: number;
}

function run(d: Driver, effect: Effect): void {
  switch (effect.type) {
    case "send": {
      const { request } = effect;
      void exclusive(() => sendPledge(request)).then((result) =>
        d.dispatch({ type: "answer", request, result, fromOutbox: false }),
      );
      return;
    }
    case "flush":
      window.clearTimeout(d.retryTimer);
      void exclusive(() => flushOutbox(d));
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
      d.el.pledgeForm.reset();
      return;
    case "clearProblems":
      d.root.dataset.handled = "true";
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

export function createPledge(root: HTMLElement, el: PledgeParts, parts: Parts): Pledge {
  let state: PledgeState = { today: "", online: true, history: [], outbox: [], busy: false, shown: null };
  const driver: Driver = {
    ...parts,
    root,
    el,
    /** Reads the device into the state, takes one step, stores and renders it, runs its effects. */
    dispatch(event) {
      const now: PledgeState = {
        ...state,
        today: localDate(),
        online: navigator.onLine,
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

  el.pledgeForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const kind = event.submitter instanceof HTMLButtonElement ? event.submitter.value : "";
    if (isKind(kind)) driver.dispatch({ type: "submit", request: request(el.pledgeForm, kind) });
  });
  wireClear(el, () => driver.dispatch({ type: "clear" }));

  driver.dispatch({ type: "sync" });
  return {
    flush: () => void driver.dispatch({ type: "flush" }),
    sync: () => void driver.dispatch({ type: "sync" }),
  };
}
