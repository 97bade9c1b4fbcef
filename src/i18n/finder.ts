/**
 * The program finder's words, per language: the page (ProgramBrowser, ProgramFinderForm, the
 * static filter pages) and its script (src/client/program-finder.ts) lay them out once for both.
 * The labels of the schema's values (approaches, stances…) come from lib/content/labels.ts and
 * labels-es.ts. This module is sent to the browser, so it imports only types.
 */
import type { Choice } from "../lib/content/finder";
import type { APPROACHES, FORMATS, PROGRAM_AUDIENCES, STANCES } from "../lib/content/schema";
import type { Lang } from "./index";

type Approach = (typeof APPROACHES)[number];
type Format = (typeof FORMATS)[number];
type Audience = (typeof PROGRAM_AUDIENCES)[number];
type FirmStance = Exclude<(typeof STANCES)[number], "not-confirmed">;

/** A stance inside a Spanish sentence ("un enfoque laico"): lower case, after a masculine noun. */
const STANCE_PHRASES_ES: Record<FirmStance, string> = {
  secular: "laico",
  spiritual: "espiritual",
  religious: "religioso",
  "buddhist-inspired": "de inspiración budista",
};

/** Spanish titles name the kind of program with its own agreement ("Programas laicos"). */
const APPROACH_TITLES_ES: Record<Approach, string> = {
  "twelve-step": "Programas de Doce Pasos",
  "skills-based": "Programas basados en habilidades",
  "mindfulness-based": "Programas de atención plena y meditación",
  "faith-based": "Programas basados en la fe",
  cultural: "Programas con raíces en una cultura",
  "body-and-mind": "Programas de cuerpo y mente",
  "peer-community": "Programas de apoyo entre pares, cualquier camino",
};

const STANCE_TITLES_ES: Record<FirmStance, string> = {
  secular: "Programas laicos",
  spiritual: "Programas espirituales",
  religious: "Programas religiosos",
  "buddhist-inspired": "Programas de inspiración budista",
};

/** The words the finder's script needs too: the maybe sentence and the live status. */
export interface FinderStatusWords {
  /** "3 more programs may", "1 more program may" (the verb agrees with the count). */
  moreMay: (n: number) => string;
  /** Why a program is only a maybe, one reason per choice that can be unsure. */
  reason: { family: string; open: string; format: Record<Format, string>; stance: (stance: FirmStance) => string };
  /** When more than one choice can be unsure. */
  fitAll: string;
  /** The honest end of the maybe sentence. */
  askFirst: string;
  /** "5 programs match out of 12." */
  matches: (yes: number, total: number) => string;
  /** Said after the maybe sentence when the reader asked to see them. */
  shownToo: string;
}

/** The words of the finder's page and form. */
export interface FinderWords {
  title: string;
  description: string;
  lead: string;
  /** A note under the lead (the Spanish site: the guides themselves are in English). */
  note?: string;
  filtersLabel: string;
  showAll: (n: number) => string;
  programs: (n: number) => string;
  allPrograms: string;
  noSureMatch: string;
  seeAll: string;
  noMatch: string;
  /** A card's link to the program's page: "Read the guide to AA". */
  cardLink: (shortName: string) => string;
  /** The summary that opens the maybe list: "Show it", "Show these 3". */
  showMaybe: (n: number) => string;
  compareHeading: string;
  compareNote: string;
  compareCaption: (n: number) => string;
  program: string;
  /** The comparison table's columns: terms of programFacts / programFactsEs, in their wording. */
  columns: string[];
  /** The filter pages: their titles, link groups and link labels beyond the schema's labels. */
  groups: { approach: string; stance: string; format: string; family: string; audience: string };
  approachTitle: (v: Approach, label: string) => string;
  stanceTitle: (v: FirmStance, label: string) => string;
  formatTitle: (v: Format) => string;
  audienceTitle: (v: Audience, label: string) => string;
  family: { title: string; label: string };
  open: { title: string; label: string };
  filterDescription: (title: string) => string;
  form: {
    heading: string;
    approach: string;
    anyApproach: string;
    stance: string;
    anyStance: string;
    format: string;
    anyFormat: string;
    audience: string;
    anyAudience: string;
    maybe: string;
    maybeHint: string;
    clear: string;
  };
}

