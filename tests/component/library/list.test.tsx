// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/database';
import { seedStarterTemplates } from '../../../lib/service/seed';
import { asLead, connectBackground, lockLead, renderLibrary, resetDatabase } from './harness';
import { sendToBackground } from '../../../lib/messaging/client';
import { STARTER_LANGS, starterTemplates } from '../../../lib/templates';

// The starter library: every entry in every starter language.
const N = starterTemplates(0).length;
const PER_LANG = N / Object.keys(STARTER_LANGS).length;

beforeEach(async () => {
  await resetDatabase();
  connectBackground();
  await seedStarterTemplates(db(), Date.now());
});

const rowNames = () =>
  within(screen.getByRole('list', { name: /^Showing/ }))
    .getAllByRole('button')
    .map((b) => document.getElementById(b.getAttribute('aria-labelledby')!)!.textContent);

describe('finding a template in the library', () => {
  // Five starter languages make a long list; typing into it takes a few seconds on a busy machine.
  it('filters by status, kind, label, language and words, and clears again', async () => {
    await asLead();
    await sendToBackground({
      type: 'templateSave',
      input: { title: 'Draft for billing', body: 'We are on it.', kind: 'public_reply', labels: ['complaint'], lang: 'en' },
    });
    await lockLead();
    const user = userEvent.setup();
    renderLibrary();
    expect(await screen.findByText(`Showing ${N + 1} of ${N + 1}`)).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'draft');
    expect(screen.getByText(`Showing 1 of ${N + 1}`)).toBeTruthy();
    expect(rowNames()).toEqual(['Draft for billing']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'approved');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    expect(screen.getByText(`Showing ${PER_LANG} of ${N + 1}`)).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'dm_opener');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Label' }), 'complaint');
    expect(screen.getByText(`Showing 1 of ${N + 1}`)).toBeTruthy();
    // French titles keep a no-break space before the colon.
    expect(rowNames()).toEqual([expect.stringMatching(/^Réclamation\s:\spremier message privé$/)]);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText(`Showing ${N + 1} of ${N + 1}`)).toBeTruthy();
    // Case and accents do not matter: "reclamation" finds "Réclamation".
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'reclamation prive');
    expect(screen.getByText(`Showing 3 of ${N + 1}`)).toBeTruthy();
    expect(rowNames().every((name) => name?.startsWith('Réclamation'))).toBe(true);
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nothing like this');
    expect(screen.getByText('No template matches these filters.')).toBeTruthy();
  }, 15_000);

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    const user = userEvent.setup();
    renderLibrary();
    await screen.findByText(`Showing ${N} of ${N}`);
    const rows = within(screen.getByRole('list', { name: /^Showing/ })).getAllByRole('button');
    rows[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(rows[2]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(rows[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(rows.at(-1));
    await user.keyboard('{Enter}');
    const title = rows.at(-1)!.getAttribute('aria-labelledby')!;
    await waitFor(() => expect(screen.getByRole('article', { name: document.getElementById(title)!.textContent! })).toBeTruthy());
    expect(rows.at(-1)!.getAttribute('aria-current')).toBe('true');
    // The opened template takes the focus, and closing it gives the focus back to its row.
    expect(document.activeElement?.textContent).toBe(document.getElementById(title)!.textContent);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(rows.at(-1));
  });
});
