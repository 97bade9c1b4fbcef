/**
 * The crisis lines every page shows, in the page's language. English is `crisisResources` in
 * common/site.ts (the pledge service sends it too); the Spanish lines are the same two services
 * reached in Spanish, with the facts and sources of src/help-lines.ts ("988-in-spanish",
 * "samhsa-helpline-in-spanish").
 */
import { crisisResources } from "../../common/site";
import type { Lang } from "./index";

export interface CrisisLine {
  name: string;
  action: string;
  href: string;
  detail: string;
  website: string;
}

const es: readonly CrisisLine[] = [
  {
    name: "988 Línea de Prevención del Suicidio y Crisis",
    action: "Llame al 988 y oprima el 2",
    href: "tel:988",
    detail:
      "Gratis y confidencial, las 24 horas, en los Estados Unidos. Al llamar, oprima el 2 para hablar en español. También puede enviar AYUDA al 988 por mensaje de texto.",
    website: "https://988lifeline.org",
  },
  {
    name: "Línea Nacional de Ayuda de SAMHSA",
    action: "Llame al 1-800-662-4357",
    href: "tel:+18006624357",
    detail:
      "Gratis y confidencial, las 24 horas, todos los días del año. Le orienta sobre tratamiento y apoyo, en inglés y en español: elija español cuando llame.",
    website: "https://www.samhsa.gov/find-help/national-helpline",
  },
];

export const crisisLines = (lang: Lang): readonly CrisisLine[] => (lang === "es" ? es : crisisResources);
