import { browser } from 'wxt/browser';

/**
 * Opens the dashboard at a section in a new tab. A proposed account travels in the hash, where the
 * dashboard asks the lead to confirm it: opening a page never changes anything by itself.
 */
export async function openDashboard(section: string, account?: string): Promise<void> {
  const hash = account ? `${section}?switch=${encodeURIComponent(account)}` : section;
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${hash}`) });
}
