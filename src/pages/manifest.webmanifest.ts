/**
 * The web app manifest, so the site can be added to a phone's home screen and open like an app.
 * Icons are drawn from public/favicon.svg by scripts/icons.ts.
 */
import type { APIRoute } from "astro";
import { siteConfig } from "../../common/site";

/** The favicon's blue: the colour of the bar around the installed app. */
export const THEME_COLOR = "#1d5e8c";

export const manifest = {
  id: "/",
  name: siteConfig.name,
  short_name: "Daily Pledge",
  description: siteConfig.description,
  lang: siteConfig.lang,
  start_url: "/",
  scope: "/",
  display: "standalone",
  theme_color: THEME_COLOR,
  // The light page background, shown while the app starts.
  background_color: "#fdfcf9",
  icons: [
    { src: "/favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icons/maskable.svg", sizes: "any", type: "image/svg+xml", purpose: "maskable" },
    { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
    { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
} as const;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(manifest, null, 2), {
    headers: { "Content-Type": "application/manifest+json; charset=utf-8" },
  });
