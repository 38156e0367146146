import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { THEME_STORAGE_KEY } from '../lib/i18n/storage-key';
import { ErrorBoundary } from './error-boundary';
import { I18nProvider } from './i18n';
import './ui/base.css';

/** Matches X's theme as the content script last saw it; prefers-color-scheme decides otherwise. */
async function applyXTheme(): Promise<void> {
  const stored = await browser.storage.local.get(THEME_STORAGE_KEY).catch(() => ({}));
  const theme = (stored as Record<string, unknown>)[THEME_STORAGE_KEY];
  if (theme === 'light' || theme === 'dim' || theme === 'dark') document.documentElement.dataset.theme = theme;
}

export function mountPage(page: ReactNode): void {
  void applyXTheme();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider>
        <ErrorBoundary>{page}</ErrorBoundary>
      </I18nProvider>
    </StrictMode>,
  );
}
