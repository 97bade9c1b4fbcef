/**
 * The Spanish half of the built site: every Spanish article has its page with lang="es" and
 * hreflang links both ways, every page of the program finder (the finder, its static filter
 * pages, the program pages) has its Spanish twin listing the same programs, the sitemap lists both
 * languages with their alternates, Pagefind holds a separate Spanish index, and each language has
 * its own RSS feed, linked from its pages. Run after `npm run build`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { checkFile, repoRoot } from "../../scripts/lib/content";
import { listHtmlFiles, missingFromRss, readRssPaths } from "../../scripts/lib/site-checks";
import { checkTranslations } from "../../scripts/lib/translations";
import { programEsSchema } from "../../src/lib/content/schema-es";

const dist = path.resolve(repoRoot, process.env.SITE_DIST ?? "dist");
const read = (file: string): string => readFileSync(path.join(dist, file), "utf8");
const spanish = checkTranslations().translations.filter((t) => !t.draft && t.kind === "resources");
const slugs = spanish.map((t) => t.translationOf.replace(/^resources\//, ""));

/** The hreflang alternates in a page's head, as { lang: path }. */
const alternates = (html: string): Record<string, string> =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
      m[1] ?? "",
      new URL(m[2] ?? "").pathname,
    ]),
  );

/** Each <url> of the sitemap: its address and its alternates by hreflang, as paths. */
const sitemap = (): Map<string, Record<string, string>> =>
  new Map(
    [...read("sitemap-0.xml").matchAll(/<url>(.*?)<\/url>/g)].map((m) => {
      const block = m[1] ?? "";
      const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(block)?.[1] ?? "").pathname;
      const links = [...block.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(
        (l) => [l[1] ?? "", new URL(l[2] ?? "").pathname] as const,
      );
      return [loc, Object.fromEntries(links)];
    }),
  );

/** Every English page of the program finder, as paths: /programs/, its filter pages, the program pages. */
const englishProgramPages = (): string[] =>
  listHtmlFiles(path.join(dist, "programs")).map((file) => `/programs/${file.replace(/index\.html$/, "")}`);

/** The program pages a finder page links from its cards: the firm list, then the "may fit" list. */
const listed = (html: string): { yes: string[]; maybe: string[] } => {
  const links = (part: string) =>
    [...part.matchAll(/<article class="card"[^>]*><h3><a href="([^"]+)"/g)].map((m) =>
      (m[1] ?? "").replace(/^\/es/, ""),
    );
  const [firm = "", rest = ""] = html.split('<section class="maybe"');
  return { yes: links(firm), maybe: links(rest) };
};

describe("the built site in Spanish", () => {
  it("has the Spanish pages", () => {
    expect(existsSync(path.join(dist, "es/index.html")), "run npm run build first").toBe(true);
    expect(slugs.length).toBeGreaterThanOrEqual(8);
  });

  it("gives every Spanish article a page in Spanish that names its English twin, and back", () => {
    for (const slug of slugs) {
      const es = read(`es/resources/${slug}/index.html`);
      expect(es).toMatch(/<html lang="es"/);
      expect(alternates(es)).toEqual({
        en: `/resources/${slug}/`,
        es: `/es/resources/${slug}/`,
        "x-default": `/resources/${slug}/`,
      });
      expect(alternates(read(`resources/${slug}/index.html`)).es).toBe(`/es/resources/${slug}/`);
    }
  });

  it("gives every page of the program finder a Spanish twin that lists the same programs", () => {
    const pages = englishProgramPages();
    const filters = pages.filter((p) => /^\/programs\/(approach|stance|format|for)\/|-meetings\/$/.test(p));
    // 7 approaches, 4 stances, 2 formats, 5 audiences, family meetings and open meetings.
    expect(filters.length, filters.join(", ")).toBeGreaterThanOrEqual(20);
    for (const page of pages) {
      const file = `es${page}index.html`;
      expect(existsSync(path.join(dist, file)), `${page} has no Spanish twin at /es${page}`).toBe(true);
      const es = read(file);
      const en = read(`${page.slice(1)}index.html`);
      expect(es, `/es${page}`).toMatch(/<html lang="es"/);
      expect(alternates(es), `/es${page}`).toEqual({ en: page, es: `/es${page}`, "x-default": page });
      expect(alternates(en).es, page).toBe(`/es${page}`);
      expect(listed(es), `/es${page} lists what ${page} lists`).toEqual(listed(en));
    }
    const family = read("es/programs/family-meetings/index.html");
    expect(listed(family).yes.length).toBeGreaterThan(0);
    expect(listed(family).maybe.length, "the maybes are compared too").toBeGreaterThan(0);
    expect(family).toMatch(
      /<h2 id="maybe-heading">\d+ programas? más podrían? tener reuniones para familias y amigos: varía según el grupo o no está confirmado, así que pregunte al grupo primero\.<\/h2>/,
    );
  });

  it("lists both languages in the sitemap, each page with its twin", () => {
    const urls = sitemap();
    for (const slug of slugs) {
      const twins = { "en-US": `/resources/${slug}/`, "es-US": `/es/resources/${slug}/` };
      expect(urls.get(`/es/resources/${slug}/`), `/es/resources/${slug}/ in the sitemap`).toEqual(twins);
      expect(urls.get(`/resources/${slug}/`), `/resources/${slug}/ in the sitemap`).toEqual(twins);
    }
    for (const page of ["/es/", "/es/get-help/", "/es/about/", "/es/privacy/", "/es/programs/"]) {
      expect(urls.has(page), `${page} is not in the sitemap`).toBe(true);
    }
    expect(urls.has("/es/thank-you/")).toBe(false);
    for (const page of englishProgramPages()) {
      const twins = { "en-US": page, "es-US": `/es${page}` };
      expect(urls.get(`/es${page}`), `/es${page} in the sitemap`).toEqual(twins);
      expect(urls.get(page), `${page} in the sitemap`).toEqual(twins);
    }
    expect(urls.has("/es/search/")).toBe(false);
  });

  it("keeps a separate Spanish search index holding the Spanish articles", () => {
    const entry = JSON.parse(read("pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(["en", "es"]);
    // The Spanish articles and the Spanish help page.
    expect(entry.languages.es?.page_count).toBe(slugs.length + 1);
  });

  it("keeps the RSS feed English", () => {
    expect(read("rss.xml")).not.toContain("/es/");
  });

  it("has a Spanish RSS feed of every Spanish article, and nothing else", () => {
    const feed = read("es/rss.xml");
    expect(feed).toContain("<language>es</language>");
    const expected = slugs.map((slug) => `/es/resources/${slug}/`);
    expect(missingFromRss(dist, expected, "es/rss.xml")).toEqual([]);
    expect([...readRssPaths(dist, "es/rss.xml")].sort()).toEqual([...expected].sort());
  });

  it("links each language's feed from its pages, in the head and the footer", () => {
    const feedLinks = (html: string) => [
      ...html.matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]* href="([^"]+)"/g),
    ];
    // Every Spanish page, at any depth (articles and guide pages too).
    const spanishPages = listHtmlFiles(path.join(dist, "es")).map((file) => `es/${file}`);
    expect(spanishPages).toContain("es/programs/family-meetings/index.html");
    for (const file of spanishPages) {
      const html = read(file);
      expect(
        feedLinks(html).map((m) => m[1]),
        file,
      ).toEqual(["/es/rss.xml"]);
      expect(html, file).toContain('<a href="/es/rss.xml">Canal RSS</a>');
    }
    const english = read("programs/index.html");
    expect(feedLinks(english).map((m) => m[1])).toEqual(["/rss.xml"]);
    expect(english).toContain('<a href="/rss.xml">RSS feed</a>');
  });
});

