// Dates and numbers on the dashboard: the browser's variant of the UI language (en-GB reads
// 24-hour times), and one date-and-time format everywhere (lib/i18n/format.ts).
import { useMemo } from 'react';
import { formatDateTime, formatLocale } from '../lib/i18n/format';
import { useI18n } from './i18n';

export { formatLocale };

export function useFormatLocale(): string {
  const { locale } = useI18n();
  return useMemo(() => formatLocale(locale, typeof navigator === 'undefined' ? [] : navigator.languages), [locale]);
}

/** The dashboard's one date format: Intl's medium date and short time in the UI language's variant. */
export function useDateTimeFormat(): (ms: number) => string {
  const locale = useFormatLocale();
  return useMemo(() => (ms: number) => formatDateTime(ms, locale), [locale]);
}
