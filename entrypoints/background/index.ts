import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../lib/db/database';
import { LOCALE_STORAGE_KEY } from '../../lib/i18n/storage-key';
import { toView } from '../../lib/mentions/view';
import { InsertResult, isRequestType } from '../../lib/messaging/protocol';
import { PORT_NAME } from '../../lib/messaging/port-client';
import { route } from '../../lib/messaging/router';
import { senderInfo, type RuntimeSender } from '../../lib/messaging/sender';
import { createService } from '../../lib/service';
import { seedStarterTemplates } from '../../lib/service/seed';
import { learnTeamCorrections } from '../../lib/service/team-learning';
import { openDashboard } from './open-dashboard';
import { openPostInXTab } from './open-post';
import { sessionRoles } from './roles';
import { openSidePanel } from './side-panel';
import { startCrisisAlerts } from './crisis-alerts';
import { startSlaClock } from './sla-clock';
import { backgroundTeam, teamRoles } from './team';
import { lastXTab, rememberXTab, sendToXTabs, trackXTabs } from './x-tabs';

export default defineBackground(() => {
  const database = db();
  const slaClock = startSlaClock(database);
  // The lead's session and the remembered X tab must stay out of content scripts' reach.
  void browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

  const settingsChanged = async () => {
    const s = await service.settings.get();
    await browser.storage.local.set({ [LOCALE_STORAGE_KEY]: s.uiLocale });
    await sendToXTabs({ type: 'settingsChanged' });
  };
  // The team desk: loaded only when this install is in a team (or joins one).
  const team = backgroundTeam(database, {
    mentionsChanged: (ms) => {
      for (const m of ms) service.cache.set(m);
      void sendToXTabs({ type: 'mentionsChanged', views: ms.map(toView) });
      void slaClock.refresh();
    },
    settingsChanged: () => {
      service.settings.invalidate();
      service.cache.clear();
      void settingsChanged();
    },
    claimsChanged: (claims, joined) => void sendToXTabs({ type: 'teamClaims', claims, joined }),
    learn: (batch) => learnTeamCorrections(service.triage, () => service.settings.get())(batch),
  });

  const crisisAlerts = startCrisisAlerts(database, () => service.crisis, () => void slaClock.refresh());
  const service = createService(database, {
    now: Date.now,
    broadcast: (views) => sendToXTabs({ type: 'mentionsChanged', views }),
    settingsChanged,
    openPanel: (sender) => openSidePanel(sender.windowId),
    insert: async (target, text, replaceTrigger) => {
      const tabId = await lastXTab();
      if (tabId === undefined) return { ok: false, method: 'none', reason: 'no_x_tab' };
      const answer = await browser.tabs.sendMessage(tabId, { type: 'insertText', target, text, replaceTrigger }).catch(() => undefined);
      const parsed = InsertResult.safeParse(answer);
      return parsed.success ? parsed.data : { ok: false, method: 'none', reason: 'no_answer' };
    },
    touchTab: (sender) => void rememberXTab(sender.tabId),
    changed: () => void slaClock.refresh(),
    openPost: openPostInXTab,
    openDashboard,
    // The badge shows the surge, a notification opens the incident room; X's page asks (crisis-notice.ts).
    surgeChanged: (alert) => crisisAlerts.changed(alert),
    roles: teamRoles(sessionRoles, team),
    team,
  });

  const extensionOrigin = browser.runtime.getURL('/');
  const who = (sender: RuntimeSender | undefined) => senderInfo(sender, browser.runtime.id, extensionOrigin);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isRequestType((message as { type?: unknown } | null)?.type)) return undefined;
    return route(service.handlers, message, who(sender), service.authorize);
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORT_NAME) return;
    const info = who(port.sender);
    port.onMessage.addListener(async (raw: unknown) => {
      const { id, request } = (raw ?? {}) as { id?: unknown; request?: unknown };
      if (typeof id !== 'number') return;
      const envelope = (await route(service.handlers, request, info, service.authorize)) ?? { ok: false, error: 'Unknown request' };
      try {
        port.postMessage({ id, envelope });
      } catch {
        // The tab went away before the answer: nothing to tell.
      }
    });
  });

  trackXTabs();
  // A membership that cannot be resumed (a damaged record) leaves Careline solo, said once here.
  void team.resume().catch((err: unknown) => console.warn('Careline: the team desk did not start', err));
  void seedStarterTemplates(database, Date.now());
});
