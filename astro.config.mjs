import mdx from "@astrojs/mdx";
import netlify from "@astrojs/netlify";
import { defineConfig } from "astro/config";

export default defineConfig({
  site: "https://example.org",
  output: "static",
  session: false,
  integrations: [mdx()],
  adapter: netlify({ devFeatures: { edgeFunctions: false, images: false } }),
});
