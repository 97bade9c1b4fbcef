/**
 * The site shell's words in English: header, footer, help box, pledge, counter, feed, search.
 * `Dict` is this object's shape; es.ts is typed with it, so a key missing in Spanish fails
 * `astro check`. Page bodies (about, privacy…) are written per language in their own files.
 */
import { siteConfig } from "../../common/site";

export const en = {
  /** BCP 47 code for `<html lang>`, Intl formatting and Pagefind's per-language index. */
  locale: "en",
  ogLocale: "en_US",
  /** The other language's name, written in that language, for the switcher. */
  switchTo: "Español",
  switchLabel: "Leer esta página en español",
  skip: "Skip to main content",
  homeTitle: "one day and hug at a time",
  description: siteConfig.description,
  rssTitle: "new resources",
  nav: {
    label: "Main",
    resources: "Resources",
    programs: "Programs",
    glossary: "Glossary",
    about: "About",
  },
  needHelp: "Need help now?",
  search: {
    formLabel: "Site",
    label: "Search the site",
    placeholder: "Search",
    button: "Search",
  },
  footer: {
    emergency: "In an emergency, call 911",
    label: "Site information",
    getHelp: "Get help",
    about: "About",
    privacy: "Privacy",
    search: "Search",
    rss: "RSS feed",
    notAdvice:
      "is a free, open-source reading library. It is not medical advice, and it is not affiliated with or endorsed by any organization or program it mentions.",
    contributors: "contributors",
  },
  helpBox: {
    intro: "If you or someone you love is in crisis, you can reach someone right now, any time of day or night.",
    emergency: "In an emergency, call",
    more: "More ways to get help",
  },
  pledge: {
    heading: "Pledge for today",
    lead: "One tap, no account, nothing that says who you are.",
    extras: "Add a name or note (optional)",
    extrasPrivacy:
      "Pledges appear in a public feed. Please leave out your full name and anything that could identify you or someone else.",
    nameLabel: "First name or nickname",
    nameHint: "characters. Leave it empty to appear as “Someone”.",
    noteLabel: "A short note",
    noteHint: "characters. Then choose your pledge below.",
    upTo: "Up to",
    choose: "Choose your pledge",
    submit: "Pledge",
    honeypot: "Leave this field empty",
    counted: "Thank you. Your pledge is counted.",
    offline: "You're offline. Your pledge is saved on this device and will be sent when you're back online.",
    held: "It sounds like today may be really hard. You don't have to face it alone. Your pledge counted; your note was kept private and was not published. If you need someone right now, these lines are free and confidential:",
    mineNote: "Your streak is kept only on this device.",
    clear: "Clear my pledge history from this device",
    clearConfirm:
      "This removes your streak and the hugs you sent from this device. Your pledges stay counted. This cannot be undone.",
    clearYes: "Yes, clear my history",
    clearNo: "Keep it",
    noscript:
      "Your pledge works without JavaScript. The live count and the feed of recent pledges need JavaScript, so they are not shown here.",
  },
  counter: {
    today: "Today",
    people: "people pledged today",
    yesterday: "Yesterday:",
    total: "Since we began:",
    problem: "The count could not load just now. It will try again shortly.",
  },
  feed: {
    heading: "Recovering out loud",
    intro: "Pledges from people here today. A hug lets someone know they are not alone.",
    loading: "Loading recent pledges…",
    older: "Show older",
    hug: "Hug",
    report: "Report",
    confirm: "Report this pledge to a moderator? They will read it and take it down if it breaks the feed's rules.",
    yes: "Yes, report it",
    no: "Cancel",
    reported: "Thank you, a moderator will look at it.",
  },
} as const;

/** Every value a string; the same keys in every language. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Dict = Widen<typeof en>;
