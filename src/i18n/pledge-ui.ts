/**
 * The words the pledge's browser modules (src/client/pledge/) write into the page, per language.
 * The page puts its language's set in a `<script type="application/json" data-pledge-words>`
 * (PledgeWords.astro), so one script bundle serves every language and carries no words itself.
 *
 * `{n}`, `{count}` and `{kind}` are filled in by the script. A pair `{ one, other }` is chosen
 * with Intl.PluralRules in the page's language.
 */
import {
  NAME_MAX,
  NOTE_MAX,
  PLEDGE_PROBLEMS,
  PLEDGE_WORDS,
  type PledgeKind,
  type PledgeProblem,
} from "../../common/pledge/vocabulary";

export interface Plural {
  one: string;
  other: string;
}

export interface PledgeUi {
  /** BCP 47 language of numbers, dates and plural rules. */
  locale: string;
  kinds: Record<PledgeKind, string>;
  /** The server's problems by code: the page shows these instead of the server's English. */
  problems: Record<PledgeProblem, string>;
  /** The server's English message → this language's, built from `problems` (empty in English). */
  serverText: Record<string, string>;
  /** The API's own errors by code, for every endpoint (English: the server's exact words). */
  codes: Record<"rate_limited" | "store_unavailable", string>;
  titles: Record<"counted" | "already" | "today" | "waiting" | "sent", string>;
  offline: string;
  storeDown: string;
  unreachable: string;
  shortly: string;
  heldSay: string;
  people: Plural;
  streakZero: string;
  streakOne: string;
  streakMany: string;
  doneAlready: string;
  donePledged: string;
  doneTomorrow: string;
  doneGlad: string;
  sentLater: string;
  alreadySay: string;
  backOnline: string;
  cleared: string;
  /** Streak lengths worth a celebration ("1", "7", "30"…), with their words. */
  milestones: Record<string, string>;
  counterLabel: Plural;
  someone: string;
  noneYet: string;
  loadFailed: string;
  loadingOlder: string;
  older: string;
  noOlder: string;
  olderShown: Plural;
  hugs: Plural;
  hugAgain: string;
  hugSent: string;
  hugFailed: string;
  reported: string;
  fallback: Record<"0" | "404" | "429" | "503" | "other", string>;
}