export const finderStatusWords: Record<Lang, FinderStatusWords> = {
  en: {
    moreMay: (n) => (n === 1 ? "1 more program may" : `${n} more programs may`),
    reason: {
      family: "have meetings for family and friends",
      open: "have open meetings that visitors can attend",
      format: { online: "meet online", "in-person": "meet in person" },
      stance: (stance) => `be ${stance.replace("-", " ")} (where they stand on faith is not confirmed)`,
    },
    fitAll: "fit these choices",
    askFirst: "it varies by group or is not confirmed, so ask the group first.",
    matches: (yes, total) => `${yes === 1 ? "1 program matches" : `${yes} programs match`} out of ${total}.`,
    shownToo: "They are shown too.",
  },
  es: {
    moreMay: (n) => (n === 1 ? "1 programa más podría" : `${n} programas más podrían`),
    reason: {
      family: "tener reuniones para familias y amigos",
      open: "tener reuniones abiertas a las que pueden ir visitantes",
      format: { online: "reunirse en línea", "in-person": "reunirse en persona" },
      stance: (stance) => `tener un enfoque ${STANCE_PHRASES_ES[stance]} (su postura sobre la fe no está confirmada)`,
    },
    fitAll: "encajar con estas opciones",
    askFirst: "varía según el grupo o no está confirmado, así que pregunte al grupo primero.",
    matches: (yes, total) => `${yes === 1 ? "Coincide 1" : `Coinciden ${yes}`} de ${total} programas.`,
    shownToo: "También se muestran.",
  },
};

/** Which choices a program is only a maybe for, to say why it was left out. */
const maybeReasons = (w: FinderStatusWords, c: Choice): string[] => {
  const reasons: string[] = [];
  if (c.family) reasons.push(w.reason.family);
  if (c.open) reasons.push(w.reason.open);
  if (c.format === "online" || c.format === "in-person") reasons.push(w.reason.format[c.format]);
  if (c.stance && c.stance !== "not-confirmed") reasons.push(w.reason.stance(c.stance as FirmStance));
  return reasons;
};

/**
 * The sentence for programs left out as maybes, e.g. "3 more programs may have meetings for family
 * and friends: it varies by group or is not confirmed, so ask the group first."
 */
export const maybeSentence = (lang: Lang, c: Choice, n: number): string => {
  const w = finderStatusWords[lang];
  const reasons = maybeReasons(w, c);
  const what = reasons.length === 1 ? reasons[0] : w.fitAll;
  return `${w.moreMay(n)} ${what}: ${w.askFirst}`;
};

/** The page's language for the finder's script, from `<html lang>`. */
export const finderLang = (value: string): Lang => (value === "es" ? "es" : "en");

const programsEn = (n: number) => (n === 1 ? "1 program" : `${n} programs`);
const programsEs = (n: number) => (n === 1 ? "1 programa" : `${n} programas`);

