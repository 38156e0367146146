// The team desk's requests through the real router and gate: a solo Careline answers without any
// team port (nothing loaded, nothing sent); once joined, joins, claims and the lead's assignments
// go to the team port and the database, with the audit naming who assigned.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { route } from '../../../lib/messaging/router';
import { createService } from '../../../lib/service';
import { saveSettings } from '../../../lib/settings/store';
import type { TeamPort, TeamStatusView } from '../../../lib/team/team-port';
import { EXTENSION_PAGE, fakePorts, X_PAGE } from '../../support/background';
import { mention } from '../factories';

const NOW = Date.parse('2026-12-01T10:00:00Z');
let db: CarelineDB;

beforeEach(async () => {
  db = new CarelineDB(`team-handlers-${Math.random()}`);
  await saveSettings(db, { accountHandle: 'LumenMobile', agentName: 'Ana' });
  await db.mentions.bulkPut([
    mention({ statusId: '10', label: 'complaint', status: 'new' }),
    mention({ statusId: '11', label: 'complaint', status: 'new' }),
    mention({ statusId: '12', label: 'question', status: 'new' }),
  ]);
});

function fakeTeam(role: 'lead' | 'agent' | null): TeamPort {
  const status: TeamStatusView = role
    ? { state: 'connected', pending: false, synced: true, team: { teamName: 'Lumen Care', role, name: role === 'lead' ? 'Lea' : 'Ivo', url: 'ws://127.0.0.1:4310' } }
    : { state: 'solo', pending: false, synced: false, team: null };
  return {
    status: vi.fn(async () => status),
    join: vi.fn(async () => ({ ok: false as const, error: 'expired' })),
    leave: vi.fn(async () => {}),
    claim: vi.fn(async () => ['Lea']),
    release: vi.fn(async () => {}),
    claims: vi.fn(async () => ({ '10': 'Lea' })),
    members: vi.fn(async () => ({ ok: true as const, members: [{ id: 'm_abcdef', name: 'Ivo', role: 'agent' as const }] })),
  };
}

function serve(team?: TeamPort) {
  const ports = fakePorts({ now: () => NOW, ...(team ? { team } : {}) });
  const service = createService(db, ports);
  const send = (req: unknown, sender = EXTENSION_PAGE) => route(service.handlers, req, sender, service.authorize);
  return { ports, send };
}

describe('solo (no team port, or one that never joined)', () => {
  it.each([undefined, 'solo port'])('answers status, claims and assignments as solo (%s)', async (which) => {
    const { send } = serve(which ? fakeTeam(null) : undefined);
    expect(await send({ type: 'teamStatus' })).toEqual({ ok: true, data: { state: 'solo', pending: false, synced: false, team: null } });
    expect(await send({ type: 'teamClaims' }, X_PAGE)).toEqual({ ok: true, data: { claims: {}, me: null } });
    expect(await send({ type: 'teamAssign', statusIds: ['10'], assignee: 'Ivo' })).toEqual({ ok: true, data: { ok: false, error: 'solo' } });
    expect((await db.mentions.get('10'))?.assignee).toBeUndefined();
    expect(await db.audit.count()).toBe(0);
  });
});

describe('in a team', () => {
  it('passes a join to the team port and its refusal back as it is', async () => {
    const team = fakeTeam(null);
    const { send } = serve(team);
    expect(await send({ type: 'teamJoin', invite: 'eyJ.x.y', name: 'Ivo' })).toEqual({ ok: true, data: { ok: false, error: 'expired' } });
    expect(team.join).toHaveBeenCalledWith('eyJ.x.y', 'Ivo');
  });

  it('claims from X’s page and answers who else holds the post; releases', async () => {
    const team = fakeTeam('agent');
    const { send } = serve(team);
    expect(await send({ type: 'teamClaim', statusId: '10', kind: 'composer' }, X_PAGE)).toEqual({ ok: true, data: { holders: ['Lea'] } });
    expect(team.claim).toHaveBeenCalledWith('10', 'composer');
    expect(await send({ type: 'teamClaims' }, X_PAGE)).toEqual({ ok: true, data: { claims: { '10': 'Lea' }, me: 'Ivo' } });
    await send({ type: 'teamRelease', statusId: '10' }, X_PAGE);
    expect(team.release).toHaveBeenCalledWith('10');
  });

  it('refuses an agent’s assignment and changes nothing', async () => {
    const { send } = serve(fakeTeam('agent'));
    expect(await send({ type: 'teamAssign', statusIds: ['10'], assignee: 'Ivo' })).toEqual({ ok: true, data: { ok: false, error: 'not-lead' } });
    expect((await db.mentions.get('10'))?.assignee).toBeUndefined();
    expect(await db.audit.count()).toBe(0);
  });

  it('lets the lead assign mentions, and every open mention of a label, with the lead in the audit log and views to X tabs', async () => {
    const { send, ports } = serve(fakeTeam('lead'));
    expect(await send({ type: 'teamAssign', statusIds: ['12'], assignee: 'Ivo' })).toEqual({ ok: true, data: { ok: true, changed: 1 } });
    expect(await send({ type: 'teamAssignLabel', label: 'complaint', assignee: 'Ivo' })).toEqual({ ok: true, data: { ok: true, changed: 2 } });
    for (const id of ['10', '11', '12']) expect((await db.mentions.get(id))?.assignee).toBe('Ivo');
    const audit = await db.audit.toArray();
    expect(audit.map((e) => [e.kind, e.statusId, e.actor, e.to])).toEqual(
      expect.arrayContaining([['assigned', '12', 'Lea', 'Ivo'], ['assigned', '10', 'Lea', 'Ivo'], ['assigned', '11', 'Lea', 'Ivo']]),
    );
    const views = vi.mocked(ports.broadcast).mock.calls.flatMap(([vs]) => vs);
    expect(views.find((v) => v.statusId === '12')?.assignee).toBe('Ivo');
    expect(ports.changed).toHaveBeenCalled();
    // Clearing an assignment is one too.
    expect(await send({ type: 'teamAssign', statusIds: ['12'], assignee: null })).toEqual({ ok: true, data: { ok: true, changed: 1 } });
    expect((await db.mentions.get('12'))?.assignee).toBeUndefined();
  });

  it('lists members for the lead’s picker', async () => {
    const { send } = serve(fakeTeam('lead'));
    expect(await send({ type: 'teamMembers' })).toEqual({ ok: true, data: { ok: true, members: [{ id: 'm_abcdef', name: 'Ivo', role: 'agent' }] } });
  });
});