const en: PledgeUi = {
  locale: "en",
  kinds: PLEDGE_WORDS,
  problems: PLEDGE_PROBLEMS,
  serverText: {},
  codes: {
    rate_limited: "There have been too many tries from your connection. Please wait a few minutes and try again.",
    store_unavailable: "The pledge service is briefly unavailable. Please try again in a minute.",
  },
  titles: {
    counted: "Thank you. Your pledge is counted.",
    already: "You already pledged today.",
    today: "You pledged today.",
    waiting: "Your pledge is saved on this device.",
    sent: "Thank you. Your pledge was sent and counted.",
  },
  offline: "You're offline. Your pledge is saved on this device and will be sent when you're back online.",
  storeDown:
    "We could not reach our pledge service just now. Your pledge is saved on this device and will be sent automatically in a little while.",
  unreachable:
    "We could not reach The Daily Pledge just now. Your pledge is saved on this device and will be sent automatically in a little while.",
  shortly: "Your pledge is saved on this device and will be sent shortly.",
  heldSay:
    "It sounds like today may be really hard. You don't have to face it alone. Your pledge is counted, and your note was kept private. Ways to reach someone right now are listed below.",
  people: { one: "{n} person pledged today.", other: "{n} people pledged today." },
  streakZero: "Today is a good day to begin a new streak.",
  streakOne: "Day 1 of your streak.",
  streakMany: "{n} days in a row. Your streak keeps growing.",
  doneAlready: "This device's pledge for today is already counted, once. Come back tomorrow.",
  donePledged: "Today you pledged: “{kind}”.",
  doneTomorrow: " Come back tomorrow to keep going.",
  doneGlad: " We're glad you're here.",
  sentLater: "Your saved pledge was sent and counted. {count}",
  alreadySay: "You already pledged today on this device, so it is counted once. {count}",
  backOnline: "You're back online. Your saved pledge was sent and counted.",
  cleared: "Your pledge history was cleared from this device.",
  milestones: {
    "1": "Your first pledge. Welcome, we're really glad you're here.",
    "7": "7 days in a row. A whole week, one day at a time.",
    "30": "30 days in a row. A month of showing up for yourself.",
    "60": "60 days in a row. Two months. That takes real courage.",
    "90": "90 days in a row. Ninety days. Be proud of this.",
    "180": "180 days in a row. Half a year of choosing this, every day.",
    "365": "365 days in a row. A full year. Thank you for showing up, every single day.",
  },
  counterLabel: { one: "person pledged today", other: "people pledged today" },
  someone: "Someone",
  noneYet: "No pledges yet today. Yours could be the first.",
  loadFailed: "The feed could not load just now. It will try again shortly.",
  loadingOlder: "Loading…",
  older: "Show older",
  noOlder: "There are no older pledges.",
  olderShown: { one: "{n} older pledge shown.", other: "{n} older pledges shown." },
  hugs: { one: "{n} hug", other: "{n} hugs" },
  hugAgain: "You already sent a hug. {count}.",
  hugSent: "Hug sent. {count}.",
  hugFailed: "Your hug could not be sent. Please check your connection.",
  reported: "Thank you, a moderator will look at it.",
  fallback: {
    "0": "We could not reach The Daily Pledge. Please check your connection.",
    "404": "That pledge is no longer in the feed.",
    "429": "There have been too many tries from your connection. Please wait a few minutes and try again.",
    "503": "Our pledge service is having trouble right now. Please try again in a minute.",
    other: "Something went wrong on our side. Please try again.",
  },
};

const esProblems: Record<PledgeProblem, string> = {
  kind_missing: "Elija una de las tres promesas.",
  name_too_long: `El nombre puede tener ${NAME_MAX} caracteres como máximo.`,
  note_too_long: `La nota puede tener ${NOTE_MAX} caracteres como máximo.`,
  name_contact:
    "Por favor, no ponga enlaces, correos electrónicos ni números de teléfono en su nombre. El muro es público y podrían identificarle.",
  note_contact:
    "Por favor, no ponga enlaces, correos electrónicos ni números de teléfono en su nota. El muro es público y podrían identificarle.",
  date_out_of_range:
    "La fecha de su dispositivo no es hoy en ningún lugar del mundo. Revise la fecha y la hora, y vuelva a intentarlo.",
  invalid: "Algo en el formulario no estaba bien. Por favor, revíselo y vuelva a intentarlo.",
  rate_limited: "Hubo demasiados intentos desde su conexión. Espere unos minutos y vuelva a intentarlo.",
  store_unavailable: "No pudimos guardar su promesa en este momento. Vuelva a intentarlo en un minuto.",
};

