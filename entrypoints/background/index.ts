import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../lib/db/database';
import { LOCALE_STORAGE_KEY } from '../../lib/i18n/storage-key';
import { InsertResult, type BackgroundRequest } from '../../lib/messaging/protocol';
import { PORT_NAME } from '../../lib/messaging/port-client';
import { route } from '../../lib/messaging/router';
import { loadSettings } from '../../lib/settings/store';
import { createService, type SenderInfo } from '../../lib/service/handlers';
import { openSidePanel } from './side-panel';
import { seedStarterTemplates } from '../../lib/service/seed';
import { openPostInXTab } from './open-post';
import { sessionRoles } from './roles';
import { startSlaClock } from './sla-clock';
import { lastXTab, rememberXTab, sendToXTabs, trackXTabs } from './x-tabs';

export default defineBackground(() => {
  const database = db();
  const slaClock = startSlaClock(database);

  const { handlers } = createService(database, {
    now: Date.now,
    broadcast: (views) => sendToXTabs({ type: 'mentionsChanged', views }),
    settingsChanged: async () => {
      const s = await loadSettings(database);
      await browser.storage.local.set({ [LOCALE_STORAGE_KEY]: s.uiLocale });
      await sendToXTabs({ type: 'settingsChanged' });
    },
    openPanel: (sender) => openSidePanel(sender.windowId),
    insert: async (target, text) => {
      const tabId = await lastXTab();
      if (tabId === undefined) return { ok: false, method: 'none', reason: 'no_x_tab' };
      const answer = await browser.tabs.sendMessage(tabId, { type: 'insertText', target, text }).catch(() => undefined);
      const parsed = InsertResult.safeParse(answer);
      return parsed.success ? parsed.data : { ok: false, method: 'none', reason: 'no_answer' };
    },
    touchTab: (sender) => void rememberXTab(sender.tabId),
    changed: () => void slaClock.refresh(),
    openPost: openPostInXTab,
    roles: sessionRoles,
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const type = (message as Partial<BackgroundRequest> | null)?.type;
    if (typeof type !== 'string' || !(type in handlers)) return undefined;
    const info: SenderInfo = { tabId: sender.tab?.id, windowId: sender.tab?.windowId };
    return route(handlers, message, info);
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORT_NAME) return;
    const info: SenderInfo = { tabId: port.sender?.tab?.id, windowId: port.sender?.tab?.windowId };
    port.onMessage.addListener(async (raw: unknown) => {
      const { id, request } = (raw ?? {}) as { id?: unknown; request?: unknown };
      if (typeof id !== 'number') return;
      const envelope = (await route(handlers, request, info)) ?? { ok: false, error: 'Unknown request' };
      try {
        port.postMessage({ id, envelope });
      } catch {
        // The tab went away before the answer: nothing to tell.
      }
    });
  });

  trackXTabs();
  void seedStarterTemplates(database, Date.now());
});
