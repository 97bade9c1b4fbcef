import mdx from "@astrojs/mdx";
import netlify from "@astrojs/netlify";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { siteConfig } from "./common/site.ts";
import { noSsrFunction } from "./netlify/lib/ssr-function.ts";
import { pledgeDevFunctions, withoutNetlifyDevEmulation } from "./netlify/lib/store/dev-integration.ts";

/** Pages that must never appear in the sitemap, in either language. */
const NOT_IN_SITEMAP = ["/404", "/thank-you/", "/search/", "/es/thank-you/", "/es/search/", "/offline/", "/admin/"];

export default defineConfig({
  site: siteConfig.url,
  // English at /, Spanish at /es/ (issue 12; words in src/i18n/).
  i18n: { defaultLocale: "en", locales: ["en", "es"], routing: { prefixDefaultLocale: false } },
  output: "static",
  session: false,
  // Internal links end in a slash, matching the folders Astro writes (`about/index.html`).
  // "ignore", not "always": the pledge functions' paths (/api/pledge) have no trailing slash.
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
      // Terser (two passes) writes the pledge script about 80 B smaller gzipped than
      // Vite's default minifier (issue 10's 6.4 KB budget).
      minify: "terser",
      terserOptions: { module: true, ecma: 2020, compress: { passes: 2 } },
      rollupOptions: {
        output: {
          // The pledge's modules (also used by the check-in and reminder) and the pledge section's
          // own script stay in one file, the one the home page loads (named "pledge" below): split
          // into chunks they compressed worse and needed the module preload helper (issue 10's
          // 6.4 KB budget), and a separate entry was a one-line file costing 65 B gzipped of its own.
          manualChunks: (id) =>
            id.includes("/src/client/pledge/") || id.includes("/PledgeSection.astro?astro&type=script")
              ? "pledge"
              : undefined,
        },
      },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Astro names an entry after its module ("PledgeSection.astro_astro_type_script_index_0_lang");
              // the check-in and reminder import the pledge file by name, twice each, so it is
              // "pledge". Other entries keep Astro's own naming (its cleanChunkName).
              entryFileNames: (chunk) =>
                `_astro/${chunk.name.startsWith("PledgeSection.astro") ? "pledge" : chunk.name.replace(/[^\w.\-/]/g, "_")}.[hash].js`,
            },
          },
        },
      },
    },
  },
  integrations: [
    // Under `astro dev`: the settings checked at startup, and the pledge functions served in the
    // dev server's process (the adapter's own emulation rebuilds a function for every request).
    pledgeDevFunctions(),
    // After the build: no catch-all SSR function (every page is prerendered; it would take /api/*).
    noSsrFunction(),
    mdx(),
    sitemap({
      filter: (page) => !NOT_IN_SITEMAP.some((path) => new URL(page).pathname.startsWith(path)),
      // Each page lists its twin in the other language (xhtml:link hreflang).
      i18n: { defaultLocale: "en", locales: { en: "en-US", es: "es-US" } },
    }),
  ],
  // Under `astro dev` the adapter's Vite dev plugin is left out: see netlify/lib/store/dev-integration.ts.
  adapter: withoutNetlifyDevEmulation(netlify({ devFeatures: { edgeFunctions: false, images: false } })),
});
