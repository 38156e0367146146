import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import type { CarelineDB } from '../../../lib/db/database';
import { incidentInput } from '../../../lib/crisis/incident-ranking';
import { CrisisMonitor } from '../../../lib/crisis/monitor';
import { postCrisisReport } from '../../../lib/crisis/report';
import { incidentMentionsCsv } from '../../../lib/crisis/mentions-csv';
import { slaCounts, slaStats } from '../../../lib/mentions/sla-snapshot';
import type { Template } from '../../../lib/model';
import { mention, settings } from '../factories';
import { fakeCrisisContext, freshDbs, routeCrisis, type Role } from './crisis-service';

const T = Date.parse('2026-11-23T09:00:00Z');
const MIN = 60_000;
let db: CarelineDB;
let drillDb: CarelineDB;
let now = T;
const setup = () => fakeCrisisContext(db, drillDb, { now: () => now, settings: settings({ brandName: 'Lumen Mobile' }) });

beforeEach(() => {
  ({ db, drillDb } = freshDbs());
  now = T;
});
afterEach(async () => {
  db.close();
  drillDb.close();
  await Dexie.delete(db.name);
  await Dexie.delete(drillDb.name);
});

async function send<T = { ok: boolean; id?: string; error?: string }>(ctx: ReturnType<typeof setup>['ctx'], msg: object, role: Role = 'lead'): Promise<T> {
  const r = await routeCrisis(ctx, msg, role);
  if (!r?.ok) throw new Error(r?.error ?? 'not routed');
  return r.data as T;
}

const outage = (i: number, over = {}) =>
  mention({ statusId: String(5_000_000 + i), authorHandle: `cust${i}`, text: `@LumenMobile outage in Zagreb again, nothing works ${i}`, postedAt: T + i * 10_000, ...over });
const holding: Template = {
  id: 'hold-1', title: 'We are on it', body: 'We know about the outage and are fixing it.', kind: 'holding_statement',
  labels: ['crisis', 'complaint'], lang: 'en', status: 'approved', version: 1, history: [], createdAt: 1, updatedAt: 1,
};

describe('crisis requests: who may send what', () => {
  it('lets only a lead declare or close, an agent propose, and X pages read the notice only', async () => {
    const { ctx } = setup();
    const declare = { type: 'incidentDeclare', severity: 'high', description: 'Outage in Zagreb' };
    expect(await routeCrisis(ctx, declare, 'extension')).toEqual({ ok: false, error: 'incidentDeclare needs lead access' });
    expect(await routeCrisis(ctx, { type: 'incidentPropose', severity: 'high', description: 'x' }, 'page')).toMatchObject({ ok: false });
    expect(await routeCrisis(ctx, { type: 'incidentPropose', severity: 'high', description: 'Outage?' }, 'extension')).toMatchObject({ ok: true });
    expect(await routeCrisis(ctx, { type: 'crisisNotice' }, 'page')).toEqual({ ok: true, data: { notice: null } });
    expect(await routeCrisis(ctx, { type: 'drillStart', lang: 'en' }, 'extension')).toMatchObject({ ok: false });
    expect(await routeCrisis(ctx, { type: 'incidentDeclare', severity: 'apocalyptic', description: 'x' }, 'lead')).toMatchObject({ ok: false });
  });
});

