/**
 * The help lines on /get-help/ and /es/get-help/ beyond the two crisis lines every page shows
 * (`crisisResources` in `common/site.ts`, `src/i18n/crisis.ts`). Each line is written once, with
 * the pages that state its facts and its words in each language whose page shows it; each way to
 * reach a line is a link that works on a phone. The help pages list the sources of what they show.
 *
 * The data is checked when this module loads, so a wrong number breaks the build with a message
 * that says which line and which link to fix (see `parseHelpLines`).
 */
import { z } from "zod";
import type { Lang } from "./i18n";

/** A source: a specific page that states the facts, seen when the line was written. */
export const helpSourceSchema = z.object({
  title: z.string().min(3),
  url: z.string().regex(/^https:\/\/[^\s]+$/, "must be a full https:// address"),
});
export type HelpSource = z.infer<typeof helpSourceSchema>;

/** `tel:` with a US number written +1 and ten digits, or a short number such as 911, 988 or 711. */
const TEL = /^tel:(?:\+1\d{10}|\d{3})$/;
/**
 * `sms:` to a number or short code, optionally with a word to send. `sms:88788?&body=START` fills
 * in the message on both phones: Android reads the query after `?` (its first, empty parameter is
 * ignored) and iOS 8 and later reads what follows `&body=`. The word is also in the link's text,
 * because some messaging apps leave the body empty.
 */
const SMS = /^sms:\d{3,11}(?:\?&body=[A-Z]+)?$/;

/** The digits a phone link dials (or texts), for comparing with the number its text shows. */
export const dialedDigits = (href: string): string => {
  const number = href.replace(/^(?:tel|sms):/, "").replace(/\?.*$/, "");
  return number.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
};

/** The word a text link fills in, or undefined. */
export const smsBody = (href: string): string | undefined => /[?&]body=([A-Z]+)$/.exec(href)?.[1];

/**
 * Why a contact's link and its text disagree, or undefined when they agree. The shown number must
 * be the dialed one (a typo in either would send a frightened reader to a stranger), and a text
 * link's word must be shown, since not every phone fills it in.
 */
export const contactProblem = (contact: { label: string; href: string }): string | undefined => {
  const { label, href } = contact;
  if (href.startsWith("https://")) return undefined;
  if (!TEL.test(href) && !SMS.test(href)) {
    return `"${href}" is not a phone link: write tel:+1 and ten digits (or tel:988), or sms:<number>?&body=<WORD>.`;
  }
  const digits = dialedDigits(href);
  const shown = (label.match(/\d[\d-]*\d|\d/g) ?? []).map((n) => n.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, ""));
  if (!shown.includes(digits)) return `the text "${label}" does not show the number ${digits} that ${href} dials.`;
  const body = smsBody(href);
  if (body && !label.includes(body)) return `the text "${label}" does not say to send ${body}, which ${href} fills in.`;
  return undefined;
};

const contactSchema = z
  .strictObject({
    /** What the reader does, in the words' language: "Call 1-800-799-7233", "Llame al 1-800-222-1222". */
    label: z.string().min(3),
    /** On the English page, the same in Spanish for a Spanish-language option, shown with lang="es". */
    labelEs: z.string().min(3).optional(),
    /** A `tel:` or `sms:` link, or an https:// page for a way that is not a phone call. */
    href: z.string(),
  })
  .superRefine((contact, ctx) => {
    const { label, labelEs, href } = contact;
    for (const [field, text] of [
      ["label", label],
      ["labelEs", labelEs],
    ] as const) {
      const problem = text === undefined ? undefined : contactProblem({ label: text, href });
      if (problem) ctx.addIssue({ code: "custom", path: [field], message: problem });
    }
  });
export type HelpContact = z.infer<typeof contactSchema>;

/** A line's words in one language: what its page section shows. */
const lineWordsSchema = z.strictObject({
  /** The section's id on the help page (lowercase, dashes), so other pages can link to it. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(3),
  /** When to reach for this line, in one plain sentence. */
  when: z.string().min(10),
  /** The ways to reach it from this language's page (a Spanish reader is told to ask for Spanish). */
  contacts: z.array(contactSchema).min(1),
  /** What the line is and how it works. */
  detail: z.string().min(10),
  /** Pages in this language that state the same facts, listed besides the line's `sources`. */
  sources: z.array(helpSourceSchema).optional(),
});
export type HelpLineWords = z.infer<typeof lineWordsSchema>;

