/**
 * /admin/config.yml: the editor's configuration, generated from the content schemas at build
 * time (and on each request under `astro dev`). See src/lib/cms/config.ts.
 */
import type { APIRoute } from "astro";
import { siteConfig } from "../../../common/site";
import { cmsConfig } from "../../lib/cms/config";
import { schemaDocs } from "../../lib/cms/docs";

export const prerender = true;

export const GET: APIRoute = () => {
  const config = cmsConfig(schemaDocs(), process.env, siteConfig.url);
  // JSON is YAML too, and quoting every text keeps values such as "yes" and "no" from ever
  // being read as true/false by an older YAML reader.
  const header = "# Generated from src/lib/content/schema.ts by src/pages/admin/config.yml.ts: do not edit.\n";
  return new Response(`${header}${JSON.stringify(config, null, 2)}\n`, {
    headers: { "content-type": "text/yaml; charset=utf-8" },
  });
};
