// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { logEvents } from '../../../lib/db/audit';
import { db } from '../../../lib/db/database';
import { formatWhen } from '../../../components/library/format';
import { mention } from '../../unit/factories';
import { clearDatabase, renderDashboard } from './harness';

const T = Date.parse('2026-11-23T09:00:00Z');

beforeEach(async () => {
  await clearDatabase();
  await db().mentions.add(mention({ statusId: '501', authorHandle: 'marta_k', url: 'https://x.com/marta_k/status/501' }));
  // Logged out of time order on purpose: the table sorts by time, not by insertion.
  await logEvents(db(), [
    { at: T + 2 * 60_000, kind: 'label_changed', statusId: '501', actor: 'Ana', from: 'question', to: 'complaint' },
    { at: T, kind: 'mention_seen', statusId: '501', actor: 'Careline' },
    { at: T + 5 * 60_000, kind: 'responded', statusId: '777', actor: 'Ivo', from: 'in_progress', to: 'responded' },
    { at: T + 3 * 60_000, kind: 'settings_changed', actor: 'Ana', detail: 'sla, agentName, lowConfidenceBelow' },
  ]);
});

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('Audit log', () => {
  it('lists the latest events newest first, with time, kind, actor, post and from → to', async () => {
    renderDashboard('audit');
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(rows().map((r) => r.getAttribute('data-kind'))).toEqual(['responded', 'settings_changed', 'label_changed', 'mention_seen']);

    const [responded, settings, relabel] = rows();
    // The dashboard's one date format, the same as the template library's.
    const at = formatWhen(T + 5 * 60_000, 'en');
    expect(at).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(T + 5 * 60_000));
    expect(cells(responded!)).toEqual([at, 'Responded', 'Ivo', '777', 'In progress → Responded']);
    // Settings by the names the dashboard gives them, not the record's keys.
    expect(cells(settings!)).toEqual([expect.any(String), 'Settings changed', 'Ana', '–', ' SLA policy, Your name, Show a label as unsure below']);
    expect(cells(relabel!).slice(1)).toEqual(['Label changed', 'Ana', '@marta_k', 'Question → Complaint']);
    const link = within(relabel!).getByRole('link', { name: 'Open @marta_k’s post on X' });
    expect(link.getAttribute('href')).toBe('https://x.com/marta_k/status/501');
    // A post the database no longer holds is named by its status id, not linked.
    expect(within(responded!).queryByRole('link')).toBeNull();
  });

  it('filters by kind and follows new events live', async () => {
    const user = userEvent.setup();
    renderDashboard('audit');
    await waitFor(() => expect(rows()).toHaveLength(4));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Label changed');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rows()[0]!.getAttribute('data-kind')).toBe('label_changed');

    await logEvents(db(), [{ at: T + 9 * 60_000, kind: 'label_changed', statusId: '501', actor: 'Ivo', from: 'complaint', to: 'crisis' }]);
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(cells(rows()[0]!).slice(2)).toEqual(['Ivo', '@marta_k', 'Complaint → Crisis']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Model reset');
    expect(await screen.findByText('No events of this kind.')).toBeTruthy();
  });

  it('shows the newest 200 of a longer log', async () => {
    await logEvents(
      db(),
      Array.from({ length: 250 }, (_, i) => ({ at: T + (10 + i) * 60_000, kind: 'mention_seen' as const, statusId: '501', actor: `n${i}` })),
    );
    renderDashboard('audit');
    await waitFor(() => expect(rows()).toHaveLength(200));
    expect(cells(rows()[0]!)[2]).toBe('n249');
    expect(cells(rows()[199]!)[2]).toBe('n50');
  });
});
