import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSlaClock } from '../../../entrypoints/background/sla-clock';
import { CarelineDB } from '../../../lib/db/database';
import { COUNTS_SNAPSHOT_KEY, snapshotStillValid, type CountsSnapshot } from '../../../lib/popup/snapshot';
import { slaCounts } from '../../../lib/mentions/sla-snapshot';
import { mention } from '../factories';

const min = 60_000;
let db: CarelineDB;

beforeEach(async () => {
  // WXT's fake browser leaves i18n out; the badge's title is written in the browser's language.
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  db = new CarelineDB(`clock-${Math.random()}`);
  const now = Date.now();
  await db.mentions.bulkAdd([
    // breached complaint
    mention({ statusId: '1', label: 'complaint', postedAt: now - 90 * min, slaDeadline: now - 30 * min, slaDueSoonAt: now - 45 * min }),
    // crisis about to breach: inside the 10-minute lead time
    mention({ statusId: '2', label: 'crisis', postedAt: now - 10 * min, slaDeadline: now + 5 * min, slaDueSoonAt: now - 1 * min }),
    // a question about to breach: never alerted (only crisis and complaint are)
    mention({ statusId: '3', label: 'question', postedAt: now - 55 * min, slaDeadline: now + 5 * min, slaDueSoonAt: now - 10 * min }),
  ]);
});

describe('SLA clock in the background', () => {
  it('sets the badge to the breached count, alerts a crisis about to breach once, and schedules the next wake-up', async () => {
    const clock = startSlaClock(db);
    await clock.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    const shown = Object.keys(await fakeBrowser.notifications.getAll());
    expect(shown).toEqual(['careline:mention:2']);
    expect((await db.mentions.get('2'))!.alertedAt).toBeDefined();
    expect(await db.audit.where('kind').equals('alert_sent').count()).toBe(1);

    await fakeBrowser.notifications.clear('careline:mention:2');
    await clock.refresh();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);

    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name).sort()).toEqual(['careline:minute', 'careline:next']);
    const next = alarms.find((a) => a.name === 'careline:next')!;
    expect(next.scheduledTime).toBeLessThanOrEqual(Date.now() + 5 * min);
  });

  it('recomputes when an alarm fires, with no page open', async () => {
    const clock = startSlaClock(db);
    await clock.refresh();
    await db.mentions.update('2', { slaDeadline: Date.now() - 1000 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'careline:next', scheduledTime: Date.now() });
    await clock.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('opens the post when its notification is clicked', async () => {
    const clock = startSlaClock(db);
    await clock.refresh();
    await fakeBrowser.notifications.onClicked.trigger('careline:mention:2');
    await new Promise((r) => setTimeout(r, 20));
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url === 'https://x.com/marta_k/status/2')).toBe(true);
  });

  it('keeps the popup’s counts in session storage until the next change or deadline', async () => {
    const clock = startSlaClock(db);
    await clock.refresh();
    const stored = (await fakeBrowser.storage.session.get(COUNTS_SNAPSHOT_KEY))[COUNTS_SNAPSHOT_KEY] as CountsSnapshot;
    const now = Date.now();
    expect(snapshotStillValid(stored, now)).toEqual({ counts: await slaCounts(db, now), surge: null });
    expect(stored.counts).toMatchObject({ breached: 1, dueSoon: 2, total: 3 });
    // The crisis's deadline is the next time-driven change: the snapshot says so.
    expect(stored.validUntil).toBe((await db.mentions.get('2'))!.slaDeadline);

    // A change: the old counts are withdrawn at once, then written anew.
    await db.mentions.update('3', { status: 'responded' });
    const again = clock.refresh();
    await new Promise((r) => setTimeout(r, 0));
    expect(snapshotStillValid((await fakeBrowser.storage.session.get(COUNTS_SNAPSHOT_KEY))[COUNTS_SNAPSHOT_KEY], Date.now())).toBeUndefined();
    await again;
    const after = (await fakeBrowser.storage.session.get(COUNTS_SNAPSHOT_KEY))[COUNTS_SNAPSHOT_KEY] as CountsSnapshot;
    expect(after.counts).toMatchObject({ breached: 1, dueSoon: 1, total: 2 });

    // Time alone (the minute alarm) leaves them on show while they are counted again.
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'careline:minute', scheduledTime: Date.now() });
    expect(snapshotStillValid((await fakeBrowser.storage.session.get(COUNTS_SNAPSHOT_KEY))[COUNTS_SNAPSHOT_KEY], Date.now())?.counts).toMatchObject({ total: 2 });
  });

  it('keeps the surge banner’s figures with the counts, until the banner would go by time', async () => {
    const raisedAt = Date.now() - 60_000;
    await db.surgeAlerts.put({
      id: 'outage@1', raisedAt, scope: 'topic', windowMinutes: 10, windowStart: raisedAt - 10 * min, mentions: 42, negative: 34,
      negativeShare: 0.8, expected: 2, evidence: 36, pValue: 1e-9, topic: { terms: ['outage', 'quote:123', 'zagreb'] },
    });
    // No deadline left: only the banner's end limits the snapshot.
    await db.mentions.bulkDelete(['1', '2', '3']);
    await startSlaClock(db).refresh();
    const stored = (await fakeBrowser.storage.session.get(COUNTS_SNAPSHOT_KEY))[COUNTS_SNAPSHOT_KEY] as CountsSnapshot;
    expect(stored.surge).toEqual({ alertId: 'outage@1', topic: ['outage', 'zagreb'], mentions: 42, windowMinutes: 10, negativeShare: 0.8, incidentId: null });
    expect(stored.validUntil).toBe(raisedAt + 2 * 60 * min);
    expect(snapshotStillValid(stored, Date.now())?.surge?.alertId).toBe('outage@1');
  });
});
