/** Tiny DOM helpers shared by the pledge scripts. */

const missing = (what: string): never => {
  throw new Error(`pledge: the page lacks ${what}`);
};

/**
 * The elements under `root` that carry a data attribute, found in one pass and named by it in
 * camelCase (`data-done-title` → `doneTitle`; the first element wins). Reading a name the markup
 * lacks throws: the markup and the script disagree. `T` lists the names a view reads, with their
 * element types.
 */
export function parts<T extends object>(root: ParentNode): T {
  const found: Record<string, HTMLElement> = {};
  for (const el of root.querySelectorAll<HTMLElement>("*")) for (const key in el.dataset) found[key] ??= el;
  return new Proxy(found, { get: (all, key: string) => all[key] ?? missing(`data-… for ${key}`) }) as T;
}

/** The element with this id; throws when the page has none. */
export const byId = <T extends HTMLElement = HTMLElement>(id: string): T =>
  (document.getElementById(id) as T | null) ?? missing(`#${id}`);

export function show(el: HTMLElement, visible: boolean): void {
  el.hidden = !visible;
}

/**
 * The one polite live region of the pledge section. Clearing it first makes a repeated message
 * (the same hug twice) announced again.
 */
export function announcer(region: HTMLElement): (message: string) => void {
  let timer: number | undefined;
  return (message) => {
    region.textContent = "";
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      region.textContent = message;
    }, 100);
  };
}
