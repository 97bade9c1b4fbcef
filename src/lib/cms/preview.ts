/**
 * Previews in the editor that look like the page: the article header and body of
 * src/pages/resources/[slug].astro with the site's own classes, inside Decap's preview frame,
 * where the site's stylesheets are registered (admin.ts). Built with Decap's `h` (React's
 * createElement, which Decap puts on window), so no React of our own is shipped.
 */
import { AUDIENCE_LABELS, TOPIC_LABELS } from "../content/labels";

type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface Entry {
  getIn(path: string[]): unknown;
}
export interface PreviewProps {
  entry: Entry;
  widgetFor(name: string): unknown;
}

const text = (entry: Entry, field: string): string => {
  const value = entry.getIn(["data", field]);
  return typeof value === "string" ? value : "";
};
const list = (entry: Entry, field: string): string[] => {
  const value = entry.getIn(["data", field]);
  const items = value && typeof value === "object" && "toJS" in value ? (value as { toJS(): unknown }).toJS() : value;
  return Array.isArray(items) ? items.filter((v): v is string => typeof v === "string") : [];
};
const labelOf = (labels: Record<string, string>, key: string) => labels[key] ?? key;

/** The page's frame, shared by both previews: header (title, lead, anything more), then the body. */
const page = (h: H, title: string, lead: string, more: unknown[], body: unknown) =>
  h(
    "main",
    null,
    h(
      "article",
      null,
      h("header", { className: "article-header" }, h("h1", null, title), h("p", { className: "lead" }, lead), ...more),
      h("div", { className: "body prose" }, body),
    ),
  );

/** An article's page: title, summary, audience and topics, then the body. */
export const articlePreview =
  (h: H) =>
  ({ entry, widgetFor }: PreviewProps) =>
    page(
      h,
      text(entry, "title"),
      text(entry, "description"),
      [
        h("ul", { className: "article-meta" }, h("li", null, labelOf(AUDIENCE_LABELS, text(entry, "audience")))),
        h(
          "ul",
          { className: "tags" },
          ...list(entry, "topics").map((t) => h("li", { key: t }, labelOf(TOPIC_LABELS, t))),
        ),
      ],
      widgetFor("body"),
    );

/** A program guide's page: its name, summary and body (the facts panel is built from the fields on the site). */
export const programPreview =
  (h: H) =>
  ({ entry, widgetFor }: PreviewProps) =>
    page(h, text(entry, "name"), text(entry, "description"), [], widgetFor("body"));

export type { H };
