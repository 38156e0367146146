// Small helpers shared by the end-to-end tests.
import type { Page } from 'playwright-core';
import type { Mention } from '../../lib/model';
import type { CarelineBrowser } from '../harness/extension';

export interface OverlayState {
  statusId: string;
  label: string;
  slaState: string;
  status: string;
}

export async function waitForOverlay(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('[data-careline="mention"]', { timeout });
}

/** The automation contract's attributes of every overlay on the page. */
export function overlayState(page: Page): Promise<OverlayState[]> {
  return page.$$eval('[data-careline="mention"]', (hosts) =>
    hosts.map((h) => {
      const d = (h as HTMLElement).dataset;
      return { statusId: d.statusId ?? '', label: d.label ?? '', slaState: d.slaState ?? '', status: d.status ?? '' };
    }),
  );
}

/** Every stored mention, read from Careline's own database through one of its pages. */
export async function readMentions(careline: CarelineBrowser): Promise<Mention[]> {
  const page = await careline.openExtensionPage('popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<Mention[]>((done, fail) => {
          const open = indexedDB.open('careline');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('mentions').objectStore('mentions').getAll();
            req.onsuccess = () => {
              open.result.close();
              done(req.result as Mention[]);
            };
            req.onerror = () => fail(req.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}
