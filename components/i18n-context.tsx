// The i18n context without any catalog: a page brings the strings it needs (LocaleProvider's
// catalogs), so the popup does not load the dashboard's. Components read it with useI18n.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { makeTranslator, resolveLocale, type Catalogs, type Translate } from '../lib/i18n/format';
import type { UiLocale } from '../lib/model';
import { useSettings } from './hooks/use-settings';

export interface I18n {
  t: Translate;
  locale: UiLocale;
}

const NO_STRINGS: Catalogs = { en: {}, fr: {}, hr: {} };

/** Outside a provider every key shows as itself, which a test or a screenshot notices at once. */
export const I18nContext = createContext<I18n>({ t: makeTranslator(NO_STRINGS, 'en'), locale: 'en' });

/** Follows the language chosen in settings, else the browser's. */
export function LocaleProvider({ children, locale, catalogs }: { children: ReactNode; locale?: UiLocale; catalogs: Catalogs }) {
  const settings = useSettings();
  const resolved = locale ?? resolveLocale(settings?.uiLocale, typeof navigator === 'undefined' ? [] : navigator.languages);
  const value = useMemo(() => ({ t: makeTranslator(catalogs, resolved), locale: resolved }), [catalogs, resolved]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
