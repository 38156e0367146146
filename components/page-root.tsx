import type { ReactNode } from 'react';
import { CATALOGS } from '../lib/i18n/translate';
import { mountWith } from './page-mount';

/** Mounts a page that may show any of Careline's strings (dashboard, side panel). */
export function mountPage(page: ReactNode): void {
  mountWith(page, CATALOGS);
}
