/**
 * Spanish labels for the fixed vocabularies in `schema.ts`, each typed `LabelsOf<typeof LIST>`
 * (labels.ts) like its English table, so a value added there without a Spanish label here fails
 * `astro check`.
 * `programFactsEs` is `programFacts` in Spanish: the "At a glance" panel and the finder's cards.
 * Free text written in a guide (a cost, a note, a community) stays as the guide wrote it.
 */
import { isUnsure, type Unsure } from "./fields";
import type { LabelsOf, ShownFact } from "./labels";
import type {
  APPROACHES,
  AUDIENCES,
  FOCUS,
  FORMATS,
  LEADERS,
  PROGRAM_AUDIENCES,
  Program,
  STANCES,
  TOPICS,
} from "./schema";

export const TOPIC_LABELS_ES: LabelsOf<typeof TOPICS> = {
  "understanding-addiction": "Entender la adicción",
  treatment: "Tratamiento",
  "support-groups": "Grupos de apoyo",
  "self-care": "Cuidarse",
  communication: "Comunicación",
  emotions: "Sentimientos",
  "relapse-and-continuing-care": "Recaída y cuidado continuo",
  "family-recovery": "Recuperación de la familia",
  "guided-practice": "Práctica guiada",
};

export const AUDIENCE_LABELS_ES: LabelsOf<typeof AUDIENCES> = {
  family: "Para familias",
  recovery: "Para personas en recuperación",
  both: "Para todos",
};

export const APPROACH_LABELS_ES: LabelsOf<typeof APPROACHES> = {
  "twelve-step": "Doce Pasos",
  "skills-based": "Basado en habilidades",
  "mindfulness-based": "Atención plena y meditación",
  "faith-based": "Basado en la fe",
  cultural: "Con raíces en una cultura",
  "body-and-mind": "Cuerpo y mente",
  "peer-community": "Apoyo entre pares, cualquier camino",
};

export const APPROACH_SUMMARIES_ES: LabelsOf<typeof APPROACHES> = {
  "twelve-step":
    "Las personas comparten su experiencia y trabajan juntas doce pasos, a menudo con un padrino o madrina.",
  "skills-based": "Herramientas y ejercicios prácticos que usted elige, a menudo basados en la investigación.",
  "mindfulness-based": "Meditación y atención plena, a menudo de la enseñanza budista, con apoyo entre pares.",
  "faith-based": "Recuperación con raíces en una fe religiosa y su comunidad, a veces junto con los Doce Pasos.",
  cultural: "Recuperación basada en la cultura, las enseñanzas y las tradiciones de una comunidad.",
  "body-and-mind": "Movimiento, yoga o ejercicio junto con apoyo entre pares.",
  "peer-community": "Las personas se apoyan compartiendo, sea cual sea el camino de recuperación de cada una.",
};

export const STANCE_LABELS_ES: LabelsOf<typeof STANCES> = {
  secular: "Laico",
  spiritual: "Espiritual",
  religious: "Religioso",
  "buddhist-inspired": "De inspiración budista",
  "not-confirmed": "Sin confirmar: pregunte antes de ir",
};

export const UNSURE_TEXT_ES: Record<Unsure, string> = {
  varies: "Varía: pregunte al grupo primero",
  "not-confirmed": "Sin confirmar: pregunte antes de ir",
};

export const LEADER_LABELS_ES: LabelsOf<typeof LEADERS> = {
  peers: "Pares (otros miembros)",
  "trained-facilitators": "Facilitadores capacitados",
};

export const FORMAT_LABELS_ES: LabelsOf<typeof FORMATS> = {
  online: "En línea",
  "in-person": "En persona",
};

export const PROGRAM_AUDIENCE_LABELS_ES: LabelsOf<typeof PROGRAM_AUDIENCES> = {
  everyone: "Todas las personas",
  women: "Mujeres",
  families: "Familias y amigos",
  "young-people": "Jóvenes",
  "particular-communities": "Comunidades específicas",
};

export const FOCUS_LABELS_ES: LabelsOf<typeof FOCUS> = {
  alcohol: "Alcohol",
  drugs: "Drogas",
  "any-addiction": "Cualquier adicción",
  gambling: "Juego",
  nicotine: "Nicotina",
  cannabis: "Cannabis",
  "family-and-friends": "Familia y amigos",
};

const list = <K extends string>(labels: Record<K, string>, values: readonly K[]): string =>
  values.map((value) => labels[value]).join(", ");

const answer = (value: "yes" | "no" | Unsure, yes: string, no: string): string =>
  isUnsure(value) ? UNSURE_TEXT_ES[value] : value === "yes" ? yes : no;

const shown = (term: string, value: string, firm: boolean, note?: string): ShownFact =>
  note === undefined ? { term, value, firm } : { term, value, firm, note };

/** A program's stance on faith in Spanish, with its tradition (as the guide wrote it). */
export const stanceTextEs = (p: Program): string => {
  const { stance, tradition } = p.faith;
  // As in English: "de inspiración budista" names its tradition; an unconfirmed stance shows none.
  const showTradition = tradition && stance !== "buddhist-inspired" && stance !== "not-confirmed";
  return STANCE_LABELS_ES[stance] + (showTradition ? ` (${tradition})` : "");
};

/** `programFacts` in Spanish, in the same order and with the same firmness. */
export const programFactsEs = (p: Program, full = false): ShownFact[] => {
  const { formats, familyMeetings: family, openMeetings: open, cost } = p;
  const facts: (ShownFact | false)[] = [
    shown("Enfoque", list(APPROACH_LABELS_ES, p.approaches), true),
    shown("Fe", stanceTextEs(p), p.faith.stance !== "not-confirmed"),
    shown("Dirigido por", list(LEADER_LABELS_ES, p.ledBy), true),
    shown(
      "Reuniones",
      isUnsure(formats.value) ? UNSURE_TEXT_ES[formats.value] : list(FORMAT_LABELS_ES, formats.value),
      !isUnsure(formats.value),
      formats.note,
    ),
    full && shown("Ayuda con", list(FOCUS_LABELS_ES, p.focus), true),
    shown(
      "Para quién es",
      list(PROGRAM_AUDIENCE_LABELS_ES, p.audiences) + (p.communities ? `: ${p.communities}` : ""),
      true,
    ),
    shown(
      "Reuniones para familias",
      answer(family.value, `Sí: ${family.name ?? "reuniones para familias y amigos"}`, "No"),
      !isUnsure(family.value),
      family.note ?? (family.value === "varies" && family.name ? family.name : undefined),
    ),
    full &&
      shown(
        "Reuniones abiertas",
        answer(
          open.value,
          "Sí: algunas reuniones reciben a visitantes, como familiares",
          "No: las reuniones son para miembros",
        ),
        !isUnsure(open.value),
        open.note,
      ),
    shown("Costo", isUnsure(cost.value) ? UNSURE_TEXT_ES[cost.value] : cost.value, !isUnsure(cost.value), cost.note),
    full && p.founded !== undefined && shown("Fundado en", String(p.founded.year), true),
  ];
  return facts.filter((f): f is ShownFact => f !== false);
};
