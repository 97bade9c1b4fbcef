/**
 * Reading a component's word set from its JSON data block, and filling in its templates.
 * Shared by the check-in and the reminder (src/i18n/companion.ts makes the sets).
 */

/** The JSON in `script[<attribute>]`; throws if the page and the script disagree. */
export function pageWords<T>(attribute: string): T {
  const text = document.querySelector(`script[${attribute}]`)?.textContent;
  if (!text) throw new Error(`missing script[${attribute}]`);
  return JSON.parse(text) as T;
}

/** `{name}` filled in; numbers in the page's locale ("1,234" / "1234"). */
export function fill(template: string, values: Record<string, string | number>, locale: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === "number" ? new Intl.NumberFormat(locale).format(value) : value;
  });
}

/** The form of `forms` for `n` by the language's plural rules. */
export function pluralForm(forms: { one: string; other: string }, n: number, locale: string): string {
  return new Intl.PluralRules(locale).select(n) === "one" ? forms.one : forms.other;
}
