/**
 * The words of the page the plain HTML pledge form lands on (/thank-you/ and /es/thank-you/),
 * per language. ThankYou.astro lays them out once for both.
 */
import type { Lang } from "./index";

export interface ThankYouWords {
  title: string;
  description: string;
  alreadyHeading: string;
  alreadyLead: string;
  countedHeading: string;
  heldNote: string;
  heldLines: string;
  emergency: string;
  defaultLead: string;
  seeCount: string;
  getHelp: string;
  home: string;
}

export const thankYouWords: Record<Lang, ThankYouWords> = {
  en: {
    title: "Thank you for your pledge",
    description: "Thank you for pledging today. One day at a time.",
    alreadyHeading: "You already pledged today",
    alreadyLead:
      "Your pledge for today was already counted, once, so nothing changed. Thank you for coming back. See you tomorrow.",
    countedHeading: "Thank you. Your pledge is counted.",
    heldNote:
      "It sounds like today may be really hard. You don't have to face it alone. Your note was kept private and was not published, and your pledge still counts.",
    heldLines: "If you need someone right now, these lines are free and confidential, any time of day or night:",
    emergency: "In an emergency, call 911.",
    defaultLead:
      "You showed up for today, and that matters. You are not alone: people all over are making the same promise today, one day at a time.",
    seeCount: "See today's count and the pledges of others",
    getHelp: "Get help now",
    home: "Back to the home page",
  },
  es: {
    title: "Gracias por su promesa",
    description: "Gracias por hacer su promesa hoy. Un día a la vez.",
    alreadyHeading: "Ya hizo su promesa hoy",
    alreadyLead:
      "Su promesa de hoy ya estaba contada, una vez, así que nada cambió. Gracias por volver. Le esperamos mañana.",
    countedHeading: "Gracias. Su promesa está contada.",
    heldNote:
      "Parece que hoy puede ser un día muy difícil. No tiene que enfrentarlo solo ni sola. Su nota se mantuvo privada y no se publicó, y su promesa sí cuenta.",
    heldLines:
      "Si necesita hablar con alguien ahora mismo, estas líneas son gratuitas y confidenciales, de día y de noche:",
    emergency: "En una emergencia, llame al 911.",
    defaultLead:
      "Hoy usted se hizo presente, y eso importa. No está solo ni sola: en muchos lugares, otras personas hacen la misma promesa hoy, un día a la vez.",
    seeCount: "Ver el contador de hoy y las promesas de otras personas",
    getHelp: "Obtener ayuda ahora",
    home: "Volver a la página principal",
  },
};
