import type { ReactNode } from 'react';
import { CATALOGS } from '../lib/i18n/translate';
import { mountWith } from './page-mount';
import { SettingsLocaleProvider } from './settings-locale';

/** Mounts a page that may show any of Careline's strings (dashboard, side panel). */
export function mountPage(page: ReactNode): void {
  mountWith(page, (children) => <SettingsLocaleProvider catalogs={CATALOGS}>{children}</SettingsLocaleProvider>);
}
