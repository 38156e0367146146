// Careline on real X markup in real Chromium: every sample in tests/fixtures/x-markup that holds
// posts is served as an x.com search page, with the brand set to the handle the sample's own posts
// name most (tests/support/x-markup-oracle.ts). Each post that mentions it gets exactly one
// overlay, every other post none, and nothing is thrown into the page. The sample whose test ids
// are all stripped (X changing its markup) gets the paused notice naming the posts instead.
import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { chooseBrand, mentions, oraclePosts } from '../support/x-markup-oracle';
import { readSample, X_MARKUP_FILES } from '../unit/x/x-markup';

interface Sample {
  file: string;
  brand: string;
  /** Status id → whether it must carry an overlay. */
  expected: Record<string, boolean>;
  /** Articles that show permalinked posts without X's test ids. */
  stripped: boolean;
}

function statusIdOf(article: Element): string {
  for (const t of Array.from(article.querySelectorAll('time'))) {
    const m = /\/status\/(\d+)/.exec(t.closest('a')?.getAttribute('href') ?? '');
    if (m?.[1]) return m[1];
  }
  return '';
}

/** Reads the samples once, in Node, with the oracle (not with Careline's reader). */
function samples(): Sample[] {
  const window = new Window({ url: 'https://x.com/' });
  const out: Sample[] = [];
  for (const file of X_MARKUP_FILES) {
    const root = window.document.createElement('div');
    root.innerHTML = readSample(file);
    const posts = oraclePosts(root as unknown as Element);
    const stripped = posts.length === 0 && Array.from(root.querySelectorAll('article')).some((a) => statusIdOf(a as unknown as Element) !== '');
    if (posts.length === 0 && !stripped) continue;
    const brand = chooseBrand(posts) ?? posts[0]?.author ?? 'LumenMobile';
    const expected: Record<string, boolean> = {};
    for (const p of posts) {
      const id = statusIdOf(p.article);
      if (id) expected[id] = (expected[id] ?? false) || mentions(p, brand);
    }
    out.push({ file, brand, expected, stripped });
  }
  void window.happyDOM.close();
  return out;
}

const SAMPLES = samples();

/** The sample inside a page shaped like X's search page. */
function pageFor(sample: Sample): string {
  return `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>@${sample.brand} - Search / X</title></head>
<body><div id="react-root"><main role="main"><section aria-label="Search timeline"><div aria-label="Timeline: Search timeline">
<div style="position: relative; min-height: 2000px;">${readSample(sample.file)}</div></div></section></main></div></body></html>`;
}

let careline: CarelineBrowser;
let page: Page;
let current: Sample | null = null;
const pageErrors: string[] = [];
const carelineLogs: string[] = [];

beforeAll(async () => {
  careline = await launchWithExtension();
  await careline.context.route('https://x.com/**', (route) => {
    if (route.request().resourceType() === 'document' && current) return route.fulfill({ contentType: 'text/html', body: pageFor(current) });
    return route.fulfill({ status: 204, body: '' });
  });
  // The samples' images live on X's CDN: nothing leaves the machine.
  await careline.context.route(/^https?:\/\/(?!x\.com\/)/, (route) => route.abort('blockedbyclient'));
  page = careline.context.pages()[0] ?? (await careline.context.newPage());
  page.on('pageerror', (e) => pageErrors.push(`${current?.file}: ${e.message}`));
  page.on('console', (m) => {
    if (m.text().includes('[Careline]')) carelineLogs.push(`${current?.file}: ${m.text()}`);
  });
});

afterAll(async () => {
  await careline?.close();
});

async function useBrand(handle: string): Promise<void> {
  const options = await careline.openExtensionPage('options.html');
  try {
    const answer = await options.evaluate((h) => chrome.runtime.sendMessage({ type: 'saveSettings', change: { handles: [h], keywords: [], brandName: '' } }), handle);
    expect(answer).toMatchObject({ ok: true });
  } finally {
    await options.close();
  }
}

/** Status id → overlays in that post, for every post article on the page. */
function overlaysByPost(): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const a of Array.from(document.querySelectorAll('article[data-testid="tweet"]'))) {
      if (a.parentElement?.closest('article')) continue;
      const id = /\/status\/(\d+)/.exec([...a.querySelectorAll('time')].map((t) => t.closest('a')?.getAttribute('href') ?? '').find((h) => /\/status\/\d+/.test(h)) ?? '')?.[1];
      if (id) out[id] = (out[id] ?? 0) + a.querySelectorAll('[data-careline="mention"]').length;
    }
    return out;
  });
}

describe('Careline on real X markup', () => {
  it('serves every sample that holds posts, and they hold mentions of their brand', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(40);
    const mentionCount = SAMPLES.reduce((n, s) => n + Object.values(s.expected).filter(Boolean).length, 0);
    expect(mentionCount).toBeGreaterThanOrEqual(20);
  });

  it.each(SAMPLES.filter((s) => !s.stripped).map((s) => [s.file, s] as const))('%s: one overlay per mention, none elsewhere', async (_file, sample) => {
    current = sample;
    await useBrand(sample.brand);
    await page.goto(`https://x.com/search?q=%40${sample.brand}&src=typed_query&f=live`);
    const want = Object.fromEntries(Object.entries(sample.expected).map(([id, m]) => [id, m ? 1 : 0]));
    const mentionCount = Object.values(want).filter(Boolean).length;
    if (mentionCount > 0) await page.waitForSelector('[data-careline="mention"]', { state: 'attached', timeout: 15_000 });
    // Settled: the page's reading, then the background's answer; nothing more arrives after.
    await expect.poll(overlaysByPost, { timeout: 10_000 }).toEqual(want);
    await page.waitForTimeout(mentionCount > 0 ? 400 : 1_500);
    expect(await overlaysByPost()).toEqual(want);
    expect(await page.locator('careline-notice').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(carelineLogs).toEqual([]);
  });

  it.each(SAMPLES.filter((s) => s.stripped).map((s) => [s.file, s] as const))('%s (test ids stripped): no overlay, the notice names the posts', async (_file, sample) => {
    current = sample;
    await useBrand(sample.brand);
    await page.goto(`https://x.com/search?q=%40${sample.brand}&src=typed_query&f=live`);
    await page.locator('careline-notice[data-part="posts"]').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator('[data-careline="mention"]').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
