import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/model';
import { assignMentions } from '../../../lib/team/assign';
import { mention } from '../factories';
import { eventually, shared, teamFixture, type Agent } from './agents';

const fixture = teamFixture();

async function team(...specs: [string, ('lead' | 'agent')?][]): Promise<Agent[]> {
  const out: Agent[] = [];
  for (const [name, role] of specs) out.push(await fixture.join(name, role ?? 'agent'));
  return out;
}

describe('the shared queue', () => {
  it("a mention one agent's Careline sees reaches the other's database, built from its card", async () => {
    const [ana, bo] = await team(['Ana'], ['Bo']);
    const m = mention({ statusId: '1800000000000000100', text: '@LumenMobile my bill doubled', label: 'complaint' });
    await ana!.db.mentions.add(m);
    await eventually(async () => expect(await bo!.db.mentions.get(m.statusId)).toBeDefined());
    const there = (await bo!.db.mentions.get(m.statusId))!;
    expect(there).toMatchObject({ authorHandle: m.authorHandle, text: m.text, label: 'complaint', status: 'new', postedAt: m.postedAt });
    expect(there.url).toBe(`https://x.com/${m.authorHandle}/status/${m.statusId}`);
    // Its SLA deadline is computed from Bo's own copy of the policy.
    expect(there.slaDeadline).toBe(m.postedAt + 60 * 60_000);
    expect(bo!.changed.map((c) => c.statusId)).toContain(m.statusId);
  });

  it("a dismissal by one stops the other's timer", async () => {
    const [ana, bo] = await team(['Ana'], ['Bo']);
    const m = mention({ statusId: '1800000000000000101' });
    await ana!.db.mentions.add(m);
    await bo!.db.mentions.add(m); // Bo's Careline read the same post
    await eventually(async () => expect(ana!.sync.index.hasCard(m.statusId)).toBe(true));
    ana!.now.t += 60_000;
    await ana!.act(m.statusId, { kind: 'dismiss' });
    await eventually(async () => expect((await bo!.db.mentions.get(m.statusId))?.status).toBe('dismissed'));
    expect((await bo!.db.mentions.get(m.statusId))?.dismissedAt).toBeGreaterThan(0);
    expect(bo!.changed.some((c: Mention) => c.statusId === m.statusId && c.status === 'dismissed')).toBe(true);
  });

  it('a relabel travels as the agent label and moves the deadline on the other machine', async () => {
    const [ana, bo] = await team(['Ana'], ['Bo']);
    const m = mention({ statusId: '1800000000000000102', label: 'question' });
    await ana!.db.mentions.add(m);
    await eventually(async () => expect(await bo!.db.mentions.get(m.statusId)).toBeDefined());
    await ana!.act(m.statusId, { kind: 'relabel', label: 'crisis' });
    await eventually(async () => expect((await bo!.db.mentions.get(m.statusId))?.label).toBe('crisis'));
    const there = (await bo!.db.mentions.get(m.statusId))!;
    expect(there.labelSource).toBe('agent');
    expect(there.slaDeadline).toBe(m.postedAt + 15 * 60_000);
  });
});

