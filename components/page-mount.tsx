// Mounts an extension page with the catalogs it brings: theme, i18n and an error boundary.
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { Catalogs } from '../lib/i18n/format';
import { THEME_STORAGE_KEY } from '../lib/i18n/storage-key';
import { ErrorBoundary } from './error-boundary';
import { LocaleProvider } from './i18n-context';
import './ui/base.css';

/** Matches X's theme as the content script last saw it; prefers-color-scheme decides otherwise. */
async function applyXTheme(): Promise<void> {
  const stored = await browser.storage.local.get(THEME_STORAGE_KEY).catch(() => ({}));
  const theme = (stored as Record<string, unknown>)[THEME_STORAGE_KEY];
  if (theme === 'light' || theme === 'dim' || theme === 'dark') document.documentElement.dataset.theme = theme;
}

export function mountWith(page: ReactNode, catalogs: Catalogs): void {
  void applyXTheme();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <LocaleProvider catalogs={catalogs}>
        <ErrorBoundary>{page}</ErrorBoundary>
      </LocaleProvider>
    </StrictMode>,
  );
}