describe('incidents', () => {
  it('declared from an alert: links the mentions about its topic, marks them and tells the X tabs', async () => {
    const { ctx, broadcast } = setup();
    await db.mentions.bulkAdd([...Array.from({ length: 12 }, (_, i) => outage(i)), mention({ statusId: '999', text: '@LumenMobile love the new plan', label: 'praise', postedAt: T })]);
    const monitor = await CrisisMonitor.load(db, T - 5 * MIN);
    const { alert } = await monitor.onMentions(await db.mentions.toArray(), { handles: ['LumenMobile'], keywords: [] }, T + 2 * MIN);
    expect(alert?.topic?.terms).toEqual(expect.arrayContaining(['outage', 'zagreb']));
    now = T + 3 * MIN;
    const r = await send(ctx, { type: 'incidentDeclare', severity: 'high', description: 'Network outage in Zagreb', alertId: alert!.id });
    expect(r.ok).toBe(true);
    const marked = await db.mentions.where('statusId').anyOf(Array.from({ length: 12 }, (_, i) => String(5_000_000 + i))).toArray();
    expect(marked.every((m) => m.incidentId === r.id)).toBe(true);
    expect((await db.mentions.get('999'))?.incidentId).toBeUndefined();
    expect(broadcast).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ statusId: '5000000', incidentId: r.id })]));
    expect((await db.surgeAlerts.get(alert!.id))?.incidentId).toBe(r.id);
    // New mentions about the topic join by themselves.
    now = T + 10 * MIN;
    const late = outage(40, { postedAt: T + 9 * MIN });
    await db.mentions.add(late);
    const { linked } = await monitor.onMentions([late], { handles: ['LumenMobile'], keywords: [] }, now);
    expect(linked.map((m) => m.incidentId)).toEqual([r.id]);
  });

  it('a proposal becomes an incident when a lead declares it; the log says who did what and when', async () => {
    const { ctx } = setup();
    const proposed = await send(ctx, { type: 'incidentPropose', severity: 'medium', description: 'Many angry posts about refunds' }, 'extension');
    now += MIN;
    await send(ctx, { type: 'incidentDeclare', id: proposed.id, severity: 'high', description: 'Refund outage' });
    now += MIN;
    await send(ctx, { type: 'incidentStep', id: proposed.id, stepId: 'identify', done: true }, 'extension');
    await send(ctx, { type: 'incidentStepOwner', id: proposed.id, stepId: 'statement', owner: 'Iva (comms)' });
    const inc = (await db.incidents.get(proposed.id!))!;
    expect(inc).toMatchObject({ status: 'active', severity: 'high', description: 'Refund outage', proposedBy: 'Ana', declaredAt: T + MIN });
    expect(inc.checklist.find((s) => s.id === 'identify')).toMatchObject({ doneAt: T + 2 * MIN, doneBy: 'Ana' });
    expect(inc.checklist.find((s) => s.id === 'statement')?.owner).toBe('Iva (comms)');
    const log = await db.incidentLog.where('incidentId').equals(proposed.id!).sortBy('at');
    expect(log.map((e) => e.kind)).toEqual(['proposed', 'declared', 'step_done', 'owner_changed']);
    expect(log.every((e) => e.actor === 'Ana')).toBe(true);
  });

  it('accepts only an approved holding statement, and offers it for the incident’s mentions', async () => {
    const { ctx } = setup();
    await db.templates.bulkAdd([holding, { ...holding, id: 'draft', status: 'draft' }, { ...holding, id: 'reply', kind: 'public_reply' }]);
    await db.mentions.add(outage(1));
    const { id } = await send(ctx, { type: 'incidentDeclare', severity: 'high', description: 'Outage', keywords: ['outage'] });
    expect(await send(ctx, { type: 'incidentStatement', id, templateId: 'draft' })).toEqual({ ok: false, error: 'the holding statement is not approved' });
    expect(await send(ctx, { type: 'incidentStatement', id, templateId: 'reply' })).toEqual({ ok: false, error: 'not a holding statement' });
    expect(await send(ctx, { type: 'incidentStatement', id, templateId: 'hold-1' })).toEqual({ ok: true, id });
    expect(await incidentInput(db, (await db.mentions.get('5000001'))!)).toEqual({ id, holdingStatementIds: ['hold-1'] });
  });

  it('linking and unlinking by hand', async () => {
    const { ctx } = setup();
    await db.mentions.bulkAdd([outage(1), mention({ statusId: '777', text: '@LumenMobile my bill is wrong' })]);
    const { id } = await send(ctx, { type: 'incidentDeclare', severity: 'low', description: 'Outage', keywords: ['outage'] });
    await send(ctx, { type: 'incidentLink', id, statusId: '777', linked: true }, 'extension');
    expect((await db.mentions.get('777'))?.incidentId).toBe(id);
    await send(ctx, { type: 'incidentLink', id, statusId: '5000001', linked: false }, 'extension');
    expect((await db.mentions.get('5000001'))?.incidentId).toBeUndefined();
    expect(await db.incidentLinks.where('incidentId').equals(id!).count()).toBe(1);
    expect(await send(ctx, { type: 'incidentLink', id, statusId: '123', linked: true }, 'extension')).toEqual({ ok: false, error: 'no mention 123' });
  });

  it('closing releases the mentions and the report agrees with the stored mentions', async () => {
    const { ctx } = setup();
    const ms = Array.from({ length: 10 }, (_, i) =>
      outage(i, i < 6 ? { status: 'responded', respondedAt: T + i * 10_000 + (i < 4 ? 10 : 90) * MIN, label: 'complaint' } : {}),
    );
    await db.mentions.bulkAdd([...ms, mention({ statusId: '888', text: '@LumenMobile great shop', label: 'praise', postedAt: T - 3 * 60 * MIN })]);
    await db.templates.add(holding);
    now = T + 5 * MIN;
    const { id } = await send(ctx, { type: 'incidentDeclare', severity: 'high', description: 'Outage', keywords: ['outage'] });
    await send(ctx, { type: 'incidentStatement', id, templateId: 'hold-1' });
    await db.audit.add({ at: T + 8 * MIN, kind: 'template_inserted', statusId: '5000002', actor: 'Ana', detail: 'hold-1' });
    now = T + 120 * MIN;
    await send(ctx, { type: 'incidentClose', id });
    expect(await db.mentions.where('statusId').startsWith('500000').filter((m) => m.incidentId !== undefined).count()).toBe(0);
    const inc = (await db.incidents.get(id!))!;
    const links = await db.incidentLinks.where('incidentId').equals(id!).toArray();
    const linked = (await db.mentions.bulkGet(links.map((l) => l.statusId))).filter((m) => !!m);
    const report = postCrisisReport({
      incident: inc, linked, around: await db.mentions.toArray(), log: await db.incidentLog.where('incidentId').equals(id!).toArray(),
      audit: await db.audit.toArray(), policy: settings().sla, now,
    });
    expect(report.mentions).toMatchObject({ total: 10, handled: 6, open: 4, negative: 10 });
    expect(report.onset).toBe(T);
    expect(report.timeToFirstStatementMs).toBe(8 * MIN);
    expect(report.response).toMatchObject({ responded: 6, withinTarget: 4 });
    expect(report.sentiment.before).toMatchObject({ mentions: 1, negative: 0 });
    expect(report.peak.per10Minutes).toBe(10);
    expect(report.timeline.at(-1)?.kind).toBe('closed');
    const csv = incidentMentionsCsv(linked, links, settings().sla);
    expect(csv.trim().split('\r\n')).toHaveLength(11);
  });
});

