/**
 * The lines on the Spanish help page (/es/get-help/), checked with the same rules as the English
 * ones (`parseHelpLines`: each link's text shows the number it dials and the word it texts). The
 * facts and sources are those of src/help-lines.ts, plus Spanish-language pages about the
 * National Domestic Violence Hotline.
 */
import { type HelpSource, helpLines, parseHelpLines } from "./help-lines";

const sourcesOf = (id: string): HelpSource[] => helpLines.find((line) => line.id === id)?.sources ?? [];

const hotlineEs: HelpSource[] = [
  {
    title:
      "PR Newswire (2019): La Línea Nacional Contra la Violencia Doméstica alcanza 5 millones de llamadas (24 horas, teléfono, chat y texto)",
    url: "https://www.prnewswire.com/news-releases/la-linea-nacional-contra-la-violencia-domestica-alcanza-un-hito-historico-al-llegar-a-5-millones-de-llamadas-respondidas-827235653.html",
  },
  {
    title: "El Mundo (EFE, 2019): el español es el segundo idioma más solicitado en la Línea Nacional",
    url: "https://www.elmundous.com/2019/06/07/linea-para-victimas-de-violencia-domestica-cruza-los-5-millones-de-llamadas/",
  },
];

export const helpLinesEs = parseHelpLines([
  {
    id: "988-en-espanol",
    name: "988 Línea de Prevención del Suicidio y Crisis, en español",
    when: "Para hablar en español con una persona consejera de crisis, sobre usted o sobre alguien que le preocupa.",
    contacts: [
      { label: "Llame al 988 y oprima el 2", href: "tel:988" },
      { label: "Envíe AYUDA al 988 por mensaje de texto", href: "sms:988?&body=AYUDA" },
    ],
    detail:
      "Cuando llama al 988, un mensaje le ofrece la opción en español: oprima el 2. Por mensaje de texto, envíe la palabra AYUDA al 988. También puede chatear en 988lifeline.org.",
    sources: sourcesOf("988-in-spanish"),
  },
  {
    id: "samhsa-en-espanol",
    name: "Línea Nacional de Ayuda de SAMHSA, en español",
    when: "Para encontrar tratamiento o recibir información en español, para usted o para un familiar.",
    contacts: [
      { label: "Llame al 1-800-662-4357 y elija español", href: "tel:+18006624357" },
      { label: "TTY: 1-800-487-4889", href: "tel:+18004874889" },
    ],
    detail:
      "Es gratuita y confidencial, las 24 horas, todos los días. Cuando elige hablar con una persona, puede hacerlo en inglés o en español. El servicio por mensaje de texto es solo en inglés.",
    sources: sourcesOf("samhsa-helpline-in-spanish"),
  },
  {
    id: "violencia-domestica",
    name: "Línea Nacional Contra la Violencia Doméstica",
    when: "Si le da miedo alguien en su casa, o si su pareja o un familiar le hace daño o le amenaza.",
    contacts: [
      { label: "Llame al 1-800-799-7233 y pida hablar en español", href: "tel:+18007997233" },
      { label: "TTY: 1-800-787-3224", href: "tel:+18007873224" },
    ],
    detail:
      "Contesta las 24 horas, todos los días, por teléfono, chat y mensaje de texto. El español es uno de los idiomas que más se piden, y la línea tiene un servicio de intérpretes en muchos idiomas. Le escuchan y le ayudan a hacer un plan para estar a salvo. Si está en peligro ahora mismo, llame al 911.",
    sources: [...hotlineEs, ...sourcesOf("domestic-violence-hotline")],
  },
  {
    id: "envenenamiento",
    name: "Centro de Control de Envenenamiento (Poison Help)",
    when: "Si un niño, o cualquier persona, pudo haber tragado pastillas, medicinas u otro producto dañino.",
    contacts: [{ label: "Llame al 1-800-222-1222", href: "tel:+18002221222" }],
    detail:
      "Consejo gratuito de expertos, de día y de noche. La llamada le conecta con su centro local. Llame aunque no esté seguro o segura, sin esperar a ver señales. Si la persona no despierta, no puede respirar bien o tiene una convulsión, llame al 911.",
    sources: sourcesOf("poison-control"),
  },
]);
