// The live wiring: posts X's page reports go through the real service into the surge monitor; the
// minute tick ends a surge that quietened; mentions joining an incident reach the X tabs and the
// background's cache with their incident.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import type { StoredAlert } from '../../../lib/crisis/model';
import type { MentionView } from '../../../lib/model';
import { createService } from '../../../lib/service';
import { fakePorts, X_PAGE } from '../../support/background';
import { post } from '../factories';

const T = Date.parse('2026-11-23T09:00:00Z');
const MIN = 60_000;
let now = T;
let db: CarelineDB;
let drillDb: CarelineDB;
let broadcasts: MentionView[][];
let surges: (StoredAlert | undefined)[];
let service: ReturnType<typeof createService>;

beforeEach(() => {
  now = T;
  const stamp = `${Date.now()}-${Math.random()}`;
  db = new CarelineDB(`watch-${stamp}`);
  drillDb = new CarelineDB(`watch-drill-${stamp}`);
  broadcasts = [];
  surges = [];
  const ports = fakePorts({
    now: () => now,
    broadcast: async (v) => void broadcasts.push(v),
    surgeChanged: (a) => void surges.push(a),
  });
  service = createService(db, ports, drillDb);
});
afterEach(async () => {
  db.close();
  drillDb.close();
  await Dexie.delete(db.name);
  await Dexie.delete(drillDb.name);
});

const observe = (posts: ReturnType<typeof post>[]) =>
  service.handlers.observe(
    { type: 'observe', pageUrl: 'https://x.com/search?q=LumenMobile', signedInHandle: 'LumenMobile', signedInName: 'Lumen Mobile', accountId: '9', posts },
    X_PAGE,
  );
const outage = (i: number, at = now - 6 * MIN + i * 20_000) =>
  post({ statusId: String(7_000_000 + i), authorHandle: `cust${i}`, text: `@LumenMobile outage in Zagreb, no signal at all ${i}`, postedAt: new Date(at).toISOString() });

async function streamSurge(n = 16) {
  for (let i = 0; i < n; i += 4) await observe(Array.from({ length: 4 }, (_, k) => outage(i + k)));
  await vi.waitFor(() => expect(surges.some((a) => a?.topic?.terms.includes('outage'))).toBe(true));
}

describe('the surge monitor fed by observe', () => {
  it('raises an alert about the topic when 16 angry posts arrive within minutes on a fresh install', async () => {
    await streamSurge();
    const alert = surges.find((a) => a)!;
    expect(alert.topic?.terms).toEqual(expect.arrayContaining(['outage', 'zagreb']));
    expect(alert.negativeShare).toBe(1);
    expect(await db.surgeAlerts.get(alert.id)).toMatchObject({ id: alert.id });
    const notice = await service.handlers.crisisNotice({ type: 'crisisNotice' }, X_PAGE);
    expect(notice.notice).toMatchObject({ alertId: alert.id, negativeShare: 1 });
  });

  it('stays silent on one angry post, and on the same post shown again', async () => {
    await observe([outage(1)]);
    await observe([outage(1)]);
    await service.crisis.tick();
    expect(surges).toEqual([]);
    expect(await db.surgeAlerts.count()).toBe(0);
  });

  it('links new posts about a declared incident and answers them with their incident, in the X tabs and from the cache', async () => {
    await streamSurge();
    const alert = surges.find((a) => a)!;
    const declared = await service.handlers.incidentDeclare(
      { type: 'incidentDeclare', severity: 'high', description: 'Outage in Zagreb', alertId: alert.id },
      { context: 'extension' },
    );
    if (!declared.ok) throw new Error(declared.error);
    // Already shown posts were marked and re-observing them (X re-creates them on scroll) keeps the mark.
    const again = await observe([outage(0)]);
    expect(again.views[0]?.incidentId).toBe(declared.id);
    now += 2 * MIN;
    broadcasts = [];
    await observe([outage(30, now - 10_000)]);
    await vi.waitFor(() => expect(broadcasts.flat().map((v) => [v.statusId, v.incidentId])).toContainEqual(['7000030', declared.id]));
    expect((await observe([outage(30, now - 10_000)])).views[0]?.incidentId).toBe(declared.id);
  });

  it('ends the alert on the minute tick once its topic has been quiet for 30 watched minutes', async () => {
    await streamSurge();
    const alert = surges.find((a) => a)!;
    surges = [];
    now += 10 * MIN;
    await observe([]);
    await service.crisis.tick();
    expect(surges).toEqual([]);
    for (let m = 1; m <= 25; m++) {
      now += MIN;
      await observe([]);
      await service.crisis.tick();
    }
    expect(surges).toEqual([undefined]);
    const ended = (await db.surgeAlerts.get(alert.id))?.endedAt;
    expect(ended).toBeGreaterThanOrEqual(alert.raisedAt + 30 * MIN);
    expect(ended).toBeLessThan(now);
    expect((await service.handlers.crisisNotice({ type: 'crisisNotice' }, X_PAGE)).notice).toBeNull();
  });

  it('does not end an alert while no X tab is watched (nothing seen is not quiet)', async () => {
    await streamSurge();
    surges = [];
    for (let m = 1; m <= 50; m++) {
      now += MIN;
      await service.crisis.tick();
    }
    expect(surges).toEqual([]);
    expect((await service.handlers.crisisNotice({ type: 'crisisNotice' }, X_PAGE)).notice).not.toBeNull();
  });
});
