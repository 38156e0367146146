// The benchmarks that need real Chromium (part of `npm run bench`). Prints a table of medians
// and spreads, and writes the same figures to bench-results/browser.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { dbScale, firstSources } from './bench/db-scale';
import { reportsRows, reportsScale } from './bench/reports-scale';
import { timelineRun, type TimelineRun } from './bench/overlay-timeline';
import { surgeHeap, surgeRun, SURGE_SHAPES, type SurgeRun } from './bench/overlay-surge';
import { ms, summarise } from './bench/stats';
import { timerTicks } from './bench/timer-tick';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** A run must have scrolled past this share of the timeline's mention cells to count. */
const MIN_COVERAGE = 0.95;
const ATTEMPTS = 3;

/** A run with the extension that saw at least MIN_COVERAGE of the mention cells, or an error: never a figure from less. */
async function coveredRun(): Promise<TimelineRun> {
  const short: string[] = [];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const run = await timelineRun(true);
    if (run.coverage >= MIN_COVERAGE) return run;
    short.push(`${run.overlays} of ${run.mentionCells}`);
    console.warn(`run covered ${run.overlays} of ${run.mentionCells} mention cells (< ${MIN_COVERAGE * 100} %): running it again`);
  }
  throw new Error(`No figures: ${ATTEMPTS} runs in a row covered too few mention cells (${short.join(', ')}).`);
}

