// Crisis mode in the background, against WXT's fake browser: a raised or grown surge notifies once
// per alert (a grown one replaces its own), a click opens the incident room, every change stamps
// storage.local for X's page, the minute alarm ticks the monitor, and the badge shows the surge.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCrisisAlerts } from '../../../entrypoints/background/crisis-alerts';
import { startSlaClock } from '../../../entrypoints/background/sla-clock';
import { SURGE_STAMP_KEY } from '../../../lib/crisis/alert-text';
import type { StoredAlert } from '../../../lib/crisis/model';
import { CarelineDB } from '../../../lib/db/database';

const alert = (over: Partial<StoredAlert> = {}): StoredAlert => ({
  id: 'outage@1', raisedAt: Date.now() - 60_000, scope: 'topic', windowMinutes: 10, windowStart: Date.now() - 600_000,
  mentions: 42, negative: 34, negativeShare: 0.8, expected: 2, evidence: 36, pValue: 1e-9, topic: { terms: ['outage', 'zagreb'] }, ...over,
});
let db: CarelineDB;

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  db = new CarelineDB(`crisis-alerts-${Math.random()}`);
});

describe('crisis alerts in the background', () => {
  it('notifies a raised surge with its figures, replaces it when it grows, and stamps every change for X’s page', async () => {
    const badge = vi.fn();
    const alerts = startCrisisAlerts(db, () => ({ observed: async () => {}, tick: async () => {} }), badge);
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    // Called as create(id, options); the spy's type knows only the id-less overload.
    const call = (i: number) => created.mock.calls[i] as unknown as [string, Record<string, unknown>];
    alerts.changed(alert());
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(call(0)[0]).toBe('careline:surge:outage@1');
    expect(call(0)[1]).toMatchObject({ title: 'Surge of negative mentions', message: "42 mentions in 10 min about 'outage zagreb', 80 % negative" });
    alerts.changed(alert({ mentions: 90 }));
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(2));
    expect(call(1)[0]).toBe('careline:surge:outage@1');
    alerts.changed();
    expect(badge).toHaveBeenCalledTimes(3);
    expect(created).toHaveBeenCalledTimes(2);
    expect((await fakeBrowser.storage.local.get(SURGE_STAMP_KEY))[SURGE_STAMP_KEY]).toEqual(expect.any(Number));
  });

  it('opens the incident room from the notification, and ticks the monitor on its minute alarm', async () => {
    const tick = vi.fn(async () => {});
    startCrisisAlerts(db, () => ({ observed: async () => {}, tick }), () => {});
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toContain('careline:crisis');
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'careline:crisis', scheduledTime: Date.now() });
    expect(tick).toHaveBeenCalledTimes(1);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('careline:surge:outage@1');
    expect(opened).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#incidents$/) });
  });

  it('puts "!" on the badge in the surge colour while the alert is active, the SLA figures after it in the title', async () => {
    await db.surgeAlerts.put(alert());
    const clock = startSlaClock(db);
    await clock.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/^Surge of negative mentions: 42 mentions in 10 min about 'outage zagreb', 80 % negative\n/);
    await db.surgeAlerts.put(alert({ dismissedAt: Date.now() }));
    await clock.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
