// Reports and backup at 100,000 mentions (Chromium, the built extension): time from opening the
// Reports page to its figures on screen, backup export and restore times, the longest main-thread
// task while they run, and the JS heap (sampled every 100 ms, and after a forced GC) to show it
// stays flat. Run alone: `npx tsx scripts/bench/reports-scale.ts [mentions] [rounds]`.
// `--reports-only` skips the backup; `--compare=<dir of another build>` (with --reports-only) opens
// the Reports page in both builds, alternating round by round, each in its own seeded profile,
// and prints where the start-up time goes (scripts run, report computed, figures on screen).
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../../tests/harness/extension';
import { lastMeasure, replaceWithBackup } from './dashboard-measures';
import { seedReportData } from './reports-seed';
import { summarise, type Summary } from './stats';

export interface ReportsScaleRun {
  seeded: number;
  /** The first report after seeding: 90 days, every day's facts built from the mentions. */
  coldShown: number;
  /** Range → figures on screen after opening the page (ms), per range preset, facts built. */
  shown: Record<string, number[]>;
  /** The report's own computation (read + figures), per preset. */
  compute: Record<string, number[]>;
  exportMs: number[];
  restoreMs: number[];
  /** Of which reading, checking and staging the file (the rest is the one write transaction). */
  stageMs: number[];
  backupBytes: number;
  /** The same file as JSON Lines text (what a restore holds in memory up to its bound, lib/backup/stage.ts). */
  backupTextBytes: number;
  /** Longest task (ms) seen on the dashboard's main thread during export / restore. */
  longestTask: { export: number; restore: number };
  /** JS heap in MB: after GC before, peak during, after GC after (the last of the rounds). */
  heap: { reports: [number, number, number]; export: [number, number, number]; restore: [number, number, number] };
}

const MB = 1024 * 1024;

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / MB;
}

/** Runs `work` while sampling the heap; returns [after GC before, peak, after GC after]. */
async function withHeap(cdp: CDPSession, work: () => Promise<void>): Promise<[number, number, number]> {
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await heapUsed(cdp);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heapUsed(cdp).catch(() => peak));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    await work();
  } finally {
    sampling = false;
    await sampler;
  }
  await cdp.send('HeapProfiler.collectGarbage');
  return [before, peak, await heapUsed(cdp)];
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
}
const longest = (page: Page) => page.evaluate(() => (window as unknown as { __longest: number }).__longest);

export interface ReportsOpened {
  /** Page start → figures on screen (the `careline:report-shown` mark). */
  shown: number;
  /** The report's computation (the `careline:report` measure) … */
  compute: number;
  /** … and when it started, from page start. */
  computeStart: number;
  /** When the dashboard's first scripts had run (`careline:dash-scripts`; NaN in builds without it). */
  scripts: number;
}

