/**
 * Starts Pagefind's ready-made search UI on /search/ and runs the query from ?q=…, so the
 * header's plain GET search form lands on results. Pagefind picks the index of the page's
 * `<html lang>`; a page in another language gives its words in data attributes.
 */
interface PagefindUIInstance {
  triggerSearch: (term: string) => void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

export const startSearch = (): void => {
  const element = document.querySelector<HTMLElement>("[data-search]");
  const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  if (!element) return;
  if (!PagefindUI) {
    element.textContent =
      element.dataset.searchUnavailable ?? "Search is not available right now. Please browse the resources instead.";
    return;
  }
  const ui = new PagefindUI({
    element,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: "Search articles, programs and terms" },
  });
  // Pagefind's input is named only by its placeholder; give it a real accessible name.
  element.querySelector("input")?.setAttribute("aria-label", element.dataset.searchLabel ?? "Search the site");
  const query = new URLSearchParams(location.search).get("q")?.trim();
  if (query) ui.triggerSearch(query);
};