const es: PledgeUi = {
  locale: "es",
  kinds: {
    recovery: "Hoy me mantengo sobrio o sobria",
    support: "Hoy apoyo a un ser querido en recuperación",
    "self-care": "Hoy me cuido",
  },
  problems: esProblems,
  // The server answers in English; the page shows each of its known messages in Spanish.
  serverText: Object.fromEntries(
    (Object.keys(PLEDGE_PROBLEMS) as PledgeProblem[]).map((code) => [PLEDGE_PROBLEMS[code], esProblems[code]]),
  ),
  codes: {
    rate_limited: esProblems.rate_limited,
    store_unavailable: "El servicio de promesas no está disponible por un momento. Vuelva a intentarlo en un minuto.",
  },
  titles: {
    counted: "Gracias. Su promesa está contada.",
    already: "Ya hizo su promesa hoy.",
    today: "Hoy ya hizo su promesa.",
    waiting: "Su promesa está guardada en este dispositivo.",
    sent: "Gracias. Su promesa se envió y está contada.",
  },
  offline:
    "No tiene conexión. Su promesa está guardada en este dispositivo y se enviará cuando vuelva a tener conexión.",
  storeDown:
    "No pudimos llegar a nuestro servicio en este momento. Su promesa está guardada en este dispositivo y se enviará sola dentro de un rato.",
  unreachable:
    "No pudimos llegar a The Daily Pledge en este momento. Su promesa está guardada en este dispositivo y se enviará sola dentro de un rato.",
  shortly: "Su promesa está guardada en este dispositivo y se enviará muy pronto.",
  heldSay:
    "Parece que hoy puede ser un día muy difícil. No tiene que enfrentarlo solo ni sola. Su promesa está contada y su nota se mantuvo privada. Abajo están las líneas para hablar con alguien ahora mismo.",
  people: { one: "{n} persona hizo su promesa hoy.", other: "{n} personas hicieron su promesa hoy." },
  streakZero: "Hoy es un buen día para empezar una nueva racha.",
  streakOne: "Día 1 de su racha.",
  streakMany: "{n} días seguidos. Su racha sigue creciendo.",
  doneAlready: "La promesa de hoy de este dispositivo ya está contada, una vez. Vuelva mañana.",
  donePledged: "Hoy prometió: «{kind}».",
  doneTomorrow: " Vuelva mañana para seguir adelante.",
  doneGlad: " Nos alegra que esté aquí.",
  sentLater: "Su promesa guardada se envió y está contada. {count}",
  alreadySay: "Ya hizo su promesa hoy en este dispositivo, así que cuenta una sola vez. {count}",
  backOnline: "Ya tiene conexión otra vez. Su promesa guardada se envió y está contada.",
  cleared: "Su historial de promesas se borró de este dispositivo.",
  milestones: {
    "1": "Su primera promesa. Bienvenido o bienvenida: nos alegra mucho que esté aquí.",
    "7": "7 días seguidos. Una semana entera, un día a la vez.",
    "30": "30 días seguidos. Un mes de estar presente para usted.",
    "60": "60 días seguidos. Dos meses. Eso requiere mucho valor.",
    "90": "90 días seguidos. Noventa días. Siéntase orgulloso u orgullosa.",
    "180": "180 días seguidos. Medio año eligiendo esto, cada día.",
    "365": "365 días seguidos. Un año entero. Gracias por estar presente, cada día.",
  },
  counterLabel: { one: "persona hizo su promesa hoy", other: "personas hicieron su promesa hoy" },
  someone: "Alguien",
  noneYet: "Todavía no hay promesas hoy. La suya puede ser la primera.",
  loadFailed: "El muro no pudo cargarse en este momento. Lo intentará de nuevo en breve.",
  loadingOlder: "Cargando…",
  older: "Ver anteriores",
  noOlder: "No hay promesas anteriores.",
  olderShown: { one: "Se muestra {n} promesa anterior.", other: "Se muestran {n} promesas anteriores." },
  hugs: { one: "{n} abrazo", other: "{n} abrazos" },
  hugAgain: "Ya envió un abrazo. {count}.",
  hugSent: "Abrazo enviado. {count}.",
  hugFailed: "Su abrazo no se pudo enviar. Revise su conexión.",
  reported: "Gracias, una persona moderadora lo revisará.",
  fallback: {
    "0": "No pudimos llegar a The Daily Pledge. Revise su conexión.",
    "404": "Esa promesa ya no está en el muro.",
    "429": "Hubo demasiados intentos desde su conexión. Espere unos minutos y vuelva a intentarlo.",
    "503": "Nuestro servicio tiene problemas en este momento. Vuelva a intentarlo en un minuto.",
    other: "Algo salió mal de nuestro lado. Vuelva a intentarlo.",
  },
};

export const pledgeUi = { en, es } as const;
