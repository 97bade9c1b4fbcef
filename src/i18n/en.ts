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
  /** The evening check-in (CheckIn.astro); `ui` is what its script writes, sent to it as JSON. */
  checkin: {
    heading: "Your day",
    ask: "How did today go?",
    askHint: "Only you see this. Your answer and note stay on this device and are never sent anywhere.",
    noteLabel: "A private note (optional)",
    noteHint: "Up to {max} characters. Then choose one answer.",
    legend: "Today",
    yourNote: "Your note:",
    moreHelp: "More ways to get help",
    change: "Change my answer",
    last: "Your last {n} days",
    key: "✓ kept, ♥ hard but here, ○ not kept, • pledged. Kept only on this device.",
    download: "Download my data (JSON)",
    clear: "Clear everything from this device",
    clearConfirm:
      "This removes your pledge history, check-ins, notes and hugs from this device, and a pledge still waiting to be sent. Pledges already sent stay counted. This cannot be undone.",
    clearYes: "Yes, clear everything",
    clearNo: "Keep it",
    ui: {
      answers: {
        kept: "I kept my pledge",
        hard: "It was hard, but I'm here",
        missed: "I didn't keep it today",
      },
      replies: {
        kept: { title: "Well done today.", text: "You made a promise this morning and you kept it. Rest well." },
        hard: {
          title: "You're still here, and that matters.",
          text: "Hard days count too. Be gentle with yourself tonight, and reach out if you need to talk.",
        },
        missed: {
          title: "Thank you for being honest.",
          text: "One hard day does not undo your work. You have pledged on {days}, and that is still yours. Tomorrow is a new pledge. If you want to talk to someone now, help is free and confidential.",
        },
      },
      days: { one: "{n} day", other: "{n} days" },
      tooLong: "Your note is {length} characters long. Please shorten it to {max} or fewer.",
      tally: "Days pledged: {pledged}. Days kept: {kept} of the {answered} you checked in on.",
      saved: "Your check-in is saved on this device.",
      cleared: "Everything this site kept on this device has been removed.",
      dayStates: {
        pledged: "pledged",
        none: "no pledge",
        kept: "kept",
        hard: "hard but here",
        missed: "not kept",
      },
      fileName: "daily-pledge-my-data-{date}.json",
    },
  },
  /** "Remind me every day at …" (Reminder.astro); `ui` is what its scripts write and put in the calendar file. */
  reminder: {
    heading: "A daily reminder",
    hint: "Add a reminder to your phone's calendar. The file is made on your device; nothing is sent to us and you need no account. To stop it, delete the event from your calendar.",
    label: "Remind me every day at",
    add: "Add to my calendar",
    pushHint:
      "Or get a notification from this site at that time (to the nearest quarter hour). Our server keeps only what it needs to send it, until you turn it off.",
    pushOn: "Send me a notification instead",
    pushOff: "Turn off notifications",
    ui: {
      badTime: "Please choose a time, for example 08:00 or 20:30.",
      badZone: "Your device's time zone ({zone}) is not one we know.",
      badDay: "The first day must be written YYYY-MM-DD.",
      /** "at 8:30 PM": the pair is chosen by the hour's plural rule (Spanish: "a la 1:00", "a las 20:30"). */
      at: { one: "at {time}", other: "at {time}" },
      downloading: "Your calendar file is downloading. Open it to add a reminder every day {at}.",
      calendarName: "The Daily Pledge",
      summary: "Your daily pledge",
      description: "One tap, no account: {url}",
      alarm: "Time for your daily pledge",
      fileName: "daily-pledge-reminder.ics",
      /** The home page the event and the notification link back to. */
      home: "/",
      pushOnAt: "Notifications are on, every day {at}.",
      blocked: "Notifications are blocked for this site. You can allow them in your browser's settings.",
      failed: "Something went wrong. Please try again.",
      rateLimited: "There have been too many tries from your connection. Please wait a few minutes and try again.",
      offline: "You seem to be offline. Please try again when you are connected.",
      off: "Notifications are off. Nothing about them is kept on our server.",
    },
  },
} as const;

/** Every value a string; the same keys in every language. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Dict = Widen<typeof en>;