/** Text as Astro writes it into HTML. */
const inHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

describe("the guides' Spanish panels in the built site", () => {
  const panels = checkTranslations().translations.filter((t) => t.kind === "programs");

  it("has a Spanish panel text for the guides", () => {
    expect(panels.length).toBeGreaterThanOrEqual(29);
  });

  it("shows each guide's Spanish summary and notes, not marked English, and not its English summary", () => {
    for (const t of panels) {
      const slug = t.translationOf.replace(/^programs\//, "");
      const es = programEsSchema.parse(parseYaml(readFileSync(path.join(repoRoot, t.file), "utf8")));
      const en = checkFile(path.join(repoRoot, t.englishFile), "programs");
      if (!en.ok || en.entry.kind !== "programs") throw new Error(en.ok ? `${t.englishFile}: not a guide` : en.message);
      const html = read(`es/programs/${slug}/index.html`);
      // The page's own Spanish part: from the title to the line saying the guide below is in English.
      const start = html.indexOf('<header class="article-header">');
      const end = html.indexOf("Esta guía está en inglés");
      expect(start, `${slug}: no header`).toBeGreaterThan(0);
      expect(end, `${slug}: no note about the English guide`).toBeGreaterThan(start);
      const panel = html.slice(start, end);
      expect(panel, `/es/programs/${slug}/ marks part of its panel as English`).not.toContain('lang="en"');
      expect(panel).toContain(`<p class="lead">${inHtml(es.description)}</p>`);
      expect(panel).not.toContain(inHtml(en.entry.data.description));
      const notes = [es.formats?.note, es.familyMeetings?.note, es.openMeetings?.note, es.cost?.note];
      for (const note of notes.filter((n): n is string => n !== undefined)) {
        expect(panel, `/es/programs/${slug}/ lacks the note "${note}"`).toContain(
          `<span class="fact-note">${inHtml(note)}</span>`,
        );
      }
      if (es.findingMeetings) expect(panel).toContain(`<span>${inHtml(es.findingMeetings)}</span>`);
      // The guide itself stays English, and says so.
      expect(html).toContain('<div class="body" lang="en">');
    }
  });

  it("puts each Spanish summary on its card in /es/programs/, not marked English", () => {
    const list = read("es/programs/index.html");
    for (const t of panels) {
      const es = programEsSchema.parse(parseYaml(readFileSync(path.join(repoRoot, t.file), "utf8")));
      expect(list).toContain(`<p>${inHtml(es.description)}</p>`);
    }
    // From the page's title on (the header's language switcher is rightly marked English).
    expect(list.slice(list.indexOf("<h1"))).not.toContain('lang="en"');
  });
});
