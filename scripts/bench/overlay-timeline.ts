// A 1,000-post fake-X timeline scrolled through and back, with and without Careline:
// insertion-to-overlay latency, the extension's share of main-thread time (CPU profile by
// script origin) and long tasks.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, launchWithExtension } from '../../tests/harness/extension';
import { routeFakeX } from '../../tests/harness/fake-x-routes';

export interface TimelineRun {
  /** ms from a post's cell entering the DOM to its overlay, first sight (asks the background). */
  firstSight: number[];
  /** Same, when a cell scrolled away is re-created (the answer is cached in the page). */
  recreated: number[];
  /** ms from a post's cell entering the DOM to the background confirming the page's own reading. */
  confirmed: number[];
  /** Overlays whose label changed when the background answered (the page's reading was wrong). */
  labelFlips: number;
  longTasks: number;
  /** Each long task's start and duration (ms since navigation), to find the culprit. */
  longTaskAt: number[];
  /** Careline's longest uninterrupted stretch on the main thread (ms, from the CPU profile). */
  carelineLongestRun: number;
  /** Main-thread ms by origin during the scripted scroll. */
  extensionMs: number;
  pageMs: number;
  overlays: number;
  mentionCells: number;
  /** Mention cells that got an overlay at first sight / mention cells in the timeline. */
  coverage: number;
}

const PLAIN_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Chromium on the fake X, with the built extension or without it (the same page, for a baseline). */
export async function openFakeX(withExtension: boolean): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  let context: BrowserContext;
  let close: () => Promise<void>;
  if (withExtension) {
    const b = await launchWithExtension();
    context = b.context;
    close = b.close;
  } else {
    context = await chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 900 }, args: PLAIN_ARGS });
    close = () => context.close();
  }
  await routeFakeX(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close };
}

export async function timelineRun(withExtension: boolean, posts = 1000): Promise<TimelineRun> {
  const { context, page, close } = await openFakeX(withExtension);
  try {
    await page.goto('https://x.com/home');
    await page.waitForFunction(() => window.__fakeX !== undefined);
    await installProbes(page);
    const { mentionIds } = await page.evaluate((n) => window.__fakeX!.timeline(n, { mentionShare: 0.3, seed: 1 }), posts);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.waitForTimeout(1500);
    await cdp.send('Profiler.start');
    await scroll(page, 1);
    await scroll(page, -1);
    await page.waitForTimeout(1000);
    const { profile } = await cdp.send('Profiler.stop');
    const probes = await page.evaluate(() => window.__bench!);
    const byOrigin = timeByOrigin(profile);
    return {
      firstSight: probes.first,
      recreated: probes.again,
      confirmed: probes.confirmed,
      labelFlips: probes.flips,
      longTasks: probes.longTasks,
      longTaskAt: probes.longTaskAt,
      carelineLongestRun: byOrigin.longestRun,
      extensionMs: byOrigin.extension,
      pageMs: byOrigin.page,
      overlays: probes.first.length,
      mentionCells: mentionIds.length,
      coverage: withExtension ? probes.first.length / Math.max(1, mentionIds.length) : 1,
    };
  } finally {
    await close();
  }
}

declare global {
  interface Window {
    __bench?: { first: number[]; again: number[]; confirmed: number[]; flips: number; longTasks: number; longTaskAt: number[]; longFrames: number };
  }
}

/** Main-world observers: when each post's cell arrives, and when an overlay lands in it. */
export async function installProbes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bench = { first: [] as number[], again: [] as number[], confirmed: [] as number[], flips: 0, longTasks: 0, longTaskAt: [] as number[], longFrames: 0 };
    window.__bench = bench;
    const arrived = new WeakMap<Element, number>();
    const pendingSince = new WeakMap<Element, { arrived: number; label: string }>();
    const seen = new Set<string>();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.longTasks += 1;
        bench.longTaskAt.push(Math.round(e.startTime), Math.round(e.duration));
      }
    }).observe({ type: 'longtask', buffered: false });
    // Frames over 50 ms, X's task and the rendering together: where drawing in the frame shows.
    new PerformanceObserver((list) => void (bench.longFrames += list.getEntries().length)).observe({ type: 'long-animation-frame', buffered: false });
    new MutationObserver((records) => {
      const t = performance.now();
      for (const r of records) {
        if (r.type === 'attributes') {
          const host = r.target as HTMLElement;
          const p = pendingSince.get(host);
          if (p && r.attributeName === 'data-pending' && host.dataset.pending === undefined) {
            bench.confirmed.push(t - p.arrived);
            if (host.dataset.label !== p.label) bench.flips += 1;
            pendingSince.delete(host);
          }
          continue;
        }
        for (const n of r.addedNodes) {
          if (!(n instanceof Element)) continue;
          if (n.localName === 'careline-mention') {
            const article = n.closest('article');
            const since = article ? arrived.get(article) : undefined;
            if (since === undefined) continue;
            const id = (n as HTMLElement).dataset.statusId ?? '';
            (seen.has(id) ? bench.again : bench.first).push(t - since);
            if ((n as HTMLElement).dataset.pending) pendingSince.set(n, { arrived: since, label: (n as HTMLElement).dataset.label ?? '' });
            seen.add(id);
            arrived.delete(article!);
            continue;
          }
          const articles = n.matches('article') ? [n] : [...n.querySelectorAll('article')];
          for (const a of articles) if (!arrived.has(a)) arrived.set(a, t);
        }
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-pending'] });
  });
}

/**
 * Scrolls with the mouse wheel as a hurried agent does: 300 px notches every 50 ms (6,000 px/s,
 * a fast flick), to the end of the timeline and back. It stops at the end (or the top), never
 * because one notch did not move the page: a busy main thread delays a wheel scroll past 50 ms,
 * and stopping there once left runs that had seen 28 of 313 mention cells.
 */
async function scroll(page: Page, direction: 1 | -1): Promise<void> {
  await page.mouse.move(640, 450);
  let still = 0;
  for (let i = 0; i < 4000 && still < 40; i++) {
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, direction * 300);
    await page.waitForTimeout(50);
    const at = await page.evaluate(() => ({ y: window.scrollY, end: document.documentElement.scrollHeight - window.innerHeight }));
    if (direction === 1 ? at.y >= at.end - 2 : at.y <= 0) break;
    still = at.y === before ? still + 1 : 0;
  }
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

/**
 * Main-thread time by origin. A sample is Careline's when any frame of its stack is a
 * chrome-extension:// script (so DOM work Careline asks for counts as Careline's); idle time is
 * neither. Long-task and long-animation-frame entries cannot tell: neither attributes the content
 * script's isolated world (an 120 ms content-script loop shows as a long frame with no scripts).
 * So the longest run of consecutive Careline samples stands for the longest task it caused.
 */
export function timeByOrigin(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const url = byId.get(id)?.callFrame.url ?? '';
    const up = parent.get(id);
    const v = url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, v);
    return v;
  };
  let extension = 0;
  let page = 0;
  let run = 0;
  let longestRun = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    if (byId.get(id)?.callFrame.functionName === '(idle)') {
      run = 0;
      continue;
    }
    if (isOurs(id)) {
      extension += dt;
      run += dt;
      longestRun = Math.max(longestRun, run);
    } else {
      page += dt;
      run = 0;
    }
  }
  return { extension, page, longestRun };
}
