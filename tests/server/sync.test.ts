import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { performAction } from '../../lib/mentions/perform';
import type { MentionAction } from '../../lib/mentions/actions';
import { loadSettings, saveSettings } from '../../lib/settings/store';
import { memberCredential } from '../../lib/team/credentials';
import { libraryTemplates, queueCards } from '../../lib/team/team-docs';
import type { RunningServer } from '../../server/start';
import { mention } from '../unit/factories';
import { createTeam, eventually, member, rawClient, server, tempDir, type Member } from './support';

let dir: ReturnType<typeof tempDir>;
let running: RunningServer;
let port: number;
const members: Member[] = [];
const closers: (() => void)[] = [];

beforeEach(async () => {
  dir = tempDir();
  running = await server(dir.path);
  port = running.port;
});
afterEach(async () => {
  for (const c of closers.splice(0)) c();
  for (const m of members.splice(0)) await m.sync.stop();
  await running.stop();
  dir.remove();
});

async function join(invite: string, name: string): Promise<Member> {
  const m = await member(invite, name);
  members.push(m);
  await m.sync.ready;
  return m;
}

const tokenOf = (m: Member) => m.sync.config.memberToken;

async function act(m: Member, statusId: string, action: MentionAction) {
  await performAction(m.db, statusId, action, { now: Date.now(), settings: await loadSettings(m.db), actor: m.name });
}

describe('roles are enforced by the server', () => {
  it("drops a modified agent client's write to the library while a lead's lands", async () => {
    const t = createTeam(running);
    const lead = await join(await t.invite('lead'), 'Lea');
    const bo = await join(await t.invite('agent'), 'Bo');
    // Bo's Careline, modified: it writes into its copy of the library document and sends it.
    libraryTemplates(bo.sync.docs).set('tpl-forged', JSON.stringify({ id: 'tpl-forged', title: 'Approved by me', status: 'approved' }));
    const raw = await rawClient(running.url, `${t.team.id}/library`, memberCredential(tokenOf(bo)));
    closers.push(() => raw.close());
    expect(await raw.answer).toEqual({ ok: true, scope: 'readonly' });
    raw.doc.getMap('templates').set('tpl-forged-2', '{}');
    // The lead's write goes through.
    libraryTemplates(lead.sync.docs).set('tpl-lead', JSON.stringify({ id: 'tpl-lead' }));
    const reader = await rawClient(running.url, `${t.team.id}/library`, memberCredential(tokenOf(lead)));
    closers.push(() => reader.close());
    await eventually(() => expect(reader.doc.getMap('templates').has('tpl-lead')).toBe(true));
    await new Promise((r) => setTimeout(r, 500));
    expect([...reader.doc.getMap('templates').keys()]).toEqual(['tpl-lead']);
    expect(libraryTemplates(lead.sync.docs).has('tpl-forged')).toBe(false);
  });

  it("writes the member's own name into claims, whatever a client says", async () => {
    const t = createTeam(running);
    const lead = await join(await t.invite('lead'), 'Lea');
    const bo = await join(await t.invite('agent'), 'Bo');
    const raw = await rawClient(running.url, `${t.team.id}/queue`, memberCredential(tokenOf(bo)));
    closers.push(() => raw.close());
    await raw.answer;
    raw.provider.awareness!.setLocalState({ u: { id: 'm_lea', n: 'Lea' }, c: [{ s: '1800000000000000900', k: 'composer', t: 1 }] });
    await eventually(() => expect(lead.sync.claims.claimedBy().get('1800000000000000900')).toBe('Bo'));
  });
});

describe('one shared queue through the real server', () => {
  it("shows one agent's claim and dismissal on the other's side within moments", async () => {
    const t = createTeam(running);
    const ana = await join(await t.invite('agent'), 'Ana');
    const bo = await join(await t.invite('agent'), 'Bo');
    const m = mention({ statusId: '1800000000000001000' });
    await ana.db.mentions.add(m);
    await eventually(async () => expect(await bo.db.mentions.get(m.statusId)).toBeDefined());
    ana.sync.claims.claim(m.statusId, 'composer');
    await eventually(() => expect(bo.sync.claims.claimedBy().get(m.statusId)).toBe('Ana'));
    await act(ana, m.statusId, { kind: 'dismiss' });
    await eventually(async () => expect((await bo.db.mentions.get(m.statusId))?.status).toBe('dismissed'));
    ana.sync.claims.release(m.statusId);
    await eventually(() => expect(bo.sync.claims.claimedBy().has(m.statusId)).toBe(false));
  });

  it('server stopped, both edit, server back: both converge and nothing is lost', async () => {
    const t = createTeam(running);
    const ana = await join(await t.invite('agent'), 'Ana');
    const bo = await join(await t.invite('agent'), 'Bo');
    const one = mention({ statusId: '1800000000000001100' });
    const two = mention({ statusId: '1800000000000001101' });
    await ana.db.mentions.bulkAdd([one, two]);
    await eventually(async () => expect(await bo.db.mentions.count()).toBe(2));

    await running.stop();
    await eventually(() => expect([ana.sync.status().state, bo.sync.status().state]).toEqual(['offline', 'offline']));
    await act(ana, one.statusId, { kind: 'replied', at: Date.now(), via: 'reply' });
    await act(bo, one.statusId, { kind: 'start' });
    await act(bo, two.statusId, { kind: 'relabel', label: 'crisis' });
    const three = mention({ statusId: '1800000000000001102' });
    await bo.db.mentions.add(three);

    running = await server(dir.path, { port });
    await eventually(async () => {
      expect((await bo.db.mentions.get(one.statusId))?.status).toBe('responded');
      expect((await ana.db.mentions.get(two.statusId))?.label).toBe('crisis');
      expect(await ana.db.mentions.get(three.statusId)).toBeDefined();
      expect([ana.sync.status(), bo.sync.status()]).toEqual([
        expect.objectContaining({ state: 'connected', pending: false }),
        expect.objectContaining({ state: 'connected', pending: false }),
      ]);
    }, 30_000);
    for (const id of [one.statusId, two.statusId]) {
      const [a, b] = [await ana.db.mentions.get(id), await bo.db.mentions.get(id)];
      expect([a?.status, a?.label, a?.respondedAt]).toEqual([b?.status, b?.label, b?.respondedAt]);
    }
  });

  it('a restarted server loses nothing (SQLite)', async () => {
    const t = createTeam(running);
    const lead = await join(await t.invite('lead'), 'Lea');
    const ms = Array.from({ length: 50 }, (_, i) => mention({ statusId: String(1800000000000002000n + BigInt(i)) }));
    await lead.db.mentions.bulkAdd(ms);
    await act(lead, ms[0]!.statusId, { kind: 'dismiss' });
    await saveSettings(lead.db, { brandName: 'Lumen Mobile' });
    await eventually(() => expect(lead.sync.status().pending).toBe(false));
    const agentInvite = await t.invite('agent');
    // Nobody who could re-send the data stays connected: what Cy gets comes from the data directory.
    await lead.sync.stop();
    members.splice(members.indexOf(lead), 1);

    await running.stop();
    running = await server(dir.path, { port });
    const cy = await join(agentInvite, 'Cy');
    await eventually(async () => {
      expect(await cy.db.mentions.count()).toBe(50);
      expect((await cy.db.mentions.get(ms[0]!.statusId))?.status).toBe('dismissed');
      expect((await loadSettings(cy.db)).brandName).toBe('Lumen Mobile');
    });
    expect(queueCards(cy.sync.docs).length).toBe(50);
  });
});
