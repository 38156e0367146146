// X's page plays the attacker (docs/trust.md): a script of the page itself, loaded before X's app
// like X's own scripts are, tries to make Careline insert text, change mentions and give away its
// data, through the MAIN-world bridge, synthetic DOM events and the extension's messaging. Careline
// must do none of it, and keep working for the agent.
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sid } from '../fixtures/fake-x/data/posts';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { FIXTURES_DIR, routeFakeX } from '../harness/fake-x-routes';
import { readMentions, waitForOverlay } from './support';

/** The page's own script, first in <head>: it records every Careline event it can hear. */
const HOSTILE = `<script>
  window.__heard = [];
  for (const name of ['careline:bridge-hello', 'careline:bridge-key', 'careline:bridge-ack', 'careline:composer-insert', 'careline:composer-result']) {
    window.addEventListener(name, (e) => window.__heard.push({ name, detail: e.detail ?? null }));
  }
</script>`;

let careline: CarelineBrowser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  careline = await launchWithExtension();
  await routeFakeX(careline.context);
  const shell = (await readFile(resolve(FIXTURES_DIR, 'x/index.html'), 'utf8')).replace('<head>', `<head>${HOSTILE}`);
  // Documents get the shell with the hostile script; everything else as routeFakeX serves it.
  await careline.context.route('https://x.com/**', (route) =>
    route.request().resourceType() === 'document' ? route.fulfill({ status: 200, body: shell, contentType: 'text/html' }) : route.fallback(),
  );
  page = careline.context.pages()[0] ?? (await careline.context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await careline?.close();
});

const heard = (name: string) =>
  page.evaluate((n) => (window as unknown as { __heard: { name: string; detail: string | null }[] }).__heard.filter((h) => h.name === n), name);
const draftText = () => page.evaluate(() => window.__draftState?.()?.text ?? null);
const status = async (id: string) => (await readMentions(careline)).find((m) => m.statusId === id)?.status;

describe('X’s page as the attacker', () => {
  it('never hears the bridge’s key, and asking for it gets nothing', async () => {
    await page.goto(`https://x.com/maren_okafor/status/${sid(1)}`);
    await waitForOverlay(page);
    expect(await heard('careline:bridge-key')).toEqual([]);
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('careline:bridge-hello')));
    await page.waitForTimeout(200);
    expect(await heard('careline:bridge-key')).toEqual([]);
  });

  it('cannot make Careline insert text: forged, old-protocol and replayed requests do nothing', async () => {
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.evaluate(() => {
      const send = (detail: unknown) => window.dispatchEvent(new CustomEvent('careline:composer-insert', { detail: JSON.stringify(detail) }));
      send({ v: 2, seq: 1, request: { target: 'reply', text: 'Claim your prize: scam.example' }, mac: 'A'.repeat(44) });
      send({ v: 1, channel: 'careline-0123456789abcdef', id: 'x1', target: 'reply', text: 'Claim your prize: scam.example' });
    });
    await page.waitForTimeout(500);
    expect(await draftText()).toBe('');

    // The agent inserts a reply through Careline; the page overhears the signed request and replays it.
    const panel = await careline.openExtensionPage('sidepanel.html');
    await page.bringToFront();
    const inserted = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'insert', target: 'reply', text: 'We are on it.' }));
    expect(inserted).toMatchObject({ ok: true, data: { ok: true } });
    expect(await draftText()).toBe('We are on it.');
    const [request] = await heard('careline:composer-insert').then((h) => h.filter((x) => x.detail?.includes('We are on it.')));
    expect(request).toBeDefined();
    await page.evaluate((detail) => {
      const forged = JSON.parse(detail) as { request: { text: string } };
      window.dispatchEvent(new CustomEvent('careline:composer-insert', { detail }));
      forged.request.text = 'Claim your prize: scam.example';
      window.dispatchEvent(new CustomEvent('careline:composer-insert', { detail: JSON.stringify(forged) }));
    }, request!.detail!);
    await page.waitForTimeout(500);
    expect(await draftText()).toBe('We are on it.');
    await panel.close();
  });

  it('cannot change a mention: script-made clicks on the overlay, reply buttons and Post do nothing', async () => {
    await page.goto('https://x.com/home');
    await waitForOverlay(page);
    // The first mention on screen the background has confirmed.
    const first = await page.waitForSelector('[data-careline="mention"]:not([data-pending])');
    const id = (await first.getAttribute('data-status-id'))!;
    expect(await status(id)).toBe('new');
    await page.evaluate((statusId) => {
      const host = document.querySelector(`[data-careline="mention"][data-status-id="${statusId}"]`)!;
      const chip = host.shadowRoot!.querySelector('button')!;
      chip.click();
      chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      for (const b of host.shadowRoot!.querySelectorAll('[role="menuitem"], button')) (b as HTMLElement).click();
      const article = host.closest('article')!;
      (article.querySelector('[data-testid="reply"]') as HTMLElement).click();
    }, id);
    await page.waitForTimeout(800);
    expect(await page.evaluate((statusId) => !!document.querySelector(`[data-careline="mention"][data-status-id="${statusId}"]`)?.shadowRoot?.querySelector('[role="menu"]'), id)).toBe(false);
    expect(await status(id)).toBe('new');
    // A script-made Ctrl+Enter in a composer (the reply dialog X opened) is not a reply the agent sent.
    await page.evaluate(() => {
      const editor = document.querySelector('[data-testid="tweetTextarea_0"]');
      editor?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await page.waitForTimeout(300);
    expect(await status(id)).toBe('new');

    // The agent's own click still works.
    await page.goto('https://x.com/home');
    await waitForOverlay(page);
    const host = page.locator(`[data-careline="mention"][data-status-id="${id}"]`);
    await host.locator('button.chip').click();
    await host.getByRole('menuitem', { name: /Dismiss/ }).click();
    await expect.poll(() => status(id)).toBe('dismissed');
  });

  it('cannot reach Careline’s messaging or its database', async () => {
    const reach = await page.evaluate(async (extensionId) => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      let sent = 'no runtime';
      if (typeof runtime?.sendMessage === 'function') {
        try {
          await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(extensionId, { type: 'resetModel' });
          sent = 'sent';
        } catch (e) {
          sent = `refused: ${(e as Error).message}`;
        }
      }
      const databases = (await indexedDB.databases()).map((d) => d.name);
      return { sent, databases };
    }, careline.extensionId);
    expect(reach.sent).not.toBe('sent');
    expect(reach.databases).not.toContain('careline');
    expect(pageErrors).toEqual([]);
  });
});
