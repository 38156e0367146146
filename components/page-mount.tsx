// Mounts an extension page: X's theme, strict mode and an error boundary under the page's i18n.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { THEME_STORAGE_KEY } from '../lib/i18n/storage-key';
import { ErrorBoundary } from './error-boundary';
import './ui/base.css';

/** Matches X's theme as the content script last saw it; prefers-color-scheme decides otherwise. */
async function applyXTheme(): Promise<void> {
  const stored = await browser.storage.local.get(THEME_STORAGE_KEY).catch(() => ({}));
  const theme = (stored as Record<string, unknown>)[THEME_STORAGE_KEY];
  if (theme === 'light' || theme === 'dim' || theme === 'dark') document.documentElement.dataset.theme = theme;
}

/** `withLocale` wraps the page in the i18n provider the page chose (its catalogs, where its language comes from). */
export function mountWith(page: ReactNode, withLocale: (children: ReactNode) => ReactNode): void {
  void applyXTheme();
  createRoot(document.getElementById('root')!).render(<StrictMode>{withLocale(<ErrorBoundary>{page}</ErrorBoundary>)}</StrictMode>);
}
