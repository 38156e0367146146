// `npm start`: Careline on the project's sample X pages, no X account and no internet needed.
// With a display it opens Chromium for you to try; without one it runs headless, saves
// screenshots (the annotated timeline, a breached timer, the chip menu, the whole side panel, the
// popup at Chrome's 360 × 600 and the dashboard) and prints what Careline found.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type CarelineBrowser } from '../tests/harness/extension';
import { routeFakeX } from '../tests/harness/fake-x-routes';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve(args.find((a) => a.startsWith('--out='))?.slice(6) ?? 'demo-output');

const PAGES = [
  { name: 'home', url: 'https://x.com/home' },
  { name: 'mentions', url: 'https://x.com/notifications/mentions' },
  { name: 'search', url: 'https://x.com/search?q=Lumen%20Mobile&f=live' },
  { name: 'conversation', url: 'https://x.com/maren_okafor/status/1862400000001000000' },
];

async function main(): Promise<void> {
  const browser = await launchWithExtension({ headless, viewport: headless ? { width: 1280, height: 900 } : null });
  await routeFakeX(browser.context);
  const page = await browser.context.newPage();
  await page.goto(PAGES[0]!.url);
  await page.waitForSelector('[data-careline="mention"]', { timeout: 20_000 });

  if (!headless) {
    console.log('Careline is running on the sample X pages in the Chromium window.');
    console.log('Try: a label chip on a post (relabel, mark responded), the toolbar icon (popup), the side panel.');
    console.log('Close the window to stop.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    return;
  }

  await mkdir(outDir, { recursive: true });
  const seen = new Set<string>();
  for (const p of PAGES) {
    await page.goto(p.url);
    await page.waitForSelector('article[data-testid="tweet"]', { timeout: 15_000 });
    await scrollThrough(page, seen);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: resolve(outDir, `x-${p.name}.png`) });
  }

  await page.goto(PAGES[0]!.url);
  await page.waitForSelector('[data-careline="mention"]');
  await breachedTimer(page, outDir);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await openChipMenu(page, outDir);

  // Chrome's popup is 360 px wide and at most 600 px tall.
  const popup = await browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.waitForSelector('.tiles');
  await popup.waitForSelector('[data-stat="responded-week"]');
  await popup.screenshot({ path: resolve(outDir, 'popup.png') });

  // The agent's name signs the starter replies; the demo agent is Ana.
  await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'saveSettings', change: { agentName: 'Ana' } }));
  const panel = await browser.openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.waitForSelector('.sp-preview');
  await panel.screenshot({ path: resolve(outDir, 'sidepanel.png') });
  // The whole panel: its body scrolls on its own, so the page grows to the body's full height.
  const whole = await panel.evaluate(() => {
    const body = document.querySelector('.sp-body')!;
    return document.documentElement.clientHeight + body.scrollHeight - body.clientHeight;
  });
  await panel.setViewportSize({ width: 400, height: Math.ceil(whole) });
  await panel.screenshot({ path: resolve(outDir, 'sidepanel-whole.png') });

  const dashboard = await browser.openExtensionPage('options.html#sla');
  await dashboard.setViewportSize({ width: 1280, height: 900 });
  await dashboard.waitForSelector('h1');
  await dashboard.waitForTimeout(400);
  await dashboard.screenshot({ path: resolve(outDir, 'dashboard-sla.png'), fullPage: true });
  await dashboard.goto(dashboard.url().replace('#sla', '#audit'));
  await dashboard.reload();
  await dashboard.waitForSelector('table.audit, .muted');
  await dashboard.screenshot({ path: resolve(outDir, 'dashboard-audit.png'), fullPage: true });

  await report(browser, seen.size);
  await browser.close();
  console.log(`Screenshots in ${outDir}`);
}

/** Scrolls a virtualised timeline to the end, noting every post it showed. */
async function scrollThrough(page: Page, seen: Set<string>): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const ids = await page.$$eval('article[data-testid="tweet"] a[href*="/status/"] time', (times) =>
      times.map((t) => (t.parentElement as HTMLAnchorElement).href.match(/status\/(\d+)/)?.[1] ?? ''),
    );
    ids.filter(Boolean).forEach((id) => seen.add(id));
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.innerHeight + window.scrollY >= document.body.scrollHeight - 4;
    });
    await page.waitForTimeout(150);
    if (atEnd) break;
  }
}

/** A post whose SLA breached, close up: the red timer next to its label. */
async function breachedTimer(page: Page, dir: string): Promise<void> {
  const host = page.locator('[data-careline="mention"][data-sla-state="breached"]').first();
  // The newest posts lead the timeline and are on track; X keeps only the cells near the screen,
  // so the first breached one appears further down.
  for (let step = 0; step < 40 && (await host.count()) === 0; step++) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(150);
  }
  await host.waitFor({ timeout: 20_000 });
  await host.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await host.locator('xpath=ancestor::article[1]').screenshot({ path: resolve(dir, 'x-breached.png') });
}

/**
 * Opens a complaint's chip menu (labels, reasons, actions), then "Open in side panel", which
 * makes it the post in focus for the side panel screenshot.
 */
async function openChipMenu(page: Page, dir: string): Promise<void> {
  const host = page.locator('[data-careline="mention"][data-label="complaint"]').first();
  await host.locator('.chip').click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: resolve(dir, 'x-chip-menu.png') });
  await host.getByRole('menuitem', { name: 'Open in side panel' }).click();
  await page.waitForTimeout(300);
}

/** What Careline stored, read from its own database (an extension page can open it). */
async function report(browser: CarelineBrowser, postsRead: number): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  const mentions = await page.evaluate(
    () =>
      new Promise<{ label: string; status: string; slaDeadline: number | null }[]>((done, fail) => {
        const open = indexedDB.open('careline');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('mentions').objectStore('mentions').getAll();
          req.onsuccess = () => done(req.result);
          req.onerror = () => fail(req.error);
        };
      }),
  );
  const now = Date.now();
  const byLabel = new Map<string, number>();
  for (const m of mentions) byLabel.set(m.label, (byLabel.get(m.label) ?? 0) + 1);
  const open = (s: string) => ['new', 'in_progress', 'escalated'].includes(s);
  const late = (label: string) =>
    mentions.filter((m) => m.label === label && open(m.status) && m.slaDeadline !== null && m.slaDeadline <= now).length;
  // Only crisis, complaint and question count as breaches; praise's thank-you goal is apart.
  const breached = ['crisis', 'complaint', 'question'].reduce((n, l) => n + late(l), 0);
  console.log('');
  console.log(`Posts read:        ${postsRead}`);
  console.log(`Brand mentions:    ${mentions.length}`);
  console.log(`Labels:            ${[...byLabel].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ')}`);
  console.log(`Breached SLAs:     ${breached}`);
  console.log(`Praise past goal:  ${late('praise')}`);
  await page.close();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