/**
 * One line, once: the pages that state its facts, and its words in each language whose help page
 * shows it (every line is on the English page; a line without `es` is not on the Spanish one).
 */
const lineSchema = z.strictObject({
  en: lineWordsSchema,
  es: lineWordsSchema.optional(),
  sources: z.array(helpSourceSchema).min(1),
});
export type HelpLine = z.infer<typeof lineSchema>;

/** Checks the lines, naming the line and the field of each problem. */
export const parseHelpLines = (input: unknown): HelpLine[] => {
  const result = z.array(lineSchema).safeParse(input);
  if (result.success) return result.data;
  const lines = Array.isArray(input) ? input : [];
  const problems = result.error.issues.map((issue) => {
    const [index, ...rest] = issue.path;
    const id = (lines[Number(index)] as { en?: { id?: unknown } } | undefined)?.en?.id;
    return `help line ${typeof id === "string" ? `"${id}"` : String(index)}: ${rest.join(" → ") || "entry"}: ${issue.message}`;
  });
  throw new Error(`src/help-lines.ts has mistakes:\n${problems.join("\n")}`);
};

const lifeline988 = {
  title: "988 Suicide & Crisis Lifeline: What to Expect (call, text and chat, Spanish options)",
  url: "https://988lifeline.org/get-help/what-to-expect",
};
const samhsaHelpline = {
  title: "SAMHSA's National Helpline: free, confidential, 24/7, in English and Spanish; TTY 1-800-487-4889",
  url: "https://www.samhsa.gov/find-help/national-helpline",
};

