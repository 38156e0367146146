// @vitest-environment happy-dom
// "Mine first": the open mentions assigned to this agent, soonest deadline first; nothing solo.
import { render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/i18n';
import { MyQueue } from '../../../components/team/my-queue';
import { db } from '../../../lib/db/database';
import type { TeamPort, TeamStatusView } from '../../../lib/team/team-port';
import { fakePorts, serveMessages } from '../../support/background';
import { mention } from '../../unit/factories';

const NOW = Date.now();

function team(status: TeamStatusView): TeamPort {
  return {
    status: async () => status,
    join: async () => ({ ok: false, error: 'x' }),
    leave: async () => {},
    claim: async () => [],
    release: async () => {},
    claims: async () => ({}),
    members: async () => ({ ok: true, members: [] }),
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  const d = db();
  await d.open();
  await Promise.all(d.tables.map((t) => t.clear()));
  await d.mentions.bulkPut([
    mention({ statusId: '1', authorHandle: 'later', status: 'new', label: 'question', assignee: 'Ivo', slaDeadline: NOW + 60 * 60_000 }),
    mention({ statusId: '2', authorHandle: 'sooner', status: 'in_progress', label: 'complaint', assignee: 'Ivo', slaDeadline: NOW + 5 * 60_000 }),
    mention({ statusId: '3', authorHandle: 'done', status: 'responded', label: 'complaint', assignee: 'Ivo' }),
    mention({ statusId: '4', authorHandle: 'someone_else', status: 'new', label: 'complaint', assignee: 'Lea' }),
  ]);
});

const renderQueue = () =>
  render(
    <I18nProvider>
      <MyQueue />
    </I18nProvider>,
  );

describe('mine first', () => {
  it('lists the open mentions assigned to this agent, soonest deadline first', async () => {
    serveMessages(db(), fakePorts({ team: team({ state: 'connected', pending: false, synced: true, team: { teamName: 'Lumen Care', role: 'agent', name: 'Ivo', url: 'ws://x' } }) }));
    renderQueue();
    const list = await screen.findByTestId('my-queue');
    expect(within(list).getByRole('heading').textContent).toBe('2 assigned to you');
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Complaint · @sooner', 'Question · @later']);
  });

  it('shows nothing while solo', async () => {
    serveMessages(db(), fakePorts());
    const { container } = renderQueue();
    await waitFor(() => expect(container.textContent).toBe(''));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('my-queue')).toBeNull();
  });
});