/** Reloads the dashboard on the Reports section with a range preset and waits for its figures. */
export async function openReports(page: Page, preset: string): Promise<ReportsOpened> {
  await page.evaluate((p) => localStorage.setItem('careline.reports', JSON.stringify({ state: { range: { preset: p }, zone: 'policy', handlingMinutes: 5, goalPercent: null }, version: 0 })), preset);
  await page.goto(page.url().replace(/#.*/, '#reports'));
  await page.reload();
  const c = await lastMeasure(page, 'careline:report', 600_000);
  const s = await page.evaluate(async () => {
    while (performance.getEntriesByName('careline:report-shown').length === 0) await new Promise((r) => setTimeout(r, 5));
    return {
      shown: performance.getEntriesByName('careline:report-shown')[0]!.startTime,
      scripts: performance.getEntriesByName('careline:dash-scripts')[0]?.startTime ?? NaN,
    };
  });
  return { compute: c.duration, computeStart: c.end - c.duration, ...s };
}

export interface StartupRun {
  seeded: number;
  /** Per build label, per preset: each round's timings. */
  runs: Record<string, Record<string, ReportsOpened[]>>;
}

/** The Reports page's start-up in several builds, one seeded profile each, alternating round by round. */
export async function reportsStartup(builds: Record<string, string | undefined>, count = 100_000, rounds = 5): Promise<StartupRun> {
  const labels = Object.keys(builds);
  const browsers = await Promise.all(labels.map((l) => launchWithExtension({ extensionDir: builds[l] })));
  try {
    const pages: Page[] = [];
    let seeded = 0;
    const now = Date.now();
    for (const b of browsers) {
      const page = await b.openExtensionPage('options.html#brand');
      await page.waitForSelector('.dash-nav');
      seeded = await seedReportData(page, { count, days: 90, now });
      await openReports(page, 'last90'); // builds every day's facts once
      pages.push(page);
    }
    const runs: StartupRun['runs'] = Object.fromEntries(labels.map((l) => [l, {}]));
    for (const preset of ['last7', 'last28', 'last90']) {
      for (let i = 0; i < rounds; i++) {
        // Alternate which build goes first, so neither always runs right after the other.
        const order = i % 2 === 0 ? labels.map((_, k) => k) : labels.map((_, k) => labels.length - 1 - k);
        for (const k of order) ((runs[labels[k]!]![preset] ??= [])).push(await openReports(pages[k]!, preset));
      }
    }
    return { seeded, runs };
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
  }
}

export function startupRows(r: StartupRun): string[] {
  const ms = (xs: number[]) => {
    const s = summarise(xs.filter((x) => !Number.isNaN(x)));
    return s.n === 0 ? '–' : `${s.median.toFixed(0)} (p95 ${s.p95.toFixed(0)})`;
  };
  const rows = [`reports at ${r.seeded.toLocaleString('en')} mentions, ms from page start, median (p95): scripts run · computing starts · computing · figures on screen`];
  for (const preset of Object.keys(Object.values(r.runs)[0] ?? {})) {
    for (const [label, byPreset] of Object.entries(r.runs)) {
      const xs = byPreset[preset]!;
      rows.push(
        `${preset.padEnd(7)} ${label.padEnd(8)} scripts ${ms(xs.map((x) => x.scripts)).padEnd(16)} compute start ${ms(xs.map((x) => x.computeStart)).padEnd(16)} computing ${ms(xs.map((x) => x.compute)).padEnd(16)} figures ${ms(xs.map((x) => x.shown))}`,
      );
    }
  }
  return rows;
}

export async function reportsScale(count = 100_000, rounds = 5): Promise<ReportsScaleRun> {
  const a = await launchWithExtension();
  const b = await launchWithExtension();
  try {
    const page = await a.openExtensionPage('options.html#brand');
    await page.waitForSelector('.dash-nav');
    const seeded = await seedReportData(page, { count, days: 90, now: Date.now() });
    const cdp = await a.context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const shown: Record<string, number[]> = {};
    const compute: Record<string, number[]> = {};
    const open = (preset: string) => openReports(page, preset);
    const coldShown = (await open('last90')).shown;
    let reportsHeap: [number, number, number] = [0, 0, 0];
    for (const preset of ['last7', 'last28', 'last90']) {
      shown[preset] = [];
      compute[preset] = [];
      for (let i = 0; i < rounds; i++) {
        const run = async () => {
          const r = await open(preset);
          compute[preset]!.push(r.compute);
          shown[preset]!.push(r.shown);
        };
        if (preset === 'last90' && i === rounds - 1) reportsHeap = await withHeap(cdp, run);
        else await run();
      }
    }

    await page.evaluate(() => (location.hash = 'backup'));
    await page.getByRole('button', { name: 'Download backup' }).waitFor();
    await watchLongTasks(page);
    const exportMs: number[] = [];
    let file = '';
    let exportHeap: [number, number, number] = [0, 0, 0];
    for (let i = 0; i < rounds; i++) {
      exportHeap = await withHeap(cdp, async () => {
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: 'Download backup' }).click()]);
        file = (await download.path())!;
        exportMs.push((await lastMeasure(page, 'careline:backup-export')).duration);
        await page.evaluate(() => performance.clearMeasures('careline:backup-export'));
      });
    }
    const exportLongest = await longest(page);
    const gz = await readFile(file);
    const backupBytes = gz.byteLength;
    const backupTextBytes = gunzipSync(gz).byteLength;

    const target = await b.openExtensionPage('options.html#backup');
    const cdpB = await b.context.newCDPSession(target);
    await cdpB.send('Performance.enable');
    await watchLongTasks(target);
    const restoreMs: number[] = [];
    const stageMs: number[] = [];
    let restoreHeap: [number, number, number] = [0, 0, 0];
    for (let i = 0; i < rounds; i++) {
      restoreHeap = await withHeap(cdpB, async () => {
        const r = await replaceWithBackup(target, file);
        restoreMs.push(r.total);
        stageMs.push(r.staged);
      });
    }
    return {
      seeded, coldShown, shown, compute, exportMs, restoreMs, stageMs, backupBytes, backupTextBytes,
      longestTask: { export: exportLongest, restore: await longest(target) },
      heap: { reports: reportsHeap, export: exportHeap, restore: restoreHeap },
    };
  } finally {
    await a.close();
    await b.close();
  }
}

