/**
 * The site's content collections. Files whose names start with `_` are ignored, so editors can
 * keep drafts and templates (`content/resources/_template.mdx`) beside real entries.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { glossarySchema, programSchema, resourceSchema } from "./lib/content/schema";
import { programEsSchema, resourceEsSchema } from "./lib/content/schema-es";

const resources = defineCollection({
  loader: glob({ pattern: "**/[^_]*.mdx", base: "./content/resources" }),
  schema: resourceSchema,
});

const programs = defineCollection({
  loader: glob({ pattern: "**/[^_]*.mdx", base: "./content/programs" }),
  schema: programSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: "**/[^_]*.yaml", base: "./content/glossary" }),
  schema: glossarySchema,
});

/** Spanish articles, each naming the English entry it renders (content/es/, outside content/resources/). */
const resourcesEs = defineCollection({
  loader: glob({ pattern: "**/[^_]*.mdx", base: "./content/es/resources" }),
  schema: resourceEsSchema,
});

/** Spanish text of each guide's "At a glance" panel, naming the English guide (content/es/programs/). */
const programsEs = defineCollection({
  loader: glob({ pattern: "**/[^_]*.yaml", base: "./content/es/programs" }),
  schema: programEsSchema,
});

export const collections = { resources, programs, glossary, resourcesEs, programsEs };
