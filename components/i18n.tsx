import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { resolveLocale, translator, type Translate } from '../lib/i18n/translate';
import type { UiLocale } from '../lib/model';
import { useSettings } from './hooks/use-settings';

interface I18n {
  t: Translate;
  locale: UiLocale;
}

export const I18nContext = createContext<I18n>({ t: translator('en'), locale: 'en' });

/** Follows the language chosen in settings, else the browser's. */
export function I18nProvider({ children, locale }: { children: ReactNode; locale?: UiLocale }) {
  const settings = useSettings();
  const resolved = locale ?? resolveLocale(settings?.uiLocale, typeof navigator === 'undefined' ? [] : navigator.languages);
  const value = useMemo(() => ({ t: translator(resolved), locale: resolved }), [resolved]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
