/**
 * The program finder's instant filters. The page works without this script (static filter
 * links); with it, a form appears, the list filters as choices change, the URL keeps the
 * choices (?approach=…&stance=…), and a polite live region says how many programs match.
 */
type Choice = { approach: string; stance: string; format: string; audience: string; family: boolean };

const read = (form: HTMLFormElement): Choice => {
  const data = new FormData(form);
  const get = (name: string) => String(data.get(name) ?? "");
  return {
    approach: get("approach"),
    stance: get("stance"),
    format: get("format"),
    audience: get("audience"),
    family: data.get("family") === "yes",
  };
};

const matches = (card: HTMLElement, c: Choice): boolean => {
  const d = card.dataset;
  const has = (list: string | undefined, value: string) => (list ?? "").split(" ").includes(value);
  return (
    (!c.approach || d.approach === c.approach) &&
    (!c.stance || d.stance === c.stance) &&
    (!c.format || has(d.formats, c.format)) &&
    (!c.audience || has(d.audiences, c.audience)) &&
    (!c.family || d.family === "true")
  );
};

export const startFinder = (): void => {
  const form = document.querySelector<HTMLFormElement>("form[data-finder]");
  const list = document.querySelector<HTMLElement>("[data-finder-list]");
  const status = document.querySelector<HTMLElement>("[data-finder-status]");
  const empty = document.querySelector<HTMLElement>("[data-finder-empty]");
  if (!form || !list || !status) return;

  // Restore choices from the address, e.g. a shared link.
  const params = new URLSearchParams(location.search);
  for (const name of ["approach", "stance", "format", "audience"]) {
    const select = form.elements.namedItem(name);
    const value = params.get(name);
    if (select instanceof HTMLSelectElement && value && [...select.options].some((o) => o.value === value)) {
      select.value = value;
    }
  }
  const family = form.elements.namedItem("family");
  if (family instanceof HTMLInputElement) family.checked = params.get("family") === "yes";

  const cards = [...list.querySelectorAll<HTMLElement>("[data-program]")];
  const apply = (announce: boolean) => {
    const choice = read(form);
    let shown = 0;
    for (const card of cards) {
      const ok = matches(card, choice);
      const item = card.closest("li");
      if (item) item.hidden = !ok;
      if (ok) shown += 1;
    }
    if (empty) empty.hidden = shown > 0;
    const text = `${shown === 1 ? "1 program matches" : `${shown} programs match`} out of ${cards.length}.`;
    if (announce || status.textContent !== text) status.textContent = text;

    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(choice)) {
      if (value === true) query.set(key, "yes");
      else if (typeof value === "string" && value) query.set(key, value);
    }
    const search = query.toString();
    history.replaceState(null, "", search ? `?${search}` : location.pathname);
  };

  form.addEventListener("change", () => apply(true));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply(true);
  });
  // "Clear filters": the reset happens after this event, so filter on the next tick.
  form.addEventListener("reset", () => setTimeout(() => apply(true), 0));

  form.hidden = false;
  document.documentElement.classList.add("js-finder");
  apply(false);
};
