import { browser } from 'wxt/browser';
import { lastXTab } from './x-tabs';

/** Shows a post in the agent's X tab (or a new one), and brings that window forward. */
export async function openPostInXTab(url: string): Promise<void> {
  const tabId = await lastXTab();
  const tab = tabId !== undefined ? await browser.tabs.update(tabId, { url, active: true }) : await browser.tabs.create({ url });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
}
