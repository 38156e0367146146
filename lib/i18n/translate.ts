// Tiny typed i18n: English is the source of keys; French and Croatian must define every key
// (the compiler says so). Placeholders are {name}; values are inserted as text, never HTML.
import type { UiLocale } from '../model';
import { en, type MessageKey } from './messages/en';
import { fr } from './messages/fr';
import { hr } from './messages/hr';

export type { MessageKey };
export type Params = Record<string, string | number>;

const CATALOGS: Record<UiLocale, Record<MessageKey, string>> = { en, fr, hr };

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
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(locale: UiLocale, key: MessageKey, params?: Params): string {
  return format(CATALOGS[locale][key] ?? en[key], params);
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(locale: UiLocale): Translate {
  return (key, params) => translate(locale, key, params);
}