export const finderWords: Record<Lang, FinderWords> = {
  en: {
    title: "Find a support program",
    description:
      "Compare mutual support programs for addiction recovery and for families: approach, secular or spiritual, online or in person, family meetings and cost.",
    lead: "Mutual support groups are free or low-cost meetings where people help each other. Some are for the person with the addiction, some for family and friends. Compare them side by side and find one that fits.",
    filtersLabel: "Filter programs",
    showAll: (n) => `Show all programs (${n})`,
    programs: programsEn,
    allPrograms: "All programs",
    noSureMatch: "No program is a sure match yet.",
    seeAll: "See all programs",
    noMatch: "No programs match all of these choices. Try clearing one of the filters.",
    cardLink: (shortName) => `Read the guide to ${shortName}`,
    showMaybe: (n) => (n === 1 ? "Show it" : `Show these ${n}`),
    compareHeading: "Compare programs side by side",
    compareNote:
      'On a small screen, scroll the table sideways to see every column. "Varies" and "Not confirmed" mean: ask the group before you go.',
    compareCaption: (n) => `Comparison of all ${programsEn(n)}`,
    program: "Program",
    columns: ["Approach", "Faith", "Led by", "Meetings", "Family meetings", "Open meetings", "Cost"],
    groups: {
      approach: "Approach",
      stance: "Faith",
      format: "Online or in person",
      family: "Family and visitors",
      audience: "Who it is for",
    },
    approachTitle: (_v, label) => `${label} programs`,
    stanceTitle: (_v, label) => `${label} programs`,
    formatTitle: (v) => `Programs that meet ${v === "online" ? "online" : "in person"}`,
    audienceTitle: (_v, label) => `Programs for ${label.toLowerCase()}`,
    family: {
      title: "Programs with meetings for family and friends",
      label: "Has meetings for family and friends",
    },
    open: { title: "Programs with open meetings visitors can attend", label: "Has open meetings visitors can attend" },
    filterDescription: (title) =>
      `${title}: mutual support groups for addiction recovery and for families, compared plainly.`,
    form: {
      heading: "Filter programs",
      approach: "Approach",
      anyApproach: "Any approach",
      stance: "Faith",
      anyStance: "Any",
      format: "Online or in person",
      anyFormat: "Either",
      audience: "Who it is for",
      anyAudience: "Anyone",
      maybe: "Also show programs that may fit",
      maybeHint: "(where it varies by group or is not confirmed: ask the group first)",
      clear: "Clear filters",
    },
  },
  es: {
    title: "Buscador de programas de apoyo",
    description:
      "Compare los grupos de apoyo mutuo para la recuperación y para las familias: enfoque, laico o espiritual, en línea o en persona, reuniones para familias y costo.",
    lead: "Los grupos de apoyo mutuo son reuniones gratuitas o de bajo costo donde las personas se ayudan entre sí. Algunos son para la persona con la adicción y otros para la familia y los amigos. Compárelos y encuentre uno que le sirva.",
    note: "Las guías de cada programa están en inglés. Para saber si un programa tiene reuniones en español, pregunte al programa o búsquelas en su sitio oficial.",
    filtersLabel: "Filtrar programas",
    showAll: (n) => `Ver todos los programas (${n})`,
    programs: programsEs,
    allPrograms: "Todos los programas",
    noSureMatch: "Por ahora, ningún programa coincide con seguridad.",
    seeAll: "Vea todos los programas",
    noMatch: "Ningún programa coincide con todas estas opciones. Intente quitar uno de los filtros.",
    cardLink: (shortName) => `De un vistazo: ${shortName}`,
    showMaybe: (n) => (n === 1 ? "Mostrarlo" : `Mostrar estos ${n}`),
    compareHeading: "Compare los programas",
    compareNote:
      "En una pantalla pequeña, deslice la tabla hacia el lado para ver todas las columnas. “Varía” y “Sin confirmar” quieren decir: pregunte al grupo antes de ir.",
    compareCaption: (n) => `Comparación de los ${n} programas`,
    program: "Programa",
    columns: ["Enfoque", "Fe", "Dirigido por", "Reuniones", "Reuniones para familias", "Reuniones abiertas", "Costo"],
    groups: {
      approach: "Enfoque",
      stance: "Fe",
      format: "En línea o en persona",
      family: "Familias y visitantes",
      audience: "Para quién es",
    },
    approachTitle: (v) => APPROACH_TITLES_ES[v],
    stanceTitle: (v) => STANCE_TITLES_ES[v],
    formatTitle: (v) => `Programas que se reúnen ${v === "online" ? "en línea" : "en persona"}`,
    audienceTitle: (_v, label) => `Programas para ${label.toLowerCase()}`,
    family: {
      title: "Programas con reuniones para familias y amigos",
      label: "Tiene reuniones para familias y amigos",
    },
    open: {
      title: "Programas con reuniones abiertas a visitantes",
      label: "Tiene reuniones abiertas a visitantes",
    },
    filterDescription: (title) =>
      `${title}: grupos de apoyo mutuo para la recuperación y para las familias, comparados con claridad.`,
    form: {
      heading: "Filtrar programas",
      approach: "Enfoque",
      anyApproach: "Cualquier enfoque",
      stance: "Fe",
      anyStance: "Cualquiera",
      format: "En línea o en persona",
      anyFormat: "Cualquiera",
      audience: "Para quién es",
      anyAudience: "Cualquier persona",
      maybe: "Mostrar también los programas que podrían servirle",
      maybeHint: "(varía según el grupo o no está confirmado: pregunte al grupo primero)",
      clear: "Borrar los filtros",
    },
  },
};
