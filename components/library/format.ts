// Small display helpers shared by the list, the editor and the history.
import type { TemplateStatus, UiLocale } from '../../lib/model';
import { STATUS_NAMES } from '../../lib/templates';

const dateFormats = new Map<UiLocale, Intl.DateTimeFormat>();

export function formatWhen(ms: number, locale: UiLocale): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(locale, f);
  }
  return f.format(ms);
}

/** "Approved", "Brouillon", "Povučeno": the core's status names, capitalised for a badge or an option. */
export function statusName(status: TemplateStatus, locale: UiLocale): string {
  const name = STATUS_NAMES[locale][status];
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
