// The fake X in real Chromium without the extension, for tests of the fake X and of Careline's
// page reader on it (lib/x bundled into dist/reader.js, on window.__carelineReader). x.com is
// routed as the e2e harness does: documents get tests/fixtures/x/index.html, /__fixtures__/<path>
// gets tests/fixtures/<path>; any other request fails the test, as does an error in the page.
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { PostSnapshot } from '../../lib/model';
import type { ReadResult } from '../../lib/x/read-post';
import { buildFixtures, FAKE_X_HTML, READER_SCRIPT } from '../../scripts/build-fixtures.mjs';

const FIXTURES = resolve('tests/fixtures');

export type Era = '2025' | '2026';
export interface OpenOptions {
  /** '2025' plays early-2025 X (default: today's). */
  era?: Era;
  /** X's interface language. */
  lang?: 'en' | 'fr' | 'hr';
}

export interface FakeXPage {
  readonly page: Page;
  open(path: string, opts?: OpenOptions | Era): Promise<void>;
  /** Reads every top-level article currently in the DOM with Careline's reader. */
  readMounted(): Promise<ReadResult[]>;
  /** Scrolls the whole page down, reading what is mounted at each step. */
  readWholeTimeline(): Promise<{ results: ReadResult[]; maxCells: number }>;
  /** Scrolls down from the top until the virtualised timeline has mounted what `selector` finds. */
  scrollTo(selector: string): Promise<void>;
  feedIds(): Promise<{ id: string; repostedBy?: string }[]>;
}

export const oks = (rs: ReadResult[]): PostSnapshot[] => rs.flatMap((r) => (r.ok ? [r.snapshot] : []));
/** One snapshot per post (a post read at several scroll positions counts once). */
export const unique = (snaps: PostSnapshot[]): PostSnapshot[] => [...new Map(snaps.map((s) => [s.statusId, s])).values()];

/** The URL of a fake X page in a variant (`?fx-era=2025`, `?lang=fr`). */
export function variantUrl(path: string, opts: OpenOptions = {}): string {
  const params = [opts.era === '2025' ? 'fx-era=2025' : '', opts.lang && opts.lang !== 'en' ? `lang=${opts.lang}` : ''].filter(Boolean);
  return `https://x.com${path}${params.length ? (path.includes('?') ? '&' : '?') + params.join('&') : ''}`;
}

/** Registers the hooks of a test file and returns its page: a fresh context per test. */
export function useFakeXPage(): FakeXPage {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reader: string;
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await buildFixtures({ composer: false });
    reader = readFileSync(READER_SCRIPT, 'utf8');
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', (route) => {
      const req = route.request();
      const url = new URL(req.url());
      if (url.protocol === 'data:') return route.continue();
      if (url.hostname !== 'x.com') {
        outsideRequests.push(req.url());
        return route.abort();
      }
      if (url.pathname.startsWith('/__fixtures__/')) {
        const file = resolve(FIXTURES, decodeURIComponent(url.pathname.slice('/__fixtures__/'.length)));
        if (!file.startsWith(FIXTURES + sep)) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
      }
      if (req.resourceType() === 'document') return route.fulfill({ contentType: 'text/html', body: readFileSync(FAKE_X_HTML) });
      outsideRequests.push(req.url());
      return route.fulfill({ status: 404, body: '' });
    });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterEach(async () => {
    await context?.close();
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    pageErrors.length = 0;
  });

  const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  const fx: FakeXPage = {
    get page() {
      return page;
    },
    async open(path, opts = {}) {
      await page.goto(variantUrl(path, typeof opts === 'string' ? { era: opts } : opts));
      await page.waitForFunction(() => window.__fakeX !== undefined);
      await page.addScriptTag({ content: reader });
    },
    readMounted: () =>
      page.evaluate(() => {
        const r = window.__carelineReader;
        if (!r) throw new Error('reader not loaded');
        return r.findTopLevelArticles(document).map((a) => r.readPost(a, location.href));
      }),
    async readWholeTimeline() {
      const results: ReadResult[] = [];
      let maxCells = 0;
      await page.evaluate(() => window.scrollTo(0, 0));
      for (let step = 0; step < 200; step++) {
        await settle();
        results.push(...(await fx.readMounted()));
        maxCells = Math.max(maxCells, await page.locator('[data-testid="cellInnerDiv"]').count());
        const atEnd = await page.evaluate(() => {
          const before = window.scrollY;
          window.scrollBy(0, window.innerHeight * 0.8);
          return window.scrollY === before;
        });
        if (atEnd) break;
      }
      return { results, maxCells };
    },
    async scrollTo(selector) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle();
      for (let step = 0; step < 100; step++) {
        if ((await page.locator(selector).count()) > 0) {
          await page.locator(selector).scrollIntoViewIfNeeded();
          await settle();
          return;
        }
        await page.evaluate(() => window.scrollBy(0, window.innerHeight * 0.8));
        await settle();
      }
      throw new Error(`never mounted: ${selector}`);
    },
    feedIds: () => page.evaluate(() => window.__fakeX?.feed() ?? []),
  };
  return fx;
}
