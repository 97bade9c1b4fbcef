/** Tiny DOM helpers shared by the pledge scripts. */

/** The element matching `selector` inside `root`; throws if the markup and the script disagree. */
export function $<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`pledge: missing ${selector}`);
  return el;
}

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
