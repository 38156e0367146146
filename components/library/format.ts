// Small display helpers shared by the list, the editor and the history.
import type { TemplateStatus, UiLocale } from '../../lib/model';
import { formatDateTime, formatLocale } from '../../lib/i18n/format';
import { STATUS_NAMES } from '../../lib/templates';

/** The dashboard's one date format (lib/i18n/format.ts), in the browser's variant of the UI language. */
export function formatWhen(ms: number, locale: UiLocale): string {
  return formatDateTime(ms, formatLocale(locale, typeof navigator === 'undefined' ? [] : navigator.languages));
}

/** "Approved", "Brouillon", "Povučeno": the core's status names, capitalised for a badge or an option. */
export function statusName(status: TemplateStatus, locale: UiLocale): string {
  const name = STATUS_NAMES[locale][status];
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
