/**
 * Loads the check-in's view (a separate, small module) only on a device that has something to
 * show: a pledge history or check-in answers. Until then, waits for this device's first pledge.
 */
import { HISTORY_SAVED, history } from "../pledge/storage";

function hasCheckins(): boolean {
  try {
    return localStorage.getItem("dailypledge:checkins") !== null;
  } catch {
    return false;
  }
}

export function boot(): void {
  const root = document.querySelector<HTMLElement>("[data-checkin]");
  if (!root) return;
  let started = false;
  const wake = () => {
    if (started || (history().length === 0 && !hasCheckins())) return;
    started = true;
    void import("./view").then((view) => view.start(root));
  };
  window.addEventListener(HISTORY_SAVED, wake);
  window.addEventListener("storage", wake);
  wake();
}