export function reportsRows(r: ReportsScaleRun): [string, string, string][] {
  const ms = (s: Summary) => `${s.median.toFixed(0)} ms`;
  const heap = ([before, peak, after]: [number, number, number]) => `heap ${before.toFixed(0)} → peak ${peak.toFixed(0)} → ${after.toFixed(0)} MB`;
  const rows: [string, string, string][] = [
    [`reports last90, first report after seeding (facts built from ${r.seeded.toLocaleString('en')} mentions)`, `${r.coldShown.toFixed(0)} ms`, 'once'],
  ];
  for (const preset of Object.keys(r.shown)) {
    const shown = summarise(r.shown[preset]!);
    const compute = summarise(r.compute[preset]!);
    rows.push([`reports ${preset}, ${r.seeded.toLocaleString('en')} mentions: page start → figures (median)`, ms(shown), `p95 ${shown.p95.toFixed(0)} ms, computing ${ms(compute)}`]);
  }
  const ex = summarise(r.exportMs);
  const re = summarise(r.restoreMs);
  rows.push(['backup export (median)', ms(ex), `p95 ${ex.p95.toFixed(0)} ms, ${(r.backupBytes / MB).toFixed(1)} MB (${(r.backupTextBytes / MB).toFixed(0)} MB of JSON), longest task ${r.longestTask.export.toFixed(0)} ms, ${heap(r.heap.export)}`]);
  rows.push(['backup restore, replace (median)', ms(re), `p95 ${re.p95.toFixed(0)} ms, reading+checking ${ms(summarise(r.stageMs))}, longest task ${r.longestTask.restore.toFixed(0)} ms, ${heap(r.heap.restore)}`]);
  rows.push(['reports last90: heap', '', heap(r.heap.reports)]);
  return rows;
}

if (process.argv[1]?.endsWith('reports-scale.ts') && process.argv.includes('--reports-only')) {
  const [count = 100_000, rounds = 5] = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
  const other = process.argv.find((a) => a.startsWith('--compare='))?.slice(10);
  reportsStartup(other ? { before: other, after: undefined } : { build: undefined }, count, rounds).then(
    (r) => {
      for (const row of startupRows(r)) console.log(row);
      console.log(JSON.stringify(r));
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
} else if (process.argv[1]?.endsWith('reports-scale.ts')) {
  const count = Number(process.argv[2] ?? 100_000);
  const rounds = Number(process.argv[3] ?? 5);
  reportsScale(count, rounds).then(
    (r) => {
      for (const [k, v, note] of reportsRows(r)) console.log(`${k.padEnd(72)} ${v.padEnd(10)} ${note}`);
      console.log(JSON.stringify(r));
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
