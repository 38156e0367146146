import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CarelineDB } from '../../lib/db/database';
import { joinCredential, memberCredential } from '../../lib/team/credentials';
import { loadTeamConfig } from '../../lib/team/team-config';
import { joinTeam } from '../../lib/team/join';
import type { RunningServer } from '../../server/start';
import { createTeam, eventually, member, nodeLink, rawClient, server, tempDir, type Member, type RawClient } from './support';

let dir: ReturnType<typeof tempDir>;
let running: RunningServer;
const cleanup: (() => unknown)[] = [];

beforeEach(async () => {
  dir = tempDir();
  running = await server(dir.path);
});
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
  await running.stop();
  dir.remove();
});

async function raw(name: string, token: string): Promise<RawClient> {
  const c = await rawClient(running.url, name, token);
  cleanup.push(() => c.close());
  return c;
}

async function joined(invite: string, name: string): Promise<Member> {
  const m = await member(invite, name);
  cleanup.push(() => m.sync.stop());
  return m;
}

describe('who may connect', () => {
  it('refuses a connection with a bad token', async () => {
    const { team } = createTeam(running);
    expect(await (await raw(`${team.id}/queue`, 'let me in')).answer).toEqual({ ok: false, reason: 'malformed' });
    expect(await (await raw(`${team.id}/queue`, memberCredential('eyJhbGciOiJIUzI1NiJ9.e30.x'))).answer).toEqual({ ok: false, reason: 'unknown-team' });
  });

  it('refuses an expired invite and a revoked one, and joining with them changes nothing', async () => {
    const t = createTeam(running);
    const expired = await t.invite('agent', Date.now() - 1_000);
    expect(await (await raw(`${t.team.id}/queue`, joinCredential(expired, 'Ana'))).answer).toEqual({ ok: false, reason: 'expired' });

    const invite = await t.invite('agent');
    const id = running.store.invites(t.team.id).at(-1)!.id;
    running.store.revokeInvite(t.team.id, id, Date.now());
    const db = new CarelineDB(`refused-${Math.random()}`);
    expect(await joinTeam({ db, invite, name: 'Ana', link: nodeLink })).toEqual({ ok: false, error: 'revoked' });
    expect(await loadTeamConfig(db)).toBeNull();
    expect(running.store.members(t.team.id)).toEqual([]);
  });

  it("never serves one team's documents to another team's token", async () => {
    const a = createTeam(running, 'Team A');
    const b = createTeam(running, 'Team B');
    const ana = await joined(await a.invite('lead'), 'Ana');
    await ana.sync.ready;
    const token = ana.sync.config.memberToken;
    for (const kind of ['queue', 'library', 'policy', 'assignments', 'corrections']) {
      expect(await (await raw(`${b.team.id}/${kind}`, memberCredential(token))).answer).toEqual({ ok: false, reason: 'wrong-team' });
    }
    // An invite of team A presented for team B's queue.
    expect(await (await raw(`${b.team.id}/queue`, joinCredential(await a.invite('agent'), 'Eve'))).answer).toEqual({ ok: false, reason: 'wrong-team' });
    // A token signed with another secret under team B's id.
    const forged = await new SignJWT({ kind: 'invite', role: 'lead', url: running.url, tn: 'B' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('careline-team')
      .setAudience(b.team.id)
      .setJti('i_forged0001')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not the team secret, not at all!'));
    expect(await (await raw(`${b.team.id}/queue`, joinCredential(forged, 'Eve'))).answer).toEqual({ ok: false, reason: 'bad-signature' });
    // A document name outside the team's set.
    expect(await (await raw(`${a.team.id}/secrets`, memberCredential(token))).answer).toEqual({ ok: false, reason: 'unknown-document' });
  });

  it('gives a joining member their own token and the right scope per document', async () => {
    const t = createTeam(running);
    const bo = await joined(await t.invite('agent'), 'Bo');
    await bo.sync.ready;
    expect(running.store.members(t.team.id)).toEqual([expect.objectContaining({ name: 'Bo', role: 'agent' })]);
    const token = bo.sync.config.memberToken;
    const scopes: Record<string, string> = {};
    for (const kind of ['queue', 'corrections', 'library', 'policy', 'assignments']) {
      const answer = await (await raw(`${t.team.id}/${kind}`, memberCredential(token))).answer;
      scopes[kind] = answer.ok ? answer.scope : answer.reason;
    }
    expect(scopes).toEqual({ queue: 'read-write', corrections: 'read-write', library: 'readonly', policy: 'readonly', assignments: 'readonly' });
  });
});

describe("a lead's invites and members, over the sync connection", () => {
  it('makes and revokes invites, lists members, and a revoked member is cut off', async () => {
    const t = createTeam(running);
    const lead = await joined(await t.invite('lead'), 'Lea');
    await lead.sync.ready;
    const made = await lead.sync.admin.createInvite('agent', 1);
    if (!made.ok) throw new Error(made.error);
    const bo = await joined(made.data.invite, 'Bo');
    await bo.sync.ready;
    expect(bo.sync.status().state).toBe('connected');

    const list = await lead.sync.admin.listMembers();
    expect(list.ok && list.data.members.map((m) => [m.name, m.role])).toEqual([
      ['Lea', 'lead'],
      ['Bo', 'agent'],
    ]);
    const boId = list.ok ? list.data.members[1]!.id : '';
    expect(await lead.sync.admin.revokeMember(boId)).toEqual({ ok: true, data: { revoked: true } });
    await eventually(() => expect(bo.sync.status()).toMatchObject({ state: 'refused', reason: 'revoked' }));

    expect(await lead.sync.admin.revokeInvite(made.data.id)).toEqual({ ok: true, data: { revoked: true } });
    const db = new CarelineDB(`late-${Math.random()}`);
    expect(await joinTeam({ db, invite: made.data.invite, name: 'Cy', link: nodeLink })).toEqual({ ok: false, error: 'revoked' });
    const invites = await lead.sync.admin.listInvites();
    expect(invites.ok && invites.data.invites.find((i) => i.id === made.data.id)).toMatchObject({ joined: 1, createdBy: 'Lea' });
  });

  it("refuses an agent's invite requests", async () => {
    const t = createTeam(running);
    const bo = await joined(await t.invite('agent'), 'Bo');
    await bo.sync.ready;
    expect(await bo.sync.admin.createInvite('lead')).toEqual({ ok: false, error: 'forbidden' });
  });

  it('cuts off a member revoked from the command line (another process)', async () => {
    const t = createTeam(running);
    const bo = await joined(await t.invite('agent'), 'Bo');
    await bo.sync.ready;
    const id = running.store.members(t.team.id)[0]!.id;
    running.store.revokeMember(t.team.id, id, Date.now());
    await eventually(() => expect(bo.sync.status()).toMatchObject({ state: 'refused', reason: 'revoked' }));
  });
});
