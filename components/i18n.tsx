// Every page's strings: the provider for the dashboard, the side panel and tests. The popup
// brings only its own (entrypoints/popup/main.tsx).
import type { ReactNode } from 'react';
import { CATALOGS } from '../lib/i18n/translate';
import type { UiLocale } from '../lib/model';
import { SettingsLocaleProvider } from './settings-locale';

export { I18nContext, useI18n, type I18n } from './i18n-context';

export function I18nProvider({ children, locale }: { children: ReactNode; locale?: UiLocale }) {
  return (
    <SettingsLocaleProvider locale={locale} catalogs={CATALOGS}>
      {children}
    </SettingsLocaleProvider>
  );
}