export const helpLines: readonly HelpLine[] = parseHelpLines([
  {
    en: {
      id: "988-in-spanish",
      name: "988 Lifeline in Spanish (988 en español)",
      when: "To talk with a crisis counselor in Spanish.",
      contacts: [
        { label: "Call 988, then press 2", labelEs: "Llame al 988 y oprima el 2", href: "tel:988" },
        { label: "Text AYUDA to 988", labelEs: "Envíe AYUDA al 988", href: "sms:988?&body=AYUDA" },
      ],
      detail:
        "When you call 988, a message offers a Spanish-language option: press 2. When you text 988, you can text AYUDA to be connected in Spanish. You can also chat at 988lifeline.org.",
    },
    es: {
      id: "988-en-espanol",
      name: "988 Línea de Prevención del Suicidio y Crisis, en español",
      when: "Para hablar en español con una persona consejera de crisis, sobre usted o sobre alguien que le preocupa.",
      contacts: [
        { label: "Llame al 988 y oprima el 2", href: "tel:988" },
        { label: "Envíe AYUDA al 988 por mensaje de texto", href: "sms:988?&body=AYUDA" },
      ],
      detail:
        "Cuando llama al 988, un mensaje le ofrece la opción en español: oprima el 2. Por mensaje de texto, envíe la palabra AYUDA al 988. También puede chatear en 988lifeline.org.",
    },
    sources: [lifeline988],
  },
  {
    en: {
      id: "988-deaf-and-hard-of-hearing",
      name: "988 Lifeline for Deaf and hard of hearing people",
      when: "To reach a crisis counselor in American Sign Language (ASL), by text or by relay.",
      contacts: [
        { label: "ASL Now: video call with a counselor in ASL, at 988lifeline.org", href: "https://988lifeline.org" },
        { label: "Text 988", href: "sms:988" },
        { label: "TTY: dial 711, then ask for 988", href: "tel:711" },
      ],
      detail:
        "The ASL Now button on the 988 Lifeline's website connects Deaf, DeafBlind and hard of hearing callers with a counselor who uses ASL. You can also text 988 or chat online, and calls to 988 can be made through relay services.",
    },
    sources: [
      {
        title:
          "SAMHSA: 988 Suicide & Crisis Lifeline Adds American Sign Language Services for Deaf and Hard of Hearing Callers (2023)",
        url: "https://www.samhsa.gov/newsroom/press-announcements/20230908/988-suicide-crisis-lifeline-adds-american-sign-language-services-deaf-hard-of-hearing-callers",
      },
      {
        title: "FCC: 988 calls, including calls made through telecommunications relay services, go to the Lifeline",
        url: "https://www.fcc.gov/fcc-consider-designating-988-national-suicide-prevention-lifeline-july-16-open-meeting",
      },
      {
        title: "TerraCom Wireless: TTY and relay services (dial 711 to reach a relay operator)",
        url: "https://www.terracomwireless.com/tty.php",
      },
      lifeline988,
    ],
  },
  {
    en: {
      id: "samhsa-helpline-in-spanish",
      name: "SAMHSA's National Helpline in Spanish (en español)",
      when: "For treatment referrals and information in Spanish, for yourself or a family member.",
      contacts: [
        {
          label: "Call 1-800-662-4357 and choose Spanish",
          labelEs: "Llame al 1-800-662-4357 y elija español",
          href: "tel:+18006624357",
        },
        { label: "TTY: 1-800-487-4889", href: "tel:+18004874889" },
      ],
      detail:
        "Free and confidential, 24 hours a day, every day. English and Spanish are offered when you choose to speak with a national representative. The text service (send your zip code to 435748) is in English only.",
    },
    es: {
      id: "samhsa-en-espanol",
      name: "Línea Nacional de Ayuda de SAMHSA, en español",
      when: "Para encontrar tratamiento o recibir información en español, para usted o para un familiar.",
      contacts: [
        { label: "Llame al 1-800-662-4357 y elija español", href: "tel:+18006624357" },
        { label: "TTY: 1-800-487-4889", href: "tel:+18004874889" },
      ],
      detail:
        "Es gratuita y confidencial, las 24 horas, todos los días. Cuando elige hablar con una persona, puede hacerlo en inglés o en español. El servicio por mensaje de texto es solo en inglés.",
    },
    sources: [samhsaHelpline],
  },
  {
    en: {
      id: "domestic-violence-hotline",
      name: "National Domestic Violence Hotline",
      when: "If you are afraid of someone at home, or are being hurt or threatened by a partner or family member.",
      contacts: [
        { label: "Call 1-800-799-7233", href: "tel:+18007997233" },
        { label: "Text START to 88788", href: "sms:88788?&body=START" },
        { label: "TTY: 1-800-787-3224", href: "tel:+18007873224" },
      ],
      detail:
        "Trained advocates answer calls, texts and chats 24 hours a day, every day. They offer support and help you make a plan to stay safe. Friends and family can reach out too. If you are in danger right now, call 911.",
    },
    es: {
      id: "violencia-domestica",
      name: "Línea Nacional Contra la Violencia Doméstica",
      when: "Si le da miedo alguien en su casa, o si su pareja o un familiar le hace daño o le amenaza.",
      contacts: [
        { label: "Llame al 1-800-799-7233 y pida hablar en español", href: "tel:+18007997233" },
        { label: "Envíe START al 88788", href: "sms:88788?&body=START" },
        { label: "TTY: 1-800-787-3224", href: "tel:+18007873224" },
      ],
      detail:
        "Contesta las 24 horas, todos los días, por teléfono, chat y mensaje de texto. Tiene un chat en español en espanol.thehotline.org. El español es uno de los idiomas que más se piden, y la línea tiene un servicio de intérpretes en muchos idiomas. Le escuchan y le ayudan a hacer un plan para estar a salvo. Si está en peligro ahora mismo, llame al 911.",
      sources: [
        {
          title: "Comisión de Salud y Servicios Humanos de Texas: Programa contra la Violencia Familiar",
          url: "https://www.hhs.texas.gov/es/servicios/seguridad/programa-contra-la-violencia-familiar",
        },
        {
          title:
            "PR Newswire (2019): La Línea Nacional Contra la Violencia Doméstica alcanza 5 millones de llamadas (24 horas, teléfono, chat y texto)",
          url: "https://www.prnewswire.com/news-releases/la-linea-nacional-contra-la-violencia-domestica-alcanza-un-hito-historico-al-llegar-a-5-millones-de-llamadas-respondidas-827235653.html",
        },
        {
          title: "El Mundo (EFE, 2019): el español es el segundo idioma más solicitado en la Línea Nacional",
          url: "https://www.elmundous.com/2019/06/07/linea-para-victimas-de-violencia-domestica-cruza-los-5-millones-de-llamadas/",
        },
      ],
    },
    sources: [
      {
        title:
          "Office for Victims of Crime (U.S. Department of Justice): National Domestic Violence Hotline Answers 6 Million Contacts",
        url: "https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
      },
      {
        title: "I Live Here I Give Here: National Domestic Violence Hotline, organizational overview",
        url: "https://amplifyatx.ilivehereigivehere.org/thehotline/overview",
      },
    ],
  },
  {
    en: {
      id: "poison-control",
      name: "Poison Control (Poison Help line)",
      when: "If a child, or anyone, may have swallowed someone's pills, medicine or another harmful product.",
      contacts: [{ label: "Call 1-800-222-1222", href: "tel:+18002221222" }],
      detail:
        "Free advice from poison experts, any time of day or night. The call connects you to your local poison center. Call even if you are not sure, and do not wait for signs of poisoning. If the person will not wake up, has trouble breathing or has a seizure, call 911.",
    },
    es: {
      id: "envenenamiento",
      name: "Centro de Control de Envenenamiento (Poison Help)",
      when: "Si un niño, o cualquier persona, pudo haber tragado pastillas, medicinas u otro producto dañino.",
      contacts: [{ label: "Llame al 1-800-222-1222", href: "tel:+18002221222" }],
      detail:
        "Consejo gratuito de expertos, de día y de noche. La llamada le conecta con su centro local. Llame aunque no esté seguro o segura, sin esperar a ver señales. Si la persona no despierta, no puede respirar bien o tiene una convulsión, llame al 911.",
    },
    sources: [
      {
        title: "HRSA Poison Help: Poison Proof Your Home",
        url: "https://www.poisonhelp.hrsa.gov/what-can-you-do/poison-proof-your-home/index.html",
      },
      {
        title: "HRSA Poison Help (archived): What Can You Do? In an emergency",
        url: "https://cybercemetery.unt.edu/archive/oilspill/20121016180827/http://poisonhelp.hrsa.gov/what-can-you-do/index.html",
      },
      {
        title: "Wyoming Department of Health: Poison Center",
        url: "https://health.wyo.gov/publichealth/prevention/wivpp/poison-center",
      },
    ],
  },
]);

