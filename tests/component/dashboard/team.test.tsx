// @vitest-environment happy-dom
// The dashboard's Team section against the real service with a recording team port: solo status,
// a refused join says why and stores nothing, a join shows who the agent is and connected, leaving
// goes back to solo.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../lib/db/database';
import type { TeamPort, TeamStatusView } from '../../../lib/team/team-port';
import { fakePorts, serveMessages } from '../../support/background';
import { clearDatabase, renderDashboard } from './harness';

const SOLO: TeamStatusView = { state: 'solo', pending: false, synced: false, team: null };
const JOINED: TeamStatusView = {
  state: 'offline',
  pending: true,
  synced: true,
  team: { teamName: 'Lumen Care', role: 'agent', name: 'Ivo', url: 'ws://127.0.0.1:4310' },
};

function recordingTeam(): TeamPort & { now: TeamStatusView } {
  const team = {
    now: SOLO,
    status: async () => team.now,
    join: vi.fn(async (invite: string) => {
      if (invite !== 'good-invite') return { ok: false as const, error: 'expired' };
      team.now = JOINED;
      return { ok: true as const, team: JOINED.team! };
    }),
    leave: vi.fn(async () => void (team.now = SOLO)),
    claim: async () => [],
    release: async () => {},
    claims: async () => ({}),
    members: async () => ({ ok: true as const, members: [] }),
  };
  return team;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await clearDatabase();
});

describe('the Team section', () => {
  it('says solo, refuses an expired invite with a clear error, joins, and leaves', async () => {
    const team = recordingTeam();
    serveMessages(db(), fakePorts({ team }));
    const user = userEvent.setup();
    renderDashboard('team');
    const status = await screen.findByTestId('team-status');
    await waitFor(() => expect(status.textContent).toMatch(/Not in a team/));

    await user.type(screen.getByRole('textbox', { name: 'Invite' }), 'old-invite');
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Ivo');
    await user.click(screen.getByRole('button', { name: 'Join team' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This invite has expired. Ask your lead for a new one.');
    expect(status.getAttribute('data-state')).toBe('solo');

    await user.clear(screen.getByRole('textbox', { name: 'Invite' }));
    await user.type(screen.getByRole('textbox', { name: 'Invite' }), 'good-invite');
    await user.click(screen.getByRole('button', { name: 'Join team' }));
    await screen.findByText('You are Ivo (agent) in Lumen Care.');
    expect(team.join).toHaveBeenLastCalledWith('good-invite', 'Ivo');
    await waitFor(() => expect(status.textContent).toMatch(/^Offline: Lumen Care cannot be reached\. Your changes are kept and synced later\./));
    expect(status.textContent).toMatch(/waiting to be synced/);

    await user.click(screen.getByRole('button', { name: 'Leave team' }));
    await screen.findByText('You left the team. Your data stays on this machine.');
    await waitFor(() => expect(status.getAttribute('data-state')).toBe('solo'));
    expect(team.leave).toHaveBeenCalledOnce();
  });
});
