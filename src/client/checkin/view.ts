/**
 * The check-in's thin view: reads the device (pledge history, answers), asks state.ts what to
 * show, and draws it in the page's language (script[data-checkin-words]). Nothing here talks to
 * the server.
 */

import type { CheckinWords } from "../../i18n/companion";
import { fill, pageWords } from "../page-words";
import { localDate } from "../pledge/days";
import { announcer } from "../pledge/dom";
import { HISTORY_SAVED, history } from "../pledge/storage";
import { deviceData, forgetDevice, forgetReminders } from "./device-data";
import {
  type CalendarDay,
  type CheckinAnswer,
  calendar,
  checkinView,
  isAnswer,
  record,
  reply,
  tally,
  tallyLine,
} from "./state";
import { loadCheckins, saveCheckins } from "./store";

function q<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`checkin: missing ${selector}`);
  return el;
}

const MARK: Record<CheckinAnswer | "pledged" | "none", string> = {
  kept: "✓",
  hard: "♥",
  missed: "○",
  pledged: "•",
  none: "",
};

function drawCalendar(list: HTMLElement, days: readonly CalendarDay[]): void {
  list.replaceChildren(
    ...days.map((d, i) => {
      const li = document.createElement("li");
      li.className = `cal-day ${d.answer ?? (d.pledged ? "pledged" : "none")}`;
      if (i === 0) li.style.gridColumnStart = String(d.weekday + 1);
      const seen = document.createElement("span");
      seen.setAttribute("aria-hidden", "true");
      seen.textContent = `${d.day} ${MARK[d.answer ?? (d.pledged ? "pledged" : "none")]}`.trim();
      const heard = document.createElement("span");
      heard.className = "visually-hidden";
      heard.textContent = d.label;
      li.append(seen, heard);
      return li;
    }),
  );
}

function download(words: CheckinWords): void {
  const data = { savedFrom: location.origin, exportedAt: new Date().toISOString(), data: deviceData() };
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fill(words.fileName, { date: localDate() }, words.locale);
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function start(root: HTMLElement): void {
  const words = pageWords<CheckinWords>("data-checkin-words");
  const say = announcer(q(root, "[data-checkin-live]"));
  const ask = q(root, "[data-checkin-ask]");
  const note = q<HTMLTextAreaElement>(root, "[data-checkin-note]");
  const problem = q(root, "[data-checkin-problem]");
  const answered = q(root, "[data-checkin-reply]");
  const confirm = q(root, "[data-checkin-clear-confirm]");
  let changing = false;
  let cleared = false;

  function render(): void {
    const pledged = history().map((d) => d.date);
    const checkins = loadCheckins();
    const view = checkinView(new Date(), pledged, checkins);
    root.hidden = pledged.length === 0 && checkins.length === 0 && !cleared;
    q(root, "[data-checkin-cleared]").hidden = !cleared;
    q(root, "[data-checkin-mine]").hidden = cleared;
    ask.hidden = !(view.kind === "ask" || (view.kind === "answered" && changing));
    answered.hidden = view.kind !== "answered" || changing;
    if (view.kind === "answered") {
      const said = reply(view.checkin.answer, new Set(pledged).size, words);
      q(root, "[data-reply-title]").textContent = said.title;
      q(root, "[data-reply-text]").textContent = said.text;
      q(root, "[data-reply-help]").hidden = !said.help;
      q(root, "[data-reply-note]").hidden = !view.checkin.note;
      q(root, "[data-reply-note-text]").textContent = view.checkin.note ?? "";
    }
    q(root, "[data-checkin-tally]").textContent = tallyLine(tally(pledged, checkins), words);
    drawCalendar(q(root, "[data-calendar]"), calendar(localDate(), pledged, checkins, words));
  }

  function answer(choice: CheckinAnswer): void {
    const result = record(loadCheckins(), localDate(), choice, note.value, words);
    problem.hidden = result.ok;
    if (!result.ok) {
      problem.textContent = result.problem;
      note.focus();
      return;
    }
    saveCheckins(result.checkins);
    changing = false;
    cleared = false;
    render();
    q(root, "[data-reply-title]").focus();
    say(words.saved);
  }

  root.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button");
    if (!button) return;
    const choice = button.dataset["answer"];
    if (isAnswer(choice)) answer(choice);
    else if (button.hasAttribute("data-checkin-change")) {
      changing = true;
      note.value = loadCheckins().find((c) => c.date === localDate())?.note ?? "";
      render();
      note.focus();
    } else if (button.hasAttribute("data-checkin-download")) download(words);
    else if (button.hasAttribute("data-checkin-clear")) {
      confirm.hidden = false;
      button.setAttribute("aria-expanded", "true");
    } else if (button.hasAttribute("data-checkin-clear-no")) {
      confirm.hidden = true;
      q(root, "[data-checkin-clear]").setAttribute("aria-expanded", "false");
    } else if (button.hasAttribute("data-checkin-clear-yes")) {
      forgetDevice();
      void forgetReminders();
      confirm.hidden = true;
      cleared = true;
      // The pledge section re-reads the device on a "storage" event without a key.
      window.dispatchEvent(new StorageEvent("storage", { key: null }));
      say(words.cleared);
      render();
    }
  });

  window.addEventListener(HISTORY_SAVED, render);
  window.addEventListener("storage", render);
  document.addEventListener("visibilitychange", () => {
    if (!document.hidden) render();
  });
  // The question appears at EVENING_HOUR even on a page left open since the morning.
  window.setInterval(render, 60_000);
  render();
}
