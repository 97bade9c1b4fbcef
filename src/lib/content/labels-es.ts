/**
 * Spanish labels for the fixed vocabularies in `schema.ts`, each typed `LabelsOf<typeof LIST>`
 * (labels.ts) like its English table, so a value added there without a Spanish label here fails
 * `astro check`.
 * `programFactsEs` is `programFacts` in Spanish: the "At a glance" panel and the finder's cards.
 * Free text written in a guide (a cost, a note, a community) stays as the guide wrote it.
 */
import type { Unsure } from "./fields";
import { type FactWords, factsIn, type LabelsOf, stanceIn } from "./labels";
import type { APPROACHES, AUDIENCES, FOCUS, FORMATS, LEADERS, PROGRAM_AUDIENCES, STANCES, TOPICS } from "./schema";

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

const FACT_WORDS_ES: FactWords = {
  terms: {
    approach: "Enfoque",
    faith: "Fe",
    ledBy: "Dirigido por",
    meetings: "Reuniones",
    helpsWith: "Ayuda con",
    whoFor: "Para quién es",
    family: "Reuniones para familias",
    open: "Reuniones abiertas",
    cost: "Costo",
    founded: "Fundado en",
  },
  approaches: APPROACH_LABELS_ES,
  stances: STANCE_LABELS_ES,
  leaders: LEADER_LABELS_ES,
  formats: FORMAT_LABELS_ES,
  audiences: PROGRAM_AUDIENCE_LABELS_ES,
  focus: FOCUS_LABELS_ES,
  unsure: UNSURE_TEXT_ES,
  yes: (what) => `Sí: ${what}`,
  no: "No",
  familyMeetings: "reuniones para familias y amigos",
  openYes: "Sí: algunas reuniones reciben a visitantes, como familiares",
  openNo: "No: las reuniones son para miembros",
};

/** A program's stance on faith in Spanish, with its tradition (as the guide wrote it). */
export const stanceTextEs = stanceIn(FACT_WORDS_ES);

/** `programFacts` in Spanish, in the same order and with the same firmness (one function, factsIn). */
export const programFactsEs = factsIn(FACT_WORDS_ES);