describe('server stopped, both edit, server back, both converge', () => {
  it('merges both sides with nothing lost and the same result on both machines', async () => {
    const [ana, bo] = await team(['Ana'], ['Bo']);
    const one = mention({ statusId: '1800000000000000200' });
    const two = mention({ statusId: '1800000000000000201' });
    await ana!.db.mentions.bulkAdd([one, two]);
    await eventually(async () => expect(await bo!.db.mentions.count()).toBe(2));

    fixture.hub().stop();
    await eventually(() => expect(ana!.sync.status().state).toBe('offline'));
    // Offline: Ana answers the first mention; later Bo, not knowing, starts it, and relabels and notes the second.
    ana!.now.t += 60_000;
    await ana!.act(one.statusId, { kind: 'replied', at: ana!.now.t, via: 'reply' });
    bo!.now.t += 120_000;
    await bo!.act(one.statusId, { kind: 'start' });
    await bo!.act(two.statusId, { kind: 'relabel', label: 'crisis' });
    await bo!.db.mentions.update(two.statusId, { notes: 'customer called the shop' });
    ana!.now.t += 120_000;
    await ana!.db.mentions.update(two.statusId, { notes: 'refund promised' });
    expect(ana!.sync.status().pending).toBe(true);

    fixture.hub().start();
    await eventually(async () => {
      for (const id of [one.statusId, two.statusId]) {
        expect(shared(await ana!.db.mentions.get(id))).toEqual(shared(await bo!.db.mentions.get(id)));
      }
      const first = (await bo!.db.mentions.get(one.statusId))!;
      expect(first.status).toBe('responded');
      const second = (await ana!.db.mentions.get(two.statusId))!;
      expect(second.label).toBe('crisis');
      expect(second.notes).toBe('customer called the shop\nrefund promised');
    });
    await eventually(() => expect(ana!.sync.status().pending).toBe(false));
  });

  it('keeps offline changes across a restart of the worker (the outbox)', async () => {
    const [ana, bo] = await team(['Ana'], ['Bo']);
    const m = mention({ statusId: '1800000000000000202' });
    await ana!.db.mentions.add(m);
    await eventually(async () => expect(await bo!.db.mentions.get(m.statusId)).toBeDefined());
    fixture.hub().stop();
    await ana!.act(m.statusId, { kind: 'escalate' });
    // The worker stops while offline: its Y.Doc is gone, the outbox is in the database.
    await eventually(async () => expect(((await ana!.db.settings.get('teamOutbox'))?.value as unknown[]).length).toBeGreaterThan(0));
    await ana!.restart();
    fixture.hub().start();
    await eventually(async () => expect((await bo!.db.mentions.get(m.statusId))?.status).toBe('escalated'));
  });
});

describe('joining with a history', () => {
  it("publishes the joiner's mentions and decisions, but the team's decisions stand where it made them", async () => {
    const [ana] = await team(['Ana']);
    const both = mention({ statusId: '1800000000000000300' });
    await ana!.db.mentions.add(both);
    await ana!.act(both.statusId, { kind: 'dismiss' });
    const soloOnly = mention({ statusId: '1800000000000000301', status: 'responded', respondedAt: Date.parse('2026-12-01T10:00:00Z'), responseKind: 'reply' });
    const cy = await fixture.join('Cy', 'agent', async (db) => {
      await db.mentions.bulkAdd([{ ...both, status: 'escalated', escalatedAt: 5 }, soloOnly]);
    });
    await eventually(async () => {
      expect((await cy.db.mentions.get(both.statusId))?.status).toBe('dismissed');
      expect((await ana!.db.mentions.get(soloOnly.statusId))?.status).toBe('responded');
    });
  });
});

describe('assignment', () => {
  it("a lead's assignment reaches the agent, with the lead in the agent's audit log", async () => {
    const [lead, bo] = await team(['Lea', 'lead'], ['Bo']);
    const m = mention({ statusId: '1800000000000000400' });
    await lead!.db.mentions.add(m);
    await eventually(async () => expect(await bo!.db.mentions.get(m.statusId)).toBeDefined());
    await assignMentions(lead!.db, [m.statusId], 'Bo', 'Lea', lead!.now.t);
    await eventually(async () => expect((await bo!.db.mentions.get(m.statusId))?.assignee).toBe('Bo'));
    const audit = await bo!.db.audit.where('kind').equals('assigned').toArray();
    expect(audit).toEqual([expect.objectContaining({ statusId: m.statusId, actor: 'Lea', to: 'Bo' })]);
    expect(await lead!.db.audit.where('kind').equals('assigned').count()).toBe(1);
  });

  it("an agent's own assignment is not sent (the server would refuse it)", async () => {
    const [ana] = await team(['Ana']);
    const m = mention({ statusId: '1800000000000000401' });
    await ana!.db.mentions.add(m);
    await assignMentions(ana!.db, [m.statusId], 'Ana', 'Ana', ana!.now.t);
    await ana!.sync.idle();
    expect(fixture.hub().serverDoc('t_unitteam1/assignments').getArray('log').length).toBe(0);
  });
});