async function main(): Promise<void> {
  const withExt: TimelineRun[] = [];
  const without: TimelineRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    withExt.push(await coveredRun());
    without.push(await timelineRun(false));
  }
  const first = summarise(withExt.flatMap((r) => r.firstSight));
  const again = summarise(withExt.flatMap((r) => r.recreated));
  const confirmed = summarise(withExt.flatMap((r) => r.confirmed));
  const flips = withExt.reduce((n, r) => n + r.labelFlips, 0);
  const share = summarise(withExt.map((r) => r.extensionMs / Math.max(1, r.pageMs)));
  const longWith = summarise(withExt.map((r) => r.longTasks));
  const longWithout = summarise(without.map((r) => r.longTasks));
  const ourRun = summarise(withExt.map((r) => r.carelineLongestRun));
  // Latencies and long tasks from runs without the profiler (it slows JavaScript, so it adds long
  // tasks where more of it runs); the main-thread shares from profiled runs with Careline.
  const surges: Record<string, { with: SurgeRun[]; without: SurgeRun[]; profiled: SurgeRun[] }> = {};
  for (const [name, shape] of Object.entries(SURGE_SHAPES)) {
    surges[name] = { with: [], without: [], profiled: [] };
    for (let i = 0; i < RUNS; i++) {
      surges[name].with.push(await surgeRun(true, shape, { profiled: false }));
      surges[name].without.push(await surgeRun(false, shape, { profiled: false }));
      surges[name].profiled.push(await surgeRun(true, shape, { profiled: true }));
    }
  }
  const heap: Record<number, { with: number; without: number }> = {};
  for (const n of [1_000, 10_000]) heap[n] = { with: await surgeHeap(true, n), without: await surgeHeap(false, n) };
  // One tick a second: a tick's cost is the timers' cost per second.
  const tickRuns = {
    '200 mounted, every one ticking': await timerTicks(200, 300, false),
    '1,000 mounted, every one ticking': await timerTicks(1_000, 300, false),
    '1,000 mounted, on screen or near it ticking': await timerTicks(1_000, 300, true),
  };
  const ticks = Object.fromEntries(
    Object.entries(tickRuns).map(([k, r]) => [k, { script: summarise(r.script), withLayout: summarise(r.withLayout), ticked: r.ticked }]),
  );
  const db = await dbScale(100_000, 15);
  const popup = summarise(db.popupQuery);
  const popupFirst = summarise(db.popupFirstData);
  const badge = summarise(db.badge);
  const reports = await reportsScale(100_000, RUNS);

  const rows: [string, string, string][] = [
    ['mention cells covered per run', withExt.map((r) => `${r.overlays}/${r.mentionCells}`).join(', '), `each ≥ ${MIN_COVERAGE * 100} %`],
    ['insertion → overlay, first sight (median / p95)', `${ms(first.median)} / ${ms(first.p95)}`, `n=${first.n}`],
    ['insertion → overlay, re-created cell (median / p95)', `${ms(again.median)} / ${ms(again.p95)}`, `n=${again.n}`],
    ['insertion → background’s confirmation (median / p95)', `${ms(confirmed.median)} / ${ms(confirmed.p95)}`, `n=${confirmed.n}, ${flips} label changes`],
    ['Careline main-thread time / page’s own (median)', `${(share.median * 100).toFixed(1)} %`, `runs ${share.min.toFixed(3)}–${share.max.toFixed(3)}`],
    ['long tasks with / without Careline (median)', `${longWith.median} / ${longWithout.median}`, `${RUNS} runs each`],
    ['Careline’s longest uninterrupted run (median of runs)', ms(ourRun.median), `max ${ms(ourRun.max)}`],
    ...Object.entries(surges).flatMap(([name, s]): [string, string, string][] => {
      const sight = summarise(s.with.flatMap((r) => r.firstSight));
      const frame = summarise(s.with.flatMap((r) => r.batchToFrame));
      const frameWithout = summarise(s.without.flatMap((r) => r.batchToFrame));
      const shareOf = summarise(s.profiled.map((r) => r.extensionMs / Math.max(1, r.pageMs)));
      const counts = (runs: SurgeRun[], k: 'longTasks' | 'longFrames') => runs.map((r) => r[k]).join(', ');
      return [
        [`surge, ${name}: insertion → overlay (median / p95)`, `${ms(sight.median)} / ${ms(sight.p95)}`, `n=${sight.n}, new posts only`],
        [`surge, ${name}: batch → painted frame, with (median / p95)`, `${ms(frame.median)} / ${ms(frame.p95)}`, `without Careline ${ms(frameWithout.median)} / ${ms(frameWithout.p95)}`],
        [`surge, ${name}: long tasks with / without (median)`, `${summarise(s.with.map((r) => r.longTasks)).median} / ${summarise(s.without.map((r) => r.longTasks)).median}`, `runs ${counts(s.with, 'longTasks')} / ${counts(s.without, 'longTasks')}; under the profiler ${counts(s.profiled, 'longTasks')}`],
        [`surge, ${name}: frames over 50 ms with / without (median)`, `${summarise(s.with.map((r) => r.longFrames)).median} / ${summarise(s.without.map((r) => r.longFrames)).median}`, `runs ${counts(s.with, 'longFrames')} / ${counts(s.without, 'longFrames')}`],
        [`surge, ${name}: Careline main-thread time / page’s own`, `${(shareOf.median * 100).toFixed(1)} %`, `runs ${shareOf.min.toFixed(3)}–${shareOf.max.toFixed(3)}, profiled`],
        [`surge, ${name}: Careline / page’s own main-thread ms per new post (median)`, `${summarise(s.profiled.map((r) => r.extensionMs / Math.max(1, r.streamed))).median.toFixed(2)} / ${summarise(s.profiled.map((r) => r.pageMs / Math.max(1, r.streamed))).median.toFixed(2)} ms`, `profiled; ${summarise(s.with.map((r) => r.elementsPerPost)).median} elements per post`],
      ];
    }),
    ...Object.entries(heap).map(([n, h]): [string, string, string] => [
      `X tab's JS heap after ${Number(n).toLocaleString('en')} streamed mentions, Careline's part`,
      `${((h.with - h.without) / 1048576).toFixed(1)} MB`,
      `${(h.with / 1048576).toFixed(1)} MB with, ${(h.without / 1048576).toFixed(1)} MB without, after GC`,
    ]),
    ...Object.entries(ticks).map(([k, t]): [string, string, string] => [
      `timer tick (1 per second), ${k} (median / p95)`,
      `${ms(t.script.median)} / ${ms(t.script.p95)}`,
      `${t.ticked} redrawn; with the style and layout it causes ${ms(t.withLayout.median)} / ${ms(t.withLayout.p95)}`,
    ]),
    [`popup counts query, ${db.seeded.toLocaleString('en')} mentions (median)`, ms(popup.median), `IQR ${ms(popup.iqr[0])}–${ms(popup.iqr[1])}`],
    ['popup: page start → figures on screen (median)', ms(popupFirst.median), `IQR ${ms(popupFirst.iqr[0])}–${ms(popupFirst.iqr[1])}, p95 ${ms(popupFirst.p95)}; first from: ${firstSources(db.popupFirstSource)}`],
    ['popup: scripts loaded', `${(db.popupScriptBytesBeforeFigures / 1000).toFixed(0)} KB at start, ${(db.popupScriptBytes / 1000).toFixed(0)} KB in all`, 'popup.html’s declared scripts; in all: with the chunks it imports later'],
    ['badge recomputation (median)', ms(badge.median), `IQR ${ms(badge.iqr[0])}–${ms(badge.iqr[1])}`],
    ...reportsRows(reports),
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v, note] of rows) console.log(`${k.padEnd(width)}  ${v.padEnd(22)} ${note}`);
  await mkdir('bench-results', { recursive: true });
  await writeFile(
    'bench-results/browser.json',
    JSON.stringify(
      {
        at: new Date().toISOString(),
        overlay: { firstSight: first, recreated: again, confirmed, labelFlips: flips, mainThreadShare: share, longTasksWith: longWith, longTasksWithout: longWithout, longTaskAt: withExt.map((r) => r.longTaskAt), carelineLongestRun: ourRun, overlaysPerRun: withExt.map((r) => r.overlays), mentionCells: withExt[0]?.mentionCells, coverage: withExt.map((r) => r.coverage) },
        surge: Object.fromEntries(Object.entries(surges).map(([k, s]) => [k, { with: s.with.map(({ hot: _hot, ...r }) => r), without: s.without.map(({ hot: _hot, ...r }) => r), profiled: s.profiled.map(({ hot: _hot, ...r }) => r) }])),
        heapAfterStream: heap,
        timerTicks: ticks,
        db: { mentions: db.seeded, popupQuery: popup, popupFigures: popupFirst, popupFirstSource: db.popupFirstSource, popupScriptBytes: db.popupScriptBytes, popupScriptBytesBeforeFigures: db.popupScriptBytesBeforeFigures, badge },
        reports,
      },
      null,
      2,
    ),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
