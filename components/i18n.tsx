// Every page's strings: the provider for the dashboard, the side panel and tests. The popup
// brings only its own through LocaleProvider (components/i18n-context.tsx).
import type { ReactNode } from 'react';
import { CATALOGS } from '../lib/i18n/translate';
import type { UiLocale } from '../lib/model';
import { LocaleProvider } from './i18n-context';

export { I18nContext, useI18n, type I18n } from './i18n-context';

export function I18nProvider({ children, locale }: { children: ReactNode; locale?: UiLocale }) {
  return (
    <LocaleProvider locale={locale} catalogs={CATALOGS}>
      {children}
    </LocaleProvider>
  );
}
