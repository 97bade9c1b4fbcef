/** RSS feed of resources, newest first. Drafts are never included in production. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { siteConfig } from "../../common/site";
import { getResources, resourceHref } from "../lib/content/collections";

export const GET: APIRoute = async (context) => {
  const resources = await getResources();
  return rss({
    title: `${siteConfig.name}: resources`,
    description: siteConfig.description,
    site: context.site ?? siteConfig.url,
    trailingSlash: true,
    items: resources.map((entry) => ({
      title: entry.data.title,
      description: entry.data.description,
      link: resourceHref(entry.id),
      pubDate: entry.data.published,
    })),
    customData: `<language>${siteConfig.lang}</language>`,
  });
};
