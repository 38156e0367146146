// Which X tab the agent last used: the side panel acts there, not on whichever tab is active.
import { browser } from 'wxt/browser';

const KEY = 'careline:lastXTab';
export const X_URLS = ['https://x.com/*', 'https://twitter.com/*'];

export function isXUrl(url: string | undefined): boolean {
  return !!url && /^https:\/\/(x|twitter)\.com\//.test(url);
}

export async function rememberXTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId < 0) return;
  await browser.storage.session.set({ [KEY]: tabId });
}

export async function lastXTab(): Promise<number | undefined> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  if (typeof stored === 'number') {
    const tab = await browser.tabs.get(stored).catch(() => undefined);
    if (tab && isXUrl(tab.url)) return stored;
  }
  // The remembered tab is gone: fall back to the most recently used X tab.
  const tabs = await browser.tabs.query({ url: X_URLS });
  tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return tabs[0]?.id;
}

/** Keeps the remembered tab current as the agent switches tabs and windows. */
export function trackXTabs(): void {
  browser.tabs.onActivated.addListener(async ({ tabId }) => {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (tab && isXUrl(tab.url)) await rememberXTab(tabId);
  });
  browser.tabs.onUpdated.addListener(async (tabId, change, tab) => {
    if (change.url && tab.active && isXUrl(change.url)) await rememberXTab(tabId);
  });
}

export async function sendToXTabs(message: unknown): Promise<void> {
  const tabs = await browser.tabs.query({ url: X_URLS });
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, message).catch(() => undefined))));
}
