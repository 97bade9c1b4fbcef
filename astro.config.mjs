import mdx from "@astrojs/mdx";
import netlify from "@astrojs/netlify";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { pledgeDevStore } from "./netlify/lib/store/dev-integration.ts";
import { siteConfig } from "./src/site.config.ts";

/** Pages that must never appear in the sitemap. */
const NOT_IN_SITEMAP = ["/404", "/thank-you/", "/search/", "/admin/"];

export default defineConfig({
  site: siteConfig.url,
  output: "static",
  session: false,
  // Internal links end in a slash, matching the folders Astro writes (`about/index.html`).
  // "ignore", not "always": under `astro dev`, "always" answers 404 for the pledge functions'
  // paths (/api/pledge), before the Netlify adapter's emulation can serve them.
  trailingSlash: "ignore",
  build: {
    format: "directory",
    // External stylesheets only, so the Content-Security-Policy can keep `style-src 'self'`.
    inlineStylesheets: "never",
  },
  vite: {
    build: {
      // Astro inlines processed <script>s (and small assets) below this size. 0 keeps every
      // script in its own file under /_astro/, so `script-src 'self'` needs no 'unsafe-inline'.
      assetsInlineLimit: 0,
    },
  },
  integrations: [
    // Under `astro dev` with no Redis configured: one embedded store shared by every function.
    pledgeDevStore(),
    mdx(),
    sitemap({
      filter: (page) => !NOT_IN_SITEMAP.some((path) => new URL(page).pathname.startsWith(path)),
    }),
  ],
  adapter: netlify({ devFeatures: { edgeFunctions: false, images: false } }),
});
