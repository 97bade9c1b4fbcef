/*
 * Registers the service worker (/sw.js, written by `npm run build`) that keeps the library
 * readable offline. The one script every page loads: a plain file with a fixed name, so the
 * Content-Security-Policy needs no inline script and article pages ship nothing else. Where
 * service workers are unavailable (or under `astro dev`, which has no /sw.js) nothing happens.
 */
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // The site simply works online only.
    });
  });
}
