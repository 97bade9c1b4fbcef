/**
 * The editor's page script (/admin/ only): the site's own stylesheets in the preview, and the
 * build's schema as the last check before saving, so a value the build would refuse is refused
 * here with the build's own words. Decap CMS itself is loaded by the page from /admin/decap/.
 */
import { COLLECTIONS } from "./config";
import { checkEntry, normaliseEdits, type Path } from "./normalise";
import { articlePreview, type H, type PreviewProps, programPreview } from "./preview";

interface ImmutableMap {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
  deleteIn(path: Path): ImmutableMap;
  setIn(path: Path, value: unknown): ImmutableMap;
}
interface Decap {
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: (props: PreviewProps) => unknown): void;
  registerEventListener(listener: {
    name: "preSave";
    handler: (event: { entry: ImmutableMap }) => ImmutableMap | undefined;
  }): void;
}

const isMap = (value: unknown): value is ImmutableMap =>
  typeof value === "object" && value !== null && "toJS" in value && "get" in value;

export function setUpEditor(): void {
  const cms = (window as unknown as { CMS?: Decap }).CMS;
  if (!cms) throw new Error("Decap CMS did not load from /admin/decap/decap-cms.js.");
  const styles = document.documentElement.dataset.previewStyles ?? "";
  for (const href of styles.split(" ").filter(Boolean)) cms.registerPreviewStyle(href);
  const h = (window as unknown as { h?: H }).h;
  if (h) {
    cms.registerPreviewTemplate("resources", articlePreview(h));
    cms.registerPreviewTemplate("programs", programPreview(h));
  }

  cms.registerEventListener({
    name: "preSave",
    handler: ({ entry }) => {
      const collection = COLLECTIONS.find((c) => c.name === entry.get("collection"));
      const data = entry.get("data");
      if (!collection || !isMap(data)) return undefined;
      // A new entry has no file name yet: Decap makes it from the title when it saves.
      const slug = String(entry.get("slug") ?? "");
      const file = `${collection.folder}/${slug || "(new file)"}.${collection.extension}`;
      const plain = data.toJS();
      const checked = checkEntry(collection.schema, file, plain);
      // Decap shows a thrown error in its "could not save" notice: the build's own words.
      if (!checked.ok) throw new Error(checked.message);
      // Saved as checked: blanks left out, a lone "varies" written as the answer itself.
      const { body: _body, ...frontmatter } = plain;
      const { remove, set } = normaliseEdits(frontmatter);
      let saved = data;
      for (const path of remove) saved = saved.deleteIn(path);
      for (const [path, value] of set) saved = saved.setIn(path, value);
      return saved;
    },
  });
}
