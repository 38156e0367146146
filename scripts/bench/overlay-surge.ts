// A crisis from the agent's chair: a live search for the brand receiving new mentions at the top
// (1,000 in batches of 10, or 100 at once) while X's virtual timeline drops the cells that leave
// the screen. Every measured overlay is for a post the page had never seen. With and without
// Careline: insertion-to-overlay latency, long tasks, and main-thread time by origin.
import type { CDPSession, Page } from 'playwright-core';
import { installProbes, openFakeX, timeByOrigin } from './overlay-timeline';

export interface SurgeRun {
  /** ms from a new post's cell entering the DOM to its overlay (as a later MutationObserver sees it). */
  firstSight: number[];
  /** ms from a batch's arrival to the end of the frame that shows it: what the agent waits for. */
  batchToFrame: number[];
  longTasks: number;
  /** Animation frames over 50 ms (the Long Animation Frames API). */
  longFrames: number;
  /** With `profiled` only (NaN without): V8's sampling profiler inflates JavaScript's cost, so timings come from runs without it. */
  extensionMs: number;
  pageMs: number;
  /** Brand mentions streamed in. */
  streamed: number;
  /** Elements in a streamed post's article (median), as Careline reads it. */
  elementsPerPost: number;
  /** Careline's functions by self time (ms), largest first: where the time goes. */
  hot: [string, number][];
}

export interface SurgeShape {
  total: number;
  batch: number;
  /** ms between batches. */
  every: number;
  /**
   * Elements per post article, padded up to this with inert elements in X's own task: the fake
   * X's cells are about a third the size of x.com's (../shared/x-markup: 172 elements median per
   * post cell, 153–247 p10–p90), and both X's work and Careline's reading grow with a cell's size.
   */
  padTo?: number;
}

/** Median elements per post article in the x-markup samples (scripts/bench/x-markup-cells.ts). */
export const X_COM_POST_ELEMENTS = 169;

export const SURGE_SHAPES: Record<string, SurgeShape> = {
  'batches of 10': { total: 1000, batch: 10, every: 250 },
  '100 at once': { total: 100, batch: 100, every: 0 },
  'batches of 10, x.com-sized cells': { total: 1000, batch: 10, every: 250, padTo: X_COM_POST_ELEMENTS },
};

export interface SurgeOptions {
  /**
   * Runs V8's sampling profiler for main-thread time by origin and `hot`. It slows JavaScript
   * (more where more of it runs) enough to add long tasks, so latencies and long tasks are
   * measured in runs without it (scripts/bench/surge-frames.ts showed the difference).
   */
  profiled: boolean;
  /** The CPU profile's sampling interval (finer for surge-profile.ts, which names functions). */
  samplingUs?: number;
  /** Runs before the stream starts, with the page's CDP session (surge-floor.ts injects its script). */
  prepare?(cdp: CDPSession): Promise<void>;
}

export async function surgeRun(withExtension: boolean, shape: SurgeShape, { profiled, samplingUs = 200, prepare }: SurgeOptions): Promise<SurgeRun> {
  const { context, page, close } = await openFakeX(withExtension);
  try {
    await page.goto('https://x.com/search?q=%40LumenMobile&f=live');
    await page.waitForFunction(() => window.__fakeX !== undefined);
    await page.waitForTimeout(1500);
    await installProbes(page);
    await padPosts(page, shape.padTo);
    const cdp = profiled || prepare ? await context.newCDPSession(page) : undefined;
    if (cdp && prepare) await prepare(cdp);
    if (cdp && profiled) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: samplingUs });
      await cdp.send('Profiler.start');
    }
    let streamed = 0;
    const batchToFrame: number[] = [];
    for (let sent = 0; sent < shape.total; sent += shape.batch) {
      // Every streamed post names the brand: a surge of mentions, not of the page's noise.
      const r = await page.evaluate(async (n) => {
        const t0 = performance.now();
        const count = window.__fakeX!.streamNew(n, { reveal: true, mentionShare: 1 }).length;
        // A task queued from the next animation frame runs once that frame is painted.
        await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        return { count, ms: performance.now() - t0 };
      }, shape.batch);
      streamed += r.count;
      batchToFrame.push(r.ms);
      if (shape.every > 0) await page.waitForTimeout(shape.every);
    }
    await page.waitForTimeout(1500);
    const profile = cdp && profiled ? (await cdp.send('Profiler.stop')).profile : undefined;
    const probes = await page.evaluate(() => window.__bench!);
    const byOrigin = profile ? timeByOrigin(profile) : { extension: NaN, page: NaN };
    const elementsPerPost = await page.evaluate(() => {
      const n = [...document.querySelectorAll('article[data-testid="tweet"]')].map((a) => a.querySelectorAll('*').length + 1).sort((a, b) => a - b);
      return n[Math.floor(n.length / 2)] ?? 0;
    });
    return { firstSight: probes.first, batchToFrame, longTasks: probes.longTasks, longFrames: probes.longFrames, extensionMs: byOrigin.extension, pageMs: byOrigin.page, streamed, elementsPerPost, hot: profile ? hotFunctions(profile) : [] };
  } finally {
    await close();
  }
}