describe('drills never mix with real data', () => {
  it('keeps synthetic mentions, alerts and incidents in the drill database only', async () => {
    const { ctx, broadcast } = setup();
    await db.mentions.add(mention({ statusId: '42', postedAt: T - MIN }));
    const before = await slaCounts(db, now);
    const started = await send<{ ok: true; mentions: number; alert: { id: string; drill: boolean } | null }>(ctx, { type: 'drillStart', lang: 'hr' });
    expect(started.mentions).toBeGreaterThan(40);
    expect(started.alert).toMatchObject({ drill: true });
    const { id } = await send(ctx, { type: 'incidentDeclare', severity: 'high', description: 'Drill: kvar', alertId: started.alert!.id, drill: true });
    now += 30 * MIN;
    await send(ctx, { type: 'incidentClose', id, drill: true });

    // The real database: the one mention it had, no alert, no incident, same queue and badge, same report figures.
    expect(await db.mentions.count()).toBe(1);
    expect(await db.surgeAlerts.count()).toBe(0);
    expect(await db.incidents.count()).toBe(0);
    expect(await db.incidentLinks.count()).toBe(0);
    const after = await slaCounts(db, now);
    expect({ byLabel: after.byLabel, total: after.total }).toEqual({ byLabel: before.byLabel, total: before.total });
    expect((await slaStats(db, settings(), now)).week.responded).toBe(0);
    expect(await routeCrisis(ctx, { type: 'crisisNotice' }, 'page')).toEqual({ ok: true, data: { notice: null } });
    expect(broadcast).not.toHaveBeenCalled();
    // The drill database holds the rehearsal.
    expect(await drillDb.mentions.count()).toBe(started.mentions);
    expect(await drillDb.incidentLinks.where('incidentId').equals(id!).count()).toBeGreaterThan(30);
    await send(ctx, { type: 'drillReset' });
    expect(await drillDb.mentions.count()).toBe(0);
    expect(await db.mentions.count()).toBe(1);
  });
});

