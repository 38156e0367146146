// The catalog-free half of i18n: picking the locale, filling placeholders and building a
// translator over whichever catalogs a page brings. Importing this pulls no strings, so the
// popup can bring only its own (lib/i18n/popup-catalogs.ts) instead of every page's.
import type { UiLocale } from '../model';
import type { MessageKey } from './messages/en';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;
/** Strings per locale; a page's catalog may hold only the keys it uses (English is the fallback). */
export type Catalogs = Record<UiLocale, Partial<Record<MessageKey, string>>>;

export function resolveLocale(preferred: UiLocale | null | undefined, languages: readonly string[] = []): UiLocale {
  if (preferred) return preferred;
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'fr' || base === 'hr') return base;
    // Bosnian and Serbian (Latin) readers read Croatian more easily than English.
    if (base === 'bs' || base === 'sr') return 'hr';
  }
  return 'en';
}

export function format(template: string, params?: Params): string {
  // Most strings have no placeholder: a surge formats several per new overlay.
  if (!params || !template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A missing key shows as itself, so a page that forgot a string says which one. */
export function makeTranslator(catalogs: Catalogs, locale: UiLocale): Translate {
  const own = catalogs[locale];
  const fallback = catalogs.en;
  return (key, params) => format(own[key] ?? fallback[key] ?? key, params);
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * "90%" in English, "90 %" (narrow no-break space) in French, "90 %" (no-break space) in
 * Croatian. Intl knows the spacing; French typography wants the narrow space, which some ICU
 * versions (Node 20's) write as a full no-break space.
 */
export function formatPercent(share: number, locale: string, digits = 0): string {
  // Building an Intl formatter costs far more than using one: every overlay's name asks for one.
  const key = `${locale}|${digits}`;
  let f = percentFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
    percentFormats.set(key, f);
  }
  const text = f.format(share);
  return locale.toLowerCase().startsWith('fr') ? text.replace(/[\u00a0 ](?=%)/u, '\u202f') : text;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** The one date-and-time format of Careline's pages: "23 Nov 2026, 10:42" (en-GB), "Nov 23, 2026, 10:42 AM" (en-US). */
export function formatDateTime(ms: number, locale: string): string {
  let f = dateTimeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(locale, f);
  }
  return f.format(ms);
}

/**
 * The locale to format dates and numbers in: the browser's own variant of the UI language when it
 * has one (en-GB reads 24-hour times, en alone means en-US), else the UI language itself.
 */
export function formatLocale(uiLocale: string, languages: readonly string[]): string {
  return languages.find((l) => l.toLowerCase().split('-')[0] === uiLocale) ?? uiLocale;
}
