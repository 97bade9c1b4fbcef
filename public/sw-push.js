/*
 * Push reminders inside the service worker (imported by /sw.js): shows the daily reminder
 * sent by netlify/functions/reminders-send.ts (its words in the subscriber's language) and opens
 * the pledge on that language's home page (/ or /es/) when it is tapped.
 */
self.addEventListener("push", (event) => {
  let message = { title: "Your daily pledge", body: "One tap, for today.", url: "/#pledge" };
  try {
    message = { ...message, ...event.data.json() };
  } catch {
    // No payload or not JSON: the default words.
  }
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: message.body,
      icon: "/icons/icon-192.png",
      badge: "/icons/maskable-192.png",
      tag: "daily-pledge-reminder",
      data: { url: message.url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? "/#pledge", self.location.origin);
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).pathname === url.pathname);
      return open ? open.focus() : self.clients.openWindow(url.href);
    }),
  );
});
