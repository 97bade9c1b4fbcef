/**
 * The site's Content-Security-Policy, in two parts, so that the editing screen (/admin/, which
 * needs a looser policy) never inherits the site's.
 *
 * Netlify applies every `[[headers]]` rule whose path matches, and /admin/* is also matched by
 * the site-wide `/*`. Whether Netlify's CDN then sends the last rule's CSP or both is not
 * documented (netlify-cli keeps the last). If it sent both, the browser would enforce both, and
 * a strict site-wide script-src would break the editor. So:
 * - `PAGE_POLICY` (what scripts, styles, images… a page may load) travels in a
 *   `<meta http-equiv>` at the top of every page's <head> (BaseLayout.astro); the admin page has
 *   none and gets its own policy from the `/admin/*` header rule;
 * - the `/*` header rule keeps only what a <meta> policy cannot carry (frame-ancestors) and what
 *   every page, /admin/ included, asks for anyway: `SHARED_HEADER_DIRECTIVES`. Sent alone or beside
 *   the /admin/* policy, it changes nothing for the editor.
 * tests/security/csp.test.ts holds netlify.toml to this; the browser tests serve pages with every
 * matching rule's CSP at once (scripts/serve-site.ts), the stricter reading.
 */

/** The directives the `/*` header rule of netlify.toml sends, word for word, on every path. */
export const SHARED_HEADER_DIRECTIVES = [
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
] as const;

/**
 * Every page but /admin/: scripts and styles only from this site, as files (astro.config.mjs
 * keeps Astro from inlining them); Pagefind's search needs WebAssembly. frame-ancestors is left
 * to the header: browsers ignore it in a <meta>.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "upgrade-insecure-requests",
].join("; ");
