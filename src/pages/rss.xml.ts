/** RSS feed of resources, newest first. Drafts are never included in production. */
import type { APIRoute } from "astro";
import { getResources, resourceHref } from "../lib/content/collections";
import { articleFeed } from "../lib/feed";

export const GET: APIRoute = async (context) => {
  const resources = await getResources();
  return articleFeed(
    context,
    "en",
    resources.map((entry) => ({
      title: entry.data.title,
      description: entry.data.description,
      link: resourceHref(entry.id),
      pubDate: entry.data.published,
    })),
  );
};
