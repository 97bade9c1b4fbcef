/**
 * The program finder's instant filters. The page works without this script (static filter
 * links); with it, a form appears, the list filters as choices change, the URL keeps the
 * choices (?approach=…&family=yes…), and a polite live region says how many programs match.
 * Matching is lib/content/finder.ts, the same code the static filter pages use: only firm
 * answers match, and programs whose answer varies or is not confirmed are counted as "may fit",
 * shown only when the reader asks for them. One script for both languages: the words are those of
 * the page's `<html lang>` (src/i18n/finder.ts).
 */
import { finderLang, finderStatusWords, maybeSentence } from "../i18n/finder";
import type { Lang } from "../i18n/index";
import { type Choice, type FinderData, type Match, matchProgram } from "../lib/content/finder";

const SELECTS = ["approach", "stance", "format", "audience"] as const;
const BOXES = ["family", "open", "maybe"] as const;

const read = (form: HTMLFormElement): Choice & { maybe: boolean } => {
  const data = new FormData(form);
  const get = (name: string) => String(data.get(name) ?? "");
  return {
    approach: get("approach"),
    stance: get("stance"),
    format: get("format"),
    audience: get("audience"),
    family: data.get("family") === "yes",
    open: data.get("open") === "yes",
    maybe: data.get("maybe") === "yes",
  };
};

/** The card's facts, written by ProgramCard as JSON; a card without them never matches. */
const dataOf = (card: HTMLElement): FinderData | undefined => {
  try {
    return JSON.parse(card.dataset.finder ?? "") as FinderData;
  } catch {
    return undefined;
  }
};

/** Restores choices from the address, e.g. a shared link. */
const restore = (form: HTMLFormElement): void => {
  const params = new URLSearchParams(location.search);
  for (const name of SELECTS) {
    const select = form.elements.namedItem(name);
    const value = params.get(name);
    if (select instanceof HTMLSelectElement && value && [...select.options].some((o) => o.value === value)) {
      select.value = value;
    }
  }
  for (const name of BOXES) {
    const box = form.elements.namedItem(name);
    if (box instanceof HTMLInputElement) box.checked = params.get(name) === "yes";
  }
};

interface Status {
  lang: Lang;
  counts: Record<Match, number>;
  total: number;
  choice: Choice;
  showMaybe: boolean;
}

const statusText = ({ lang, counts, total, choice, showMaybe }: Status): string => {
  const words = finderStatusWords[lang];
  const sure = words.matches(counts.yes, total);
  if (counts.maybe === 0) return sure;
  return `${sure} ${maybeSentence(lang, choice, counts.maybe)}${showMaybe ? ` ${words.shownToo}` : ""}`;
};

export const startFinder = (): void => {
  const form = document.querySelector<HTMLFormElement>("form[data-finder]");
  const list = document.querySelector<HTMLElement>("[data-finder-list]");
  const status = document.querySelector<HTMLElement>("[data-finder-status]");
  const empty = document.querySelector<HTMLElement>("[data-finder-empty]");
  if (!form || !list || !status) return;
  const lang = finderLang(document.documentElement.lang);
  restore(form);

  const cards = [...list.querySelectorAll<HTMLElement>("[data-program]")].map((card) => ({
    card,
    data: dataOf(card),
  }));
  const apply = (announce: boolean) => {
    const { maybe: showMaybe, ...choice } = read(form);
    const counts: Record<Match, number> = { yes: 0, maybe: 0, no: 0 };
    for (const { card, data } of cards) {
      const match = data ? matchProgram(data, choice) : "no";
      counts[match] += 1;
      const item = card.closest("li");
      if (item) item.hidden = !(match === "yes" || (match === "maybe" && showMaybe));
      card.classList.toggle("may-fit", match === "maybe");
    }
    if (empty) empty.hidden = counts.yes > 0 || (showMaybe && counts.maybe > 0);
    const text = statusText({ lang, counts, total: cards.length, choice, showMaybe });
    if (announce || status.textContent !== text) status.textContent = text;

    const query = new URLSearchParams();
    for (const name of SELECTS) if (choice[name]) query.set(name, choice[name]);
    for (const name of BOXES) if (name === "maybe" ? showMaybe : choice[name]) query.set(name, "yes");
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