/** The lines a language's help page shows, in that language, in the list's order. */
export const helpLinesIn = (lang: Lang): HelpLineWords[] => helpLines.flatMap((line) => line[lang] ?? []);

/** Sources for the rest of the help pages: the two crisis lines, treatment and overdose steps. */
export const getHelpSources: readonly HelpSource[] = [
  lifeline988,
  samhsaHelpline,
  { title: "FindTreatment.gov: SAMHSA's treatment locator", url: "https://findtreatment.gov" },
  {
    title: "California Department of Public Health: Opioid Overdose Prevention (signs of an overdose)",
    url: "https://www.cdph.ca.gov/Programs/CCDPHP/opioids/Pages/Prevention.aspx",
  },
  { title: "CDC: Lifesaving Naloxone", url: "https://www.cdc.gov/stop-overdose/caring/naloxone.html" },
  {
    title: "NIDA for Teens: Say What? Naloxone (it wears off in 30 to 90 minutes)",
    url: "https://teens.drugabuse.gov/blog/post/say-what-naloxone",
  },
];

/**
 * Every source of a language's help page, each once, in the order first met: the page's own, then
 * those of the lines it shows (a line's pages in that language after its shared ones).
 */
export const allGetHelpSources = (lang: Lang): HelpSource[] => {
  const seen = new Map<string, HelpSource>();
  const lineSources = helpLines.flatMap((line) => {
    const words = line[lang];
    return words ? [...line.sources, ...(words.sources ?? [])] : [];
  });
  for (const source of [...getHelpSources, ...lineSources]) {
    if (!seen.has(source.url)) seen.set(source.url, source);
  }
  return [...seen.values()];
};
