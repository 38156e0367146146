// Tiny typed i18n: English is the source of keys; French and Croatian must define every key
// (the compiler says so). Placeholders are {name}; values are inserted as text, never HTML.
// This module brings every catalog; a page that needs few strings uses lib/i18n/format.ts with
// its own catalogs instead (the popup does).
import type { UiLocale } from '../model';
import { makeTranslator, format, type Catalogs, type MessageKey, type Params, type Translate } from './format';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { hr } from './messages/hr';

export { format, formatPercent, resolveLocale, makeTranslator } from './format';
export type { Catalogs, MessageKey, Params, Translate } from './format';

export const CATALOGS: Catalogs = { en, fr, hr };

export function translate(locale: UiLocale, key: MessageKey, params?: Params): string {
  return format(CATALOGS[locale][key] ?? en[key], params);
}

export function translator(locale: UiLocale): Translate {
  return makeTranslator(CATALOGS, locale);
}
