/**
 * RSS feed of the Spanish articles (/es/resources/…), in the English articles' order. An item's
 * date is the day its Spanish text was written or last brought up to date (`translated`).
 */
import type { APIRoute } from "astro";
import { getSpanishResources, resourceEsHref } from "../../lib/content/collections-es";
import { articleFeed } from "../../lib/feed";

export const GET: APIRoute = async (context) => {
  const articles = await getSpanishResources();
  return articleFeed(
    context,
    "es",
    articles.map(({ slug, es }) => ({
      title: es.data.title,
      description: es.data.description,
      link: resourceEsHref(slug),
      pubDate: es.data.translated,
    })),
  );
};