describe('playbook and detector state', () => {
  it('saves a team’s playbook, refuses duplicate step ids, resets to the default', async () => {
    const { ctx } = setup();
    const steps = [{ id: 'a', title: 'Call the CEO', owner: 'Marko', dueMinutes: 5 }];
    expect(await send(ctx, { type: 'playbookSave', steps })).toEqual({ ok: true });
    const { id } = await send(ctx, { type: 'incidentDeclare', severity: 'low', description: 'x' });
    expect((await db.incidents.get(id!))?.checklist.map((s) => s.title)).toEqual(['Call the CEO']);
    expect(await send(ctx, { type: 'playbookSave', steps: [...steps, ...steps] })).toMatchObject({ ok: false });
    await send(ctx, { type: 'playbookReset' });
    const { id: id2 } = await send(ctx, { type: 'incidentDeclare', severity: 'low', description: 'y' });
    expect((await db.incidents.get(id2!))?.checklist).toHaveLength(9);
  });

  it('keeps the detector’s state across a service-worker restart', async () => {
    const brand = { handles: ['LumenMobile'], keywords: [] };
    const first = await CrisisMonitor.load(db, T);
    await first.onMentions(Array.from({ length: 6 }, (_, i) => outage(i)), brand, T + MIN);
    await first.persist();
    const second = await CrisisMonitor.load(db, T + 2 * MIN);
    const { alert } = await second.onMentions(Array.from({ length: 8 }, (_, i) => outage(10 + i)), brand, T + 3 * MIN);
    expect(alert).not.toBeNull();
    const fresh = await CrisisMonitor.load(drillDb, T + 2 * MIN);
    expect((await fresh.onMentions(Array.from({ length: 8 }, (_, i) => outage(10 + i)), brand, T + 3 * MIN)).alert).toBeNull();
  });

  it('dismissing the surge hides the notice', async () => {
    const { ctx, surgeChanged } = setup();
    now = T + 3 * MIN;
    const monitor = await CrisisMonitor.load(db, T);
    const { alert } = await monitor.onMentions(Array.from({ length: 14 }, (_, i) => outage(i)), { handles: ['LumenMobile'], keywords: [] }, now);
    const notice = await send<{ notice: { mentions: number; topic: string[] } | null }>(ctx, { type: 'crisisNotice' }, 'page');
    expect(notice.notice?.topic).toEqual(expect.arrayContaining(['outage']));
    await send(ctx, { type: 'surgeDismiss', alertId: alert!.id }, 'extension');
    expect(surgeChanged).toHaveBeenCalled();
    expect(await send(ctx, { type: 'crisisNotice' }, 'page')).toEqual({ notice: null });
  });
});
