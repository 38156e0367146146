// The i18n context without any catalog and without the settings: a page brings the strings it
// needs (LocaleProvider's catalogs) and says where the chosen language comes from, so the popup
// neither loads the dashboard's strings nor the database before its first figures.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { makeTranslator, resolveLocale, type Catalogs, type Translate } from '../lib/i18n/format';
import type { UiLocale } from '../lib/model';

export interface I18n {
  t: Translate;
  locale: UiLocale;
}

const NO_STRINGS: Catalogs = { en: {}, fr: {}, hr: {} };

/** Outside a provider every key shows as itself, which a test or a screenshot notices at once. */
export const I18nContext = createContext<I18n>({ t: makeTranslator(NO_STRINGS, 'en'), locale: 'en' });

interface Props {
  children: ReactNode;
  catalogs: Catalogs;
  /** Forces a locale (tests, previews). */
  locale?: UiLocale;
  /** The language chosen in settings; null or undefined: the browser's. */
  preferred?: UiLocale | null;
}

export function LocaleProvider({ children, locale, preferred, catalogs }: Props) {
  const resolved = locale ?? resolveLocale(preferred, typeof navigator === 'undefined' ? [] : navigator.languages);
  const value = useMemo(() => ({ t: makeTranslator(catalogs, resolved), locale: resolved }), [catalogs, resolved]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
