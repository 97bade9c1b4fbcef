/**
 * Each built-site check catches its mistake: a tiny hand-made site with known problems,
 * beside a good one that must pass. Needs no build of the real site.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkFilePolicy,
  checkGluedWords,
  checkImageAlt,
  checkInlineScripts,
  checkInternalLinks,
  checkNoScripts,
  checkPagePolicy,
  decodeEntities,
  missingAnchors,
  missingFromRss,
  missingFromSearch,
  missingFromSitemap,
  parseHtml,
  readPagefindPages,
} from "../../scripts/lib/site-checks";

const page = (title: string, body: string, head = ""): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>`;

const write = (root: string, file: string, text: string): void => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

let good = "";
let bad = "";

beforeAll(async () => {
  const base = mkdtempSync(path.join(tmpdir(), "daily-pledge-site-"));
  good = path.join(base, "good");
  bad = path.join(base, "bad");

  // A good site: every check passes.
  write(
    good,
    "index.html",
    page(
      "Home",
      '<a href="/resources/calm/">Calm</a> <a href="/resources/calm/#breathe">Breathe</a> <a href="#top" id="top">Top</a> <img src="/images/lake.svg" alt="A calm lake"> <img src="/images/line.svg" alt="" aria-hidden="true"> <a href="https://988lifeline.org">988</a> <a href="tel:988">Call</a> <script type="application/json" data-pledge-words>{"locale":"en"}</script> <script type="module" src="/_astro/app.js"></script>',
    ),
  );
  write(
    good,
    "resources/calm/index.html",
    page(
      "Finding Calm",
      '<h2 id="breathe">Breathe</h2><a href="../../">Home</a><a href="/programs/al-anon">Al-Anon</a>',
      '<script type="application/ld+json">{"@type":"Article"}</script><script src="/sw-register.js" defer></script>',
    ),
  );
  write(good, "sw-register.js", "navigator;");
  write(good, "programs/al-anon/index.html", page("Al-Anon Family Groups", "<p>Family groups.</p>"));
  write(good, "images/lake.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
  write(good, "images/line.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
  write(good, "_astro/app.js", "export {};");
  write(
    good,
    "sitemap-index.xml",
    '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>',
  );
  write(
    good,
    "sitemap-0.xml",
    '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url><url><loc>https://example.org/resources/calm/</loc></url><url><loc>https://example.org/programs/al-anon/</loc></url></urlset>',
  );
  write(
    good,
    "rss.xml",
    '<?xml version="1.0"?><rss><channel><link>https://example.org/</link><item><title>Finding Calm</title><link>https://example.org/resources/calm/</link></item></channel></rss>',
  );

  // A bad site: one of each mistake.
  write(
    bad,
    "index.html",
    page(
      "Home",
      '<a href="/resources/missing/">Gone</a> <a href="/resources/calm/#nowhere">Bad anchor</a> <a href="#also-nowhere">Bad local anchor</a> <img src="/images/lake.svg"> <img src="/images/lake.svg" alt="  "> <img src="/images/missing.jpg" alt="A missing picture"> <script>console.log("inline")</script>',
    ),
  );
  write(
    bad,
    "resources/calm/index.html",
    page("Finding Calm", '<h2 id="breathe">Breathe</h2><script type="module" src="/_astro/app.js"></script>'),
  );
  write(
    bad,
    "resources/quiet/index.html",
    page("A Quiet Place", '<p>Quiet. Our<a href="/resources/calm/">calm page</a> and<strong>988</strong>.</p>'),
  );
  write(bad, "images/lake.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
  write(bad, "_astro/app.js", "export {};");
  write(
    bad,
    "sitemap-index.xml",
    '<?xml version="1.0"?><sitemapindex><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>',
  );
  write(
    bad,
    "sitemap-0.xml",
    '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url><url><loc>https://example.org/resources/calm/</loc></url></urlset>',
  );
  write(
    bad,
    "rss.xml",
    '<?xml version="1.0"?><rss><channel><link>https://example.org/resources/quiet/</link><item><title>Finding Calm</title><link>https://example.org/resources/calm/</link></item></channel></rss>',
  );

  // Search indexes built with Pagefind's Node API: the good one holds both pages, the bad one only "calm".
  for (const [root, files] of [
    [good, ["resources/calm/index.html", "programs/al-anon/index.html"]],
    [bad, ["resources/calm/index.html"]],
  ] as const) {
    const { index, errors } = await pagefind.createIndex({});
    expect(errors).toEqual([]);
    if (!index) throw new Error("Pagefind did not create an index");
    for (const file of files) {
      const html =
        file === "programs/al-anon/index.html"
          ? page("Al-Anon Family Groups", "<p>Family groups.</p>")
          : page("Finding Calm", '<h2 id="breathe">Breathe</h2>');
      const added = await index.addHTMLFile({ url: `/${file.replace(/index\.html$/, "")}`, content: html });
      expect(added.errors).toEqual([]);
    }
    const written = await index.writeFiles({ outputPath: path.join(root, "pagefind") });
    expect(written.errors).toEqual([]);
  }
  await pagefind.close();
}, 60_000);

afterAll(() => {
  rmSync(path.dirname(good), { recursive: true, force: true });
});

describe("the HTML reader", () => {
  it("finds tags, ids and scripts, skipping comments", () => {
    const parsed = parseHtml(
      '<!-- <a href="/commented/"> --><a class="x" href="/a/?q=1&amp;b=2#top" id=plain>A</a><script type="module">if (a > b) { document.write("<a href=\'/no/\'>") }</script><p id="p1">',
    );
    expect(parsed.tags.filter((t) => t.name === "a").map((t) => t.attrs.get("href"))).toEqual(["/a/?q=1&b=2#top"]);
    expect([...parsed.ids]).toEqual(["plain", "p1"]);
    expect(parsed.scripts).toHaveLength(1);
    expect(parsed.scripts[0]?.content).toContain("document.write");
    expect(decodeEntities("&#x27;&#39;&quot;&lt;")).toBe("''\"<");
  });
});

describe("links and anchors", () => {
  it("passes a site whose links all resolve, given as an absolute or a relative folder", () => {
    expect(checkInternalLinks(good)).toEqual([]);
    expect(checkInternalLinks(path.relative(process.cwd(), good))).toEqual([]);
  });
  it("reports a broken link, missing anchors and a missing picture, naming the page", () => {
    const problems = checkInternalLinks(bad).join("\n");
    expect(problems).toContain(
      'index.html: <a href="/resources/missing/"> points to /resources/missing/, which does not exist.',
    );
    expect(problems).toContain(
      'index.html: <a href="/resources/calm/#nowhere">: resources/calm/index.html has no element with id="nowhere".',
    );
    expect(problems).toContain(
      'index.html: <a href="#also-nowhere">: index.html has no element with id="also-nowhere".',
    );
    expect(problems).toContain('<img src="/images/missing.jpg"> points to /images/missing.jpg, which does not exist.');
    expect(checkInternalLinks(bad)).toHaveLength(4);
  });
});

describe("anchors on one page", () => {
  it("finds present ids and reports missing ones", () => {
    expect(missingAnchors(good, "/resources/calm/", ["breathe"])).toEqual([]);
    expect(missingAnchors(good, "/resources/calm/", ["breathe", "sponsor"])).toEqual([
      '/resources/calm/: no element with id="sponsor" (/resources/calm/#sponsor).',
    ]);
    expect(missingAnchors(good, "/glossary/", ["sponsor"])).toEqual(["/glossary/: page not found in the built site."]);
  });
});

describe("images", () => {
  it("passes images with alt text and decorative images marked hidden", () => {
    expect(checkImageAlt(good)).toEqual([]);
  });
  it("reports a missing and an empty alt", () => {
    const problems = checkImageAlt(bad).join("\n");
    expect(problems).toContain('index.html: <img src="/images/lake.svg"> has no alt attribute.');
    expect(problems).toContain("has empty alt text");
  });
});

describe("words run into a link", () => {
  it("passes text with its spaces, and a tag right after another tag or punctuation", () => {
    expect(checkGluedWords(good)).toEqual([]);
  });
  it("reports a word glued to a link or to emphasis, naming the page and the words", () => {
    expect(checkGluedWords(bad)).toEqual([
      'resources/quiet/index.html: "…Quiet. Our" runs into a <a>: put the word before it on the tag\'s line, with a space (Astro drops the line break).',
      'resources/quiet/index.html: "…and" runs into a <strong>: put the word before it on the tag\'s line, with a space (Astro drops the line break).',
    ]);
  });
});

describe("scripts", () => {
  it("allows external module scripts, JSON-LD, JSON data for a module, and the service worker's registration on an article", () => {
    expect(checkInlineScripts(good)).toEqual([]);
    expect(checkNoScripts(good, ["/resources/calm/"])).toEqual([]);
  });
  it("reports an inline script", () => {
    expect(checkInlineScripts(bad).join("\n")).toContain('index.html: inline <script> "console.log("inline")"');
  });
  it("reports a script on an article page, and a page that was not built", () => {
    const problems = checkNoScripts(bad, ["/resources/calm/", "/resources/quiet/", "/resources/never-built/"]);
    expect(problems).toEqual([
      '/resources/calm/: ships a <script src="/_astro/app.js">, but article pages must work without JavaScript.',
      "/resources/never-built/: page not found in the built site.",
    ]);
  });
});

describe("sitemap and feed", () => {
  it("passes when every page is listed", () => {
    expect(missingFromSitemap(good, ["/", "/resources/calm/", "/programs/al-anon/"])).toEqual([]);
    expect(missingFromRss(good, ["/resources/calm/"])).toEqual([]);
  });
  it("reports a page missing from the sitemap and from the feed (a channel link is not an item)", () => {
    expect(missingFromSitemap(bad, ["/resources/calm/", "/resources/quiet/"])).toEqual([
      "sitemap: /resources/quiet/ is not listed.",
    ]);
    expect(missingFromRss(bad, ["/resources/calm/", "/resources/quiet/"])).toEqual([
      "rss.xml: no item links to /resources/quiet/.",
    ]);
  });
  it("explains a missing sitemap", () => {
    expect(() => missingFromSitemap(path.join(bad, "resources"), ["/"])).toThrow(/sitemap-index\.xml does not exist/);
  });
});

describe("search index", () => {
  it("reads the pages Pagefind indexed, with their titles", () => {
    expect(
      readPagefindPages(good)
        .map((p) => `${p.url} ${p.title}`)
        .sort(),
    ).toEqual(["/programs/al-anon/ Al-Anon Family Groups", "/resources/calm/ Finding Calm"]);
  });
  it("passes when every article is indexed by title", () => {
    expect(
      missingFromSearch(good, [
        { url: "/resources/calm/", title: "Finding Calm" },
        { url: "/programs/al-anon/", title: "Al-Anon Family Groups" },
      ]),
    ).toEqual([]);
  });
  it("reports a page that is not indexed, and a wrong title", () => {
    expect(
      missingFromSearch(bad, [
        { url: "/resources/calm/", title: "Finding Peace" },
        { url: "/resources/quiet/", title: "A Quiet Place" },
      ]),
    ).toEqual([
      'search index: /resources/calm/ is indexed with title "Finding Calm", expected "Finding Peace".',
      'search index: /resources/quiet/ ("A Quiet Place") is not indexed.',
    ]);
  });
  it("explains a missing index", () => {
    expect(() => readPagefindPages(path.join(bad, "resources"))).toThrow(/pagefind\.js does not exist/);
  });
});

describe("the pages' CSP <meta>", () => {
  const POLICY = "default-src 'self'; script-src 'self'";
  const meta = (content: string) => `<meta http-equiv="Content-Security-Policy" content="${content}">`;
  const site = (pages: Record<string, string>): string => {
    const root = mkdtempSync(path.join(tmpdir(), "daily-pledge-csp-"));
    for (const [file, head] of Object.entries(pages)) write(root, file, page(file, "<p>Text.</p>", head));
    return root;
  };

  it("passes pages that open with the policy, and skips an exempt folder", () => {
    const root = site({ "index.html": meta(POLICY), "admin/index.html": "" });
    expect(checkPagePolicy(root, POLICY, ["admin/"])).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });

  it("reports a missing policy, another policy, and a script or stylesheet above it", () => {
    const root = site({
      "a/index.html": "",
      "b/index.html": meta("default-src *"),
      "c/index.html": `<link rel="stylesheet" href="/x.css">${meta(POLICY)}`,
      "d/index.html": `<script src="/x.js"></script>${meta(POLICY)}`,
    });
    expect(checkPagePolicy(root, POLICY)).toEqual([
      'a/index.html: no <meta http-equiv="Content-Security-Policy">; pages use BaseLayout, which adds it.',
      "b/index.html: its <meta> Content-Security-Policy is not PAGE_POLICY (src/lib/security/csp.ts).",
      "c/index.html: a <link> comes before the CSP <meta>, so the policy misses it.",
      "d/index.html: a <script> comes before the CSP <meta>, so the policy misses it.",
    ]);
    rmSync(root, { recursive: true, force: true });
  });
});

describe("SVG and XML files' CSP header", () => {
  it("reports a picture or feed that no rule gives the policy, and skips an exempt folder", () => {
    const root = mkdtempSync(path.join(tmpdir(), "daily-pledge-files-"));
    write(root, "icons/a.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
    write(root, "images/b.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
    write(root, "rss.xml", "<rss/>");
    write(root, "admin/c.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
    write(root, "index.html", page("Home", ""));
    const covered = (pathname: string) => (pathname.startsWith("/icons/") ? ["P"] : []);
    expect(checkFilePolicy(root, "P", covered, ["admin/"])).toEqual([
      "images/b.svg: opened on its own it could run script, but no header rule gives it the pages' policy; add its path to netlify.toml with PAGE_POLICY.",
      "rss.xml: opened on its own it could run script, but no header rule gives it the pages' policy; add its path to netlify.toml with PAGE_POLICY.",
    ]);
    rmSync(root, { recursive: true, force: true });
  });
});
