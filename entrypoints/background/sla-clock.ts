// Keeps the toolbar badge and breach alerts current from the background, with alarms, so they
// are right even when no X tab and no popup is open: deadlines pass with nothing on screen.
import { browser } from 'wxt/browser';
import type { CarelineDB } from '../../lib/db/database';
import { logEvents } from '../../lib/db/audit';
import { resolveLocale, translator } from '../../lib/i18n/translate';
import { markAlerted, mentionsToAlert, nextWakeUp } from '../../lib/mentions/alerts';
import { badgeFor } from '../../lib/mentions/badge';
import { loadActiveAlert } from '../../lib/crisis/active-alert';
import { withSurge } from '../../lib/crisis/surge-badge';
import { COUNTS_SNAPSHOT_KEY, snapshotOf } from '../../lib/popup/snapshot';
import { slaCounts } from '../../lib/mentions/sla-snapshot';
import { loadSettings } from '../../lib/settings/store';
import { openPostInXTab } from './open-post';

const MINUTE_ALARM = 'careline:minute';
const NEXT_ALARM = 'careline:next';
const NOTIFICATION_PREFIX = 'careline:mention:';

/** A change to the data, or only time passing (an alarm): the counts kept for the popup say until when they hold. */
type Cause = 'change' | 'time';

export function startSlaClock(db: CarelineDB): { refresh(cause?: Cause): Promise<void> } {
  let running: Promise<void> | undefined;
  let again = false;

  async function run(): Promise<void> {
    const start = performance.now();
    const now = Date.now();
    const settings = await loadSettings(db);
    const t = translator(resolveLocale(settings.uiLocale, [browser.i18n.getUILanguage()]));
    // The popup's counts and surge banner too (the badge's are among them): it shows these before its own query.
    const counts = await slaCounts(db, now);
    // A surge outranks the SLA figures on the badge (lib/crisis/surge-badge.ts).
    const surge = await loadActiveAlert(db, now);
    const badge = withSurge(badgeFor(counts, t), surge, t);
    await browser.action.setBadgeText({ text: badge.text });
    await browser.action.setBadgeBackgroundColor({ color: badge.color });
    await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
    await browser.action.setTitle({ title: badge.title });
    // Read by the benchmark (npm run bench): the last badge recomputation (only the last is kept).
    performance.clearMeasures('careline:badge');
    performance.measure('careline:badge', { start });

    const due = await mentionsToAlert(db, settings, now);
    for (const m of due) {
      const minutes = Math.max(0, Math.round((m.slaDeadline! - now) / 60_000));
      await browser.notifications.create(NOTIFICATION_PREFIX + m.statusId, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('alert.title', { label: t(`label.${m.label}`), minutes }),
        message: t('alert.message', { handle: m.authorHandle, text: m.text.slice(0, 140) }),
        priority: 2,
        requireInteraction: m.label === 'crisis',
      });
    }
    if (due.length) {
      await markAlerted(db, due.map((m) => m.statusId), now);
      await logEvents(
        db,
        due.map((m) => ({ at: now, kind: 'alert_sent' as const, statusId: m.statusId, actor: 'Careline' })),
      );
    }

    const wake = await nextWakeUp(db, settings, now);
    // Counts taken before a change that came during this run are not kept: the next run writes them.
    if (!again) {
      await browser.storage.session.set({ [COUNTS_SNAPSHOT_KEY]: snapshotOf(now, wake, counts, surge) });
    }
    if (wake !== null) await browser.alarms.create(NEXT_ALARM, { when: Math.max(wake, now + 1000) });
    else await browser.alarms.clear(NEXT_ALARM);
  }

  /** Runs once at a time; a request during a run schedules one more run after it. */
  async function refresh(cause: Cause = 'change'): Promise<void> {
    // The popup must not show counts taken before a change; time alone is covered by their validUntil.
    if (cause === 'change') void browser.storage.session.remove(COUNTS_SNAPSHOT_KEY).catch(() => undefined);
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await run();
        } catch (err) {
          console.warn('[Careline] SLA clock', err);
        }
      } while (again);
    })().finally(() => (running = undefined));
    return running;
  }

  void browser.alarms.create(MINUTE_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MINUTE_ALARM || alarm.name === NEXT_ALARM) void refresh('time');
  });
  browser.notifications.onClicked.addListener(async (id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const m = await db.mentions.get(id.slice(NOTIFICATION_PREFIX.length));
    if (m) await openPostInXTab(m.url);
    await browser.notifications.clear(id);
  });
  void refresh();
  return { refresh };
}
