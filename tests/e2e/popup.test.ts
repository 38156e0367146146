// The popup and the toolbar badge in real Chromium: every figure is tied to the stored mentions,
// the popup follows changes made in another tab live, and the badge and alerts keep time with no
// X tab and no popup open.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/model';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { routeFakeX } from '../harness/fake-x-routes';
import { readMentions, waitForOverlay } from './support';

let careline: CarelineBrowser;
let x: Page;

beforeAll(async () => {
  careline = await launchWithExtension();
  await routeFakeX(careline.context);
  x = careline.context.pages()[0] ?? (await careline.context.newPage());
  for (const url of ['https://x.com/notifications/mentions', 'https://x.com/home']) {
    await x.goto(url);
    await waitForOverlay(x);
    // The timeline is virtualised: scroll it through so every mention is read once.
    for (let i = 0; i < 15; i++) {
      await x.mouse.wheel(0, 800);
      await x.waitForTimeout(100);
    }
    await x.evaluate(() => window.scrollTo(0, 0));
    await x.waitForTimeout(500);
  }
});

afterAll(async () => {
  await careline?.close();
});

const OPEN = ['new', 'in_progress', 'escalated'];
const isOpen = (m: Mention) => OPEN.includes(m.status);
// Only these expect a response: breached, due soon, "to answer" and the badge count them alone.
const ANSWER = ['crisis', 'complaint', 'question'];

function expectedFigures(mentions: Mention[], now: number) {
  const open = mentions.filter((m) => isOpen(m) && ANSWER.includes(m.label));
  const breached = open.filter((m) => m.slaDeadline !== null && m.slaDeadline <= now).length;
  const soon = open.filter((m) => m.slaDueSoonAt !== null && m.slaDueSoonAt <= now).length - breached;
  const next = open.filter((m) => m.slaDeadline !== null && m.slaDeadline > now).sort((a, b) => a.slaDeadline! - b.slaDeadline!)[0];
  const praise = mentions.filter((m) => isOpen(m) && m.label === 'praise');
  const thanksLate = praise.filter((m) => m.slaDeadline !== null && m.slaDeadline <= now).length;
  return { open: open.length, breached, soon, next, thanks: praise.length, thanksLate };
}

const badgeText = () => careline.worker.evaluate(() => chrome.action.getBadgeText({}));

