/** The site shell's words in Spanish (usted). Typed with en.ts's shape: a missing key fails `astro check`. */
import type { Dict } from "./en";

export const es: Dict = {
  locale: "es",
  ogLocale: "es_US",
  switchTo: "English",
  switchLabel: "Read this page in English",
  skip: "Saltar al contenido principal",
  homeTitle: "un día y un abrazo a la vez",
  description:
    "Ayuda clara y cálida para familias y personas en recuperación de una adicción: artículos para leer, una guía de grupos de apoyo mutuo y una promesa diaria anónima.",
  rssTitle: "recursos nuevos en español",
  nav: {
    label: "Principal",
    resources: "Recursos",
    programs: "Programas",
    glossary: "Glosario (en inglés)",
    about: "Acerca del sitio",
  },
  needHelp: "¿Necesita ayuda ahora?",
  search: {
    formLabel: "Sitio",
    label: "Buscar en el sitio",
    placeholder: "Buscar",
    button: "Buscar",
  },
  footer: {
    emergency: "En una emergencia, llame al 911",
    label: "Información del sitio",
    getHelp: "Obtener ayuda",
    about: "Acerca del sitio",
    privacy: "Privacidad",
    search: "Buscar",
    rss: "Canal RSS",
    notAdvice:
      "es una biblioteca de lectura gratuita y de código abierto. No es consejo médico, y no está afiliada a ninguna organización o programa que menciona, ni cuenta con su respaldo.",
    contributors: "y sus colaboradores",
  },
  helpBox: {
    intro:
      "Si usted o un ser querido está en crisis, puede hablar con alguien ahora mismo, a cualquier hora del día o de la noche.",
    emergency: "En una emergencia, llame al",
    more: "Más formas de obtener ayuda",
  },
  pledge: {
    heading: "Su promesa de hoy",
    lead: "Un toque, sin cuenta, sin nada que diga quién es usted.",
    extras: "Agregar un nombre o una nota (opcional)",
    extrasPrivacy:
      "Las promesas aparecen en un muro público. Por favor, no escriba su nombre completo ni nada que pueda identificarle a usted o a otra persona.",
    nameLabel: "Nombre o apodo",
    nameHint: "caracteres. Déjelo vacío para aparecer como “Alguien”.",
    noteLabel: "Una nota breve",
    noteHint: "caracteres. Luego elija su promesa abajo.",
    upTo: "Hasta",
    choose: "Elija su promesa",
    submit: "Prometer",
    honeypot: "Deje este campo vacío",
    counted: "Gracias. Su promesa está contada.",
    offline:
      "No tiene conexión. Su promesa está guardada en este dispositivo y se enviará cuando vuelva a tener conexión.",
    held: "Parece que hoy puede ser un día muy difícil. No tiene que enfrentarlo solo ni sola. Su promesa está contada; su nota se mantuvo privada y no se publicó. Si necesita hablar con alguien ahora mismo, estas líneas son gratuitas y confidenciales:",
    mineNote: "Su racha se guarda solo en este dispositivo.",
    clear: "Borrar mi historial de promesas de este dispositivo",
    clearConfirm:
      "Esto borra su racha y los abrazos que envió desde este dispositivo. Sus promesas siguen contadas. No se puede deshacer.",
    clearYes: "Sí, borrar mi historial",
    clearNo: "Conservarlo",
    noscript:
      "Su promesa funciona sin JavaScript. El contador en vivo y el muro de promesas recientes necesitan JavaScript, por eso no se muestran aquí.",
  },
  counter: {
    today: "Hoy",
    people: "personas hicieron su promesa hoy",
    yesterday: "Ayer:",
    total: "Desde que empezamos:",
    problem: "El contador no pudo cargarse en este momento. Lo intentará de nuevo en breve.",
  },
  feed: {
    heading: "Recuperación en voz alta",
    intro:
      "Promesas de personas que están aquí hoy, en inglés, en español o en su propio idioma. Un abrazo le dice a alguien que no está solo.",
    loading: "Cargando promesas recientes…",
    older: "Ver anteriores",
    hug: "Abrazo",
    report: "Reportar",
    confirm: "¿Reportar esta promesa a una persona moderadora? La leerá y la quitará si no cumple las reglas del muro.",
    yes: "Sí, reportarla",
    no: "Cancelar",
    reported: "Gracias, una persona moderadora lo revisará.",
  },
};
