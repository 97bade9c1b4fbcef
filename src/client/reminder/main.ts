/**
 * "Remind me every day at …": builds the calendar file in the browser when asked (the file
 * library is loaded only then) and downloads it. Nothing is sent to the server. The words are
 * the page's (script[data-reminder-words]).
 */
import type { ReminderWords } from "../../i18n/companion";
import { fill, pageWords } from "../page-words";
import { localDate } from "../pledge/days";
import { atTime } from "./time";

function save(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function start(): void {
  const form = document.querySelector<HTMLFormElement>("[data-reminder]");
  const time = form?.querySelector<HTMLInputElement>("[data-reminder-time]");
  const problem = form?.querySelector<HTMLElement>("[data-reminder-problem]");
  const done = form?.querySelector<HTMLElement>("[data-reminder-done]");
  if (!form || !time || !problem || !done) return;
  const words = pageWords<ReminderWords>("data-reminder-words");
  form.hidden = false;
  const push = form.querySelector<HTMLElement>("[data-push]");
  const key = push?.dataset["vapidKey"];
  if (push && key) void import("./push").then((m) => m.startPush(push, key, time, words));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { reminderCalendar } = await import("./ics");
    const file = reminderCalendar({
      time: time.value,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      firstDay: localDate(),
      site: location.origin,
      words,
    });
    problem.hidden = file.ok;
    done.hidden = !file.ok;
    if (!file.ok) {
      problem.textContent = file.problem;
      time.focus();
      return;
    }
    save(file.text, file.filename);
    done.textContent = fill(words.downloading, { at: atTime(time.value, words) }, words.locale);
  });
}