describe('popup', () => {
  it('shows open, breached and due-soon counts of the labels that expect a reply, praise apart, labels and the next deadline, all from stored mentions', async () => {
    const popup = await careline.openExtensionPage('popup.html');
    await popup.waitForSelector('.tiles');
    const mentions = await readMentions(careline);
    expect(mentions.length).toBeGreaterThan(5);
    const want = expectedFigures(mentions, Date.now());
    const tile = (kind: string) => popup.locator(`.tile[data-kind="${kind}"] .n`).textContent();
    expect(Number(await tile('open'))).toBe(want.open);
    expect(Number(await tile('breached'))).toBe(want.breached);
    expect(Number(await tile('due_soon'))).toBe(want.soon);
    for (const label of ['crisis', 'complaint', 'question', 'praise', 'troll', 'spam', 'other']) {
      const n = mentions.filter((m) => isOpen(m) && m.label === label).length;
      expect(await popup.locator(`.by-label li[data-label="${label}"] .n`).textContent(), label).toBe(String(n));
    }
    expect(await popup.locator('.next').getAttribute('data-status-id')).toBe(want.next!.statusId);
    // "To answer" says what it counts.
    expect(await popup.locator('.what').textContent()).toBe('Crises, complaints and questions still waiting for a reply.');
    // Praise is reported apart, quietly: never in the breached tile, never red.
    expect(want.thanks).toBeGreaterThan(0);
    expect(await popup.locator('.thanks').getAttribute('aria-label')).toBe(
      `Praise to thank: ${want.thanks}, of which ${want.thanksLate} past the thank-you goal`,
    );
    expect(await popup.locator('.thanks').evaluate((e) => getComputedStyle(e).color)).not.toBe('rgb(244, 33, 46)');
    await popup.close();
  });

  it('draws the counts the background keeps before reading its own, and both agree with the stored mentions', async () => {
    const popup = await careline.openExtensionPage('popup.html');
    await popup.waitForSelector('main[data-figures="live"]');
    // The first figures on screen came from the background's snapshot (written when the X tab's
    // mentions were saved), not from the popup's own query.
    const first = await popup.evaluate(() => (performance.getEntriesByName('careline:popup-figures')[0] as PerformanceMark | undefined)?.detail);
    expect(first).toBe('snapshot');
    const kept = await popup.evaluate(() => chrome.storage.session.get('careline:countsSnapshot'));
    const snapshot = kept['careline:countsSnapshot'] as { counts: { total: number; breached: number; dueSoon: number } };
    const want = expectedFigures(await readMentions(careline), Date.now());
    expect(snapshot.counts).toMatchObject({ total: want.open, breached: want.breached, dueSoon: want.soon });
    await popup.close();
  });

  it('fits Chrome’s 600 px popup at 360 px wide with both buttons in view, and loads only its own strings', async () => {
    const popup = await careline.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${careline.extensionId}/popup.html`);
    await popup.waitForSelector('.tiles');
    await popup.waitForSelector('.next, .empty');
    const size = await popup.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
    expect(size.width).toBeLessThanOrEqual(360);
    expect(size.height).toBeLessThanOrEqual(600);
    for (const name of ['Open side panel', 'Dashboard']) {
      const box = (await popup.getByRole('button', { name }).boundingBox())!;
      expect(box.y + box.height, name).toBeLessThanOrEqual(600);
      expect(box.x + box.width, name).toBeLessThanOrEqual(360);
    }
    await popup.screenshot({ path: '/tmp/popup-360x600.png' });
    // Its scripts: the popup's own chunk and the shared libraries, no dashboard or side panel strings.
    const scripts = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="modulepreload"]')].map((e) =>
        'src' in e ? e.src : e.href,
      ),
    );
    expect(scripts.length).toBeGreaterThan(1);
    const sources = await popup.evaluate((urls) => Promise.all([...new Set(urls)].map((u) => fetch(u).then((r) => r.text()))), scripts);
    const text = sources.join('\n');
    console.info(`popup scripts: ${scripts.length} files, ${(text.length / 1024).toFixed(0)} KB`);
    expect(text).toContain('popup.openPanel');
    expect(text).not.toContain('dash.nav.brand');
    expect(text).not.toContain('panel.templates.title');
    expect(text).not.toContain('lib.intro.lead');
    await popup.close();
  });

  it('updates live when an agent acts in the X tab, and the badge follows', async () => {
    const popup = await careline.openExtensionPage('popup.html');
    await popup.waitForSelector('.tiles');
    const before = expectedFigures(await readMentions(careline), Date.now());
    const breachedOne = (await readMentions(careline)).find((m) => isOpen(m) && m.slaDeadline !== null && m.slaDeadline <= Date.now())!;
    expect(breachedOne).toBeDefined();
    expect(await badgeText()).toBe(String(before.breached));
    const answeredBefore = Number(await popup.locator('[data-stat="responded-today"]').textContent());

    await x.bringToFront();
    await x.goto(breachedOne.url);
    const host = x.locator(`[data-careline="mention"][data-status-id="${breachedOne.statusId}"]`);
    await host.scrollIntoViewIfNeeded();
    await host.locator('.chip').click();
    await host.getByRole('menuitem', { name: 'Mark responded' }).click();

    await expect.poll(() => popup.locator('.tile[data-kind="breached"] .n').textContent()).toBe(String(before.breached - 1));
    await expect.poll(() => popup.locator('.tile[data-kind="open"] .n').textContent()).toBe(String(before.open - 1));
    await expect.poll(() => popup.locator('[data-stat="responded-today"]').textContent()).toBe(String(answeredBefore + 1));
    await expect.poll(badgeText).toBe(before.breached - 1 === 0 ? '0' : String(before.breached - 1));
    await popup.close();
  });

  it('opens the next deadline’s post in the X tab', async () => {
    const popup = await careline.openExtensionPage('popup.html');
    await popup.waitForSelector('.next');
    const id = await popup.locator('.next').getAttribute('data-status-id');
    await popup.getByRole('button', { name: /^Open @\w+’s post$/ }).click();
    await expect.poll(() => x.url()).toContain(`/status/${id}`);
  });
});

describe('badge and alerts with nothing on screen', () => {
  it('turns a deadline into a breach and alerts before it, with no X tab and no popup open', async () => {
    const page = await careline.openExtensionPage('options.html');
    // A complaint posted 59 min 50 s ago: due in 10 s, so the alert is due now and the breach soon.
    const posted = new Date(Date.now() - (59 * 60 + 50) * 1000).toISOString();
    const id = '1999999999999999999';
    await page.evaluate(
      async ({ id, posted }) => {
        const post = {
          statusId: id, authorHandle: 'late_customer', authorName: 'Late Customer', lang: 'en', postedAt: posted,
          text: '@LumenMobile my internet has been down for three days, this is unacceptable, I want a refund',
          url: `https://x.com/late_customer/status/${id}`, replyingTo: [], promoted: false,
        };
        await chrome.runtime.sendMessage({ type: 'observe', pageUrl: 'https://x.com/home', signedInHandle: 'LumenMobile', signedInName: null, accountId: null, posts: [post] });
      },
      { id, posted },
    );
    const stored = (await readMentions(careline)).find((m) => m.statusId === id)!;
    expect(stored.label).toBe('complaint');
    const breachedBefore = expectedFigures(await readMentions(careline), Date.now()).breached;
    for (const p of careline.context.pages()) await p.close();

    await expect
      .poll(() => careline.worker.evaluate(() => chrome.notifications.getAll().then((n) => Object.keys(n))), { timeout: 20_000 })
      .toContain(`careline:mention:${id}`);
    await expect.poll(badgeText, { timeout: 30_000, interval: 1000 }).toBe(String(breachedBefore + 1));
    x = await careline.context.newPage();
  });
});
