// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../lib/db/database';
import { DRIFT_LOG_MAX, logDrift } from '../../../lib/x/drift-log';
import { clearDatabase, renderDashboard } from './harness';

beforeEach(async () => {
  await clearDatabase();
});

describe('X’s page: the local drift log', () => {
  it('says nothing broke when nothing did', async () => {
    renderDashboard('x-page');
    await screen.findByText(/Nothing so far/);
  });

  it('lists what Careline could not read, newest first, keeping only the last sightings', async () => {
    for (let i = 0; i < DRIFT_LOG_MAX + 5; i++) await logDrift(db(), { at: Date.UTC(2026, 11, 1, 9, i), part: 'text', urlKind: 'search' });
    await logDrift(db(), { at: Date.UTC(2026, 11, 2, 10), part: 'composer', urlKind: 'conversation' });
    renderDashboard('x-page');
    const table = await screen.findByRole('table', { name: 'X’s page' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(DRIFT_LOG_MAX);
    expect(rows[0]!.textContent).toContain('could not find X’s reply box');
    expect(rows[0]!.textContent).toContain('Conversation');
    expect(rows[1]!.textContent).toContain('It could not read the posts’ text.');
  });
});
