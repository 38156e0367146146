// What every dashboard test needs: a clean database, the real background service answering
// the page's messages through WXT's fake browser, and the page rendered as the options page does.
import { render, screen, waitFor, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { expect } from 'vitest';
import { Dashboard } from '../../../components/dashboard/dashboard';
import { I18nProvider } from '../../../components/i18n';
import { db } from '../../../lib/db/database';
import type { Settings } from '../../../lib/model';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import { fakePorts, serveMessages } from '../../support/background';

export async function clearDatabase(): Promise<void> {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((t) => t.clear()));
}

export async function seedSettings(change: Partial<Settings>): Promise<void> {
  const r = await saveSettings(db(), change);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
}

export const storedSettings = () => loadSettings(db());

/** The background as the extension runs it, over the page's own database. */
export function connectBackground(now: () => number = Date.now) {
  return serveMessages(db(), fakePorts({ now }));
}

export function renderDashboard(section = '') {
  window.location.hash = section;
  return render(
    <I18nProvider>
      <Dashboard />
    </I18nProvider>,
  );
}

/** An input's or select's current value (Testing Library's jest-dom matchers are not installed). */
export function valueOf(el: Element | null | undefined): string | undefined {
  return (el as HTMLInputElement | null | undefined)?.value;
}

export function disabled(el: Element | null | undefined): boolean | undefined {
  return (el as HTMLButtonElement | null | undefined)?.disabled;
}

/** The save bar's live status line. */
export function saveStatus(): string {
  const bar = screen.getByRole('region', { name: /^(Save changes|Enregistrer les modifications|Spremanje promjena)$/ });
  return within(bar).getByRole('status').textContent ?? '';
}

export async function saveAndWait(user: ReturnType<typeof userEvent.setup>, saved = 'Settings saved.'): Promise<void> {
  await user.click(screen.getByRole('button', { name: /^(Save|Enregistrer|Spremi)$/ }));
  await waitFor(() => expect(saveStatus()).toBe(saved));
}
