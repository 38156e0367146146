// A crisis from the agent's chair: a live search for the brand receiving new mentions at the top
// (1,000 in batches of 10, or 100 at once) while X's virtual timeline drops the cells that leave
// the screen. Every measured overlay is for a post the page had never seen. With and without
// Careline: insertion-to-overlay latency, long tasks, and main-thread time by origin.
import { installProbes, openFakeX, timeByOrigin } from './overlay-timeline';

export interface SurgeRun {
  /** ms from a new post's cell entering the DOM to its overlay (as a later MutationObserver sees it). */
  firstSight: number[];
  /** ms from a batch's arrival to the end of the frame that shows it: what the agent waits for. */
  batchToFrame: number[];
  longTasks: number;
  extensionMs: number;
  pageMs: number;
  /** Brand mentions streamed in. */
  streamed: number;
  /** Careline's functions by self time (ms), largest first: where the time goes. */
  hot: [string, number][];
}

export interface SurgeShape {
  total: number;
  batch: number;
  /** ms between batches. */
  every: number;
}

export const SURGE_SHAPES: Record<string, SurgeShape> = {
  'batches of 10': { total: 1000, batch: 10, every: 250 },
  '100 at once': { total: 100, batch: 100, every: 0 },
};

export async function surgeRun(withExtension: boolean, shape: SurgeShape): Promise<SurgeRun> {
  const { context, page, close } = await openFakeX(withExtension);
  try {
    await page.goto('https://x.com/search?q=%40LumenMobile&f=live');
    await page.waitForFunction(() => window.__fakeX !== undefined);
    await page.waitForTimeout(1500);
    await installProbes(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
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
    const { profile } = await cdp.send('Profiler.stop');
    const probes = await page.evaluate(() => window.__bench!);
    const byOrigin = timeByOrigin(profile);
    return { firstSight: probes.first, batchToFrame, longTasks: probes.longTasks, extensionMs: byOrigin.extension, pageMs: byOrigin.page, streamed, hot: hotFunctions(profile) };
  } finally {
    await close();
  }
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
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
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
