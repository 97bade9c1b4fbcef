/**
 * Debian's Chromium, as the browser tests and the audit start it. The flags keep it from
 * reaching out to Google's services, which this machine's closed network refuses at every start.
 */
export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