/**
 * Pads every new post article to `padTo` elements in the task that inserts it (a main-world
 * MutationObserver: its callback runs before the next frame, where Careline reads and draws).
 * The padding is laid out like a post's own rows (nested divs and spans with a word each, under
 * the action bar) and matches none of the selectors Careline reads.
 */
export async function padPosts(page: Page, padTo: number | undefined): Promise<void> {
  if (!padTo) return;
  // No named functions inside: tsx's keepNames would wrap them in a helper the page lacks.
  await page.evaluate((target) => {
    const padded = new WeakSet<Element>();
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        const articles = n.matches('article[data-testid="tweet"]') ? [n] : [...n.querySelectorAll('article[data-testid="tweet"]')];
        for (const article of articles) {
          if (padded.has(article)) continue;
          padded.add(article);
          let missing = target - (article.querySelectorAll('*').length + 1);
          const box = document.createElement('div');
          box.style.cssText = 'display:flex;flex-wrap:wrap;gap:2px;font-size:11px;color:transparent;height:14px;overflow:hidden';
          missing -= 1;
          while (missing > 0) {
            const row = document.createElement('div');
            missing -= 1;
            for (let i = 0; i < 3 && missing > 0; i++, missing--) {
              const word = document.createElement('span');
              word.textContent = 'pad';
              row.append(word);
            }
            box.append(row);
          }
          article.append(box);
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  }, padTo);
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** Self time of Careline's own frames, and of the browser work they call (layout, style) under "(native) <caller>". */
function hotFunctions(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): [string, number][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nearestOurs = (id: number): ProfileNode | undefined => {
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const node = byId.get(n);
      if (node?.callFrame.url.startsWith('chrome-extension://')) return node;
    }
    return undefined;
  };
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    const ours = nearestOurs(samples[i]!);
    if (!node || !ours) continue;
    const name = `${ours.callFrame.functionName || '(anonymous)'}@${ours.callFrame.url.split('/').pop()}:${ours.callFrame.lineNumber}:${ours.callFrame.columnNumber}`;
    const key = node === ours ? name : `(native ${node.callFrame.functionName || '?'}) ${name}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 200);
}

/**
 * JS heap of X's tab (page and content script share one V8 isolate) after `total` brand mentions
 * streamed through it in batches of 100, after a full garbage collection. With minus without
 * Careline is what Careline keeps.
 */
export async function surgeHeap(withExtension: boolean, total = 10_000): Promise<number> {
  const { context, page, close } = await openFakeX(withExtension);
  try {
    await page.goto('https://x.com/search?q=%40LumenMobile&f=live');
    await page.waitForFunction(() => window.__fakeX !== undefined);
    await page.waitForTimeout(1500);
    for (let sent = 0; sent < total; sent += 100) {
      await page.evaluate(() => new Promise<void>((done) => {
        window.__fakeX!.streamNew(100, { reveal: true, mentionShare: 1 });
        requestAnimationFrame(() => setTimeout(done, 0));
      }));
    }
    await page.waitForTimeout(2000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await close();
  }
}
