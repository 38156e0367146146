import { describe, expect, it } from 'vitest';
import type { Template } from '../../../lib/model';
import { loadSettings, saveSettings } from '../../../lib/settings/store';
import type { TeamCorrection } from '../../../lib/team/corrections';
import { approveTemplate, createTemplate } from '../../../lib/templates';
import { mention } from '../factories';
import { eventually, teamFixture } from './agents';

const { hub, running, join } = teamFixture();

function approvedTemplate(now: number): Template {
  const lead = { name: 'Lea', role: 'lead' as const };
  const draft = createTemplate(
    { title: 'Outage apology', body: 'Sorry {{customer.name}}, we are on it.', kind: 'public_reply', labels: ['complaint'], lang: 'en' },
    lead,
    now,
    'tpl-outage',
  );
  if (!draft.ok) throw new Error('draft');
  const approved = approveTemplate(draft.template, lead, now);
  if (!approved.ok) throw new Error('approve');
  return approved.template;
}

describe('the library and the policy are the team’s', () => {
  it("a lead's approved template reaches the agent; an agent's own draft stays on the agent's machine", async () => {
    const lead = await join('Lea', 'lead');
    const bo = await join('Bo');
    const t = approvedTemplate(lead.now.t);
    await lead.db.templates.put(t);
    await eventually(async () => expect((await bo.db.templates.get(t.id))?.status).toBe('approved'));
    await bo.db.templates.put({ ...t, id: 'tpl-bo-draft', status: 'draft' });
    await bo.sync.idle();
    expect(await lead.db.templates.get('tpl-bo-draft')).toBeUndefined();
  });

  it('a lead joining an empty team brings their library and policy; an agent joining gets them', async () => {
    const t = approvedTemplate(Date.parse('2026-12-01T00:00:00Z'));
    const lead = await join('Lea', 'lead', async (db) => {
      await db.templates.put(t);
      await saveSettings(db, { brandName: 'Lumen Mobile', labelRules: [{ phrase: 'recall', label: 'crisis' }] });
    });
    const bo = await join('Bo');
    await eventually(async () => {
      expect(await bo.db.templates.get(t.id)).toBeDefined();
      const s = await loadSettings(bo.db);
      expect(s.brandName).toBe('Lumen Mobile');
      expect(s.labelRules).toEqual([{ phrase: 'recall', label: 'crisis' }]);
      // Personal settings are not the team's.
      expect(s.agentName).toBe('Bo');
    });
    expect(lead.sync.status().state).toBe('connected');
  });

  it("a lead's SLA change moves the agent's open deadlines", async () => {
    const lead = await join('Lea', 'lead');
    const bo = await join('Bo');
    const m = mention({ statusId: '1800000000000000500', label: 'complaint' });
    await bo.db.mentions.add(m);
    const sla = (await loadSettings(lead.db)).sla;
    await saveSettings(lead.db, { sla: { ...sla, targets: { ...sla.targets, complaint: 30 } } });
    await eventually(async () => expect((await bo.db.mentions.get(m.statusId))?.slaDeadline).toBe(m.postedAt + 30 * 60_000));
    expect((await loadSettings(bo.db)).sla.targets.complaint).toBe(30);
  });

  it("an agent's policy edit is not sent", async () => {
    await join('Lea', 'lead');
    const bo = await join('Bo');
    await saveSettings(bo.db, { brandName: 'Mine' });
    await bo.sync.idle();
    expect(hub().serverDoc('t_unitteam1/policy').getMap('settings').get('brandName')).not.toBe('"Mine"');
  });
});

describe('corrections travel to every other Careline once', () => {
  it("hands another agent's relabel to the subscriber, not one's own, and not twice after a restart", async () => {
    const ana = await join('Ana');
    const bo = await join('Bo');
    const got: TeamCorrection[] = [];
    bo.sync.corrections.subscribe((batch) => void got.push(...batch));
    const mine: TeamCorrection[] = [];
    ana.sync.corrections.subscribe((batch) => void mine.push(...batch));
    const m = mention({ statusId: '1800000000000000600', text: 'the recall notice scares me', lang: 'en', label: 'question' });
    await ana.db.mentions.add(m);
    await ana.act(m.statusId, { kind: 'relabel', label: 'crisis' });
    await eventually(() => expect(got).toEqual([expect.objectContaining({ text: m.text, lang: 'en', label: 'crisis', agent: 'Ana' })]));
    expect(mine).toEqual([]);
    await bo.sync.corrections.idle();
    await bo.restart();
    const again: TeamCorrection[] = [];
    bo.sync.corrections.subscribe((batch) => void again.push(...batch));
    await bo.sync.ready;
    await bo.sync.corrections.idle();
    expect(again).toEqual([]);
  });
});

describe('claims', () => {
  it("shows who is replying on the other agent's board, and ends with release or the agent going away", async () => {
    const ana = await join('Ana');
    const bo = await join('Bo');
    const id = '1800000000000000700';
    const seen: Map<string, string>[] = [];
    bo.sync.claims.onChange((c) => seen.push(c));
    ana.sync.claims.claim(id, 'composer');
    await eventually(() => expect(bo.sync.claims.claimedBy().get(id)).toBe('Ana'));
    expect(bo.sync.claims.holders(id)).toEqual([expect.objectContaining({ name: 'Ana', kind: 'composer' })]);
    expect(ana.sync.claims.claimedBy().size).toBe(0);
    expect(seen.at(-1)?.get(id)).toBe('Ana');
    ana.sync.claims.release(id);
    await eventually(() => expect(bo.sync.claims.claimedBy().has(id)).toBe(false));
    ana.sync.claims.claim(id, 'menu');
    await eventually(() => expect(bo.sync.claims.claimedBy().get(id)).toBe('Ana'));
    await ana.sync.stop();
    running.splice(running.indexOf(ana), 1);
    await eventually(() => expect(bo.sync.claims.claimedBy().has(id)).toBe(false));
  });
});
