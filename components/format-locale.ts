import { useMemo } from 'react';
import { useI18n } from './i18n';

/**
 * The locale to format dates and numbers in: the browser's own variant of the UI language when it
 * has one (en-GB reads 24-hour times, en alone means en-US), else the UI language itself.
 */
export function formatLocale(uiLocale: string, languages: readonly string[]): string {
  return languages.find((l) => l.toLowerCase().split('-')[0] === uiLocale) ?? uiLocale;
}

export function useFormatLocale(): string {
  const { locale } = useI18n();
  return useMemo(() => formatLocale(locale, typeof navigator === 'undefined' ? [] : navigator.languages), [locale]);
}
