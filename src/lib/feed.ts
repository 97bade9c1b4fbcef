/**
 * The RSS feeds' one shape: /rss.xml (the English articles) and /es/rss.xml (the Spanish ones).
 * Each page links its own language's feed (BaseLayout, SiteFooter).
 */
import rss, { type RSSFeedItem } from "@astrojs/rss";
import type { APIContext } from "astro";
import { siteConfig } from "../../common/site";
import { dict, type Lang } from "../i18n/index";

/** Each feed's name after the site's: "The Daily Pledge: resources". */
const CHANNEL: Record<Lang, string> = { en: "resources", es: "recursos en español" };

export const articleFeed = (context: APIContext, lang: Lang, items: RSSFeedItem[]): Promise<Response> =>
  rss({
    title: `${siteConfig.name}: ${CHANNEL[lang]}`,
    description: dict(lang).description,
    site: context.site ?? siteConfig.url,
    trailingSlash: true,
    items,
    customData: `<language>${dict(lang).locale}</language>`,
  });
