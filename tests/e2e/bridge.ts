// Asks Careline to insert text the way the side panel does: from one of Careline's own pages to the
// background, which hands it to the content script in the X tab the agent last used, which carries it
// over the signed bridge to the MAIN-world helper (lib/x/main-bridge.ts, docs/composers.md). X's page
// itself cannot drive the helper (docs/trust.md), so no test plays the bridge from the page.
import type { BrowserContext, Page } from 'playwright-core';
import type { InsertResult } from '../../lib/x/main-bridge.ts';

const panels = new WeakMap<BrowserContext, Page>();

async function extensionPage(page: Page): Promise<Page> {
  const context = page.context();
  let panel = panels.get(context);
  if (!panel || panel.isClosed()) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    panel = await context.newPage();
    await panel.goto(`chrome-extension://${new URL(worker.url()).host}/sidepanel.html`);
    panels.set(context, panel);
    await page.bringToFront();
  }
  return panel;
}

export async function bridgeInsert(page: Page, target: 'reply' | 'dm', text: string, replaceTrigger?: string): Promise<InsertResult> {
  const panel = await extensionPage(page);
  return panel.evaluate(
    async (request) => {
      const envelope = (await chrome.runtime.sendMessage(request)) as { ok: true; data: InsertResult } | { ok: false; error: string };
      return envelope.ok ? envelope.data : { ok: false, method: 'none' as const, reason: envelope.error };
    },
    { type: 'insert', target, text, ...(replaceTrigger ? { replaceTrigger } : {}) },
  );
}
