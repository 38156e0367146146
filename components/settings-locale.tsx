// The language chosen in settings, live: a change saved anywhere shows without reopening.
import type { ReactNode } from 'react';
import type { Catalogs } from '../lib/i18n/format';
import type { UiLocale } from '../lib/model';
import { useSettings } from './hooks/use-settings';
import { LocaleProvider } from './i18n-context';

interface Props {
  children: ReactNode;
  catalogs: Catalogs;
  locale?: UiLocale;
  /** Until the settings are read (the popup passes the one the background last saw). */
  before?: UiLocale | null;
}

export function SettingsLocaleProvider({ children, catalogs, locale, before }: Props) {
  const settings = useSettings();
  return (
    <LocaleProvider catalogs={catalogs} locale={locale} preferred={settings ? settings.uiLocale : before}>
      {children}
    </LocaleProvider>
  );
}
