/** robots.txt, pointing crawlers at the sitemap on this deployment's own address. */
import type { APIRoute } from "astro";
import { siteConfig } from "../../common/site";

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL("/sitemap-index.xml", site ?? siteConfig.url).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
