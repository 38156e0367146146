// Crisis mode in the background: the minute alarm ticks the surge monitor (a surge ends once it
// quietens even with no new post), and a new or grown surge raises a notification that opens the
// incident room. The badge follows through the SLA clock, which reads the active alert.
import { browser } from 'wxt/browser';
import { alertFigures, SURGE_STAMP_KEY } from '../../lib/crisis/alert-text';
import type { StoredAlert } from '../../lib/crisis/model';
import type { CarelineDB } from '../../lib/db/database';
import { resolveLocale, translator } from '../../lib/i18n/translate';
import type { CrisisWatch } from '../../lib/service/crisis-watch';
import { loadSettings } from '../../lib/settings/store';
import { openDashboard } from './open-dashboard';

const CRISIS_ALARM = 'careline:crisis';
const NOTIFICATION_PREFIX = 'careline:surge:';

export function startCrisisAlerts(db: CarelineDB, crisis: () => CrisisWatch, refreshBadge: () => void) {
  void browser.alarms.create(CRISIS_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CRISIS_ALARM) void crisis().tick();
  });
  browser.notifications.onClicked.addListener(async (id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    await openDashboard('incidents');
    await browser.notifications.clear(id);
  });

  async function notify(alert: StoredAlert) {
    const settings = await loadSettings(db);
    const t = translator(resolveLocale(settings.uiLocale, [browser.i18n.getUILanguage()]));
    // One notification per surge: a grown surge replaces its own (same id) with the new figures.
    await browser.notifications.create(NOTIFICATION_PREFIX + alert.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('crisis.alert.title'),
      message: alertFigures(t, alert),
      contextMessage: t('crisis.alert.notificationHint'),
      priority: 2,
      requireInteraction: true,
    });
  }

  return {
    /** The port's `surgeChanged`: the badge and X's notice always, a notification for a raised or grown alert. */
    changed(alert?: StoredAlert) {
      refreshBadge();
      void browser.storage.local.set({ [SURGE_STAMP_KEY]: Date.now() }).catch(() => undefined);
      if (alert) void notify(alert).catch((err: unknown) => console.warn('[Careline] surge notification', err));
    },
  };
}
