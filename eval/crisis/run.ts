// npm run eval:crisis [-- --write] — how the surge detector does on quiet streams (false alarms per
// 1,000 quiet hours) and on surges of four shapes and five sizes injected into them (detection
// rate, median delay from the surge's start to the alert). Backgrounds: three synthetic brands and,
// when ../shared is there, real inbound timing from the Customer Support on Twitter sample.
// Prints a table; with --write also writes docs/crisis-eval.json (docs/crisis.md quotes it).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DETECTOR_CONFIG } from '../../lib/crisis/detector-config';
import type { DetectorState } from '../../lib/crisis/detector-state';
import type { SurgeAlert } from '../../lib/crisis/surge-alert';
import { SurgeDetector, type DetectorInput } from '../../lib/crisis/surge-detector';
import { loadRealInbound } from './real-timing';
import { replay } from './replay';
import { DAILY, FLAT, SHAPE_MINUTES, SHAPES, merge, quietStream, surgeStream, type Shape } from './streams';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared/eval/response-times');
const TWCS = path.join(SHARED, 'twcs_first5000.csv');
const OUT = path.join(ROOT, 'docs/crisis-eval.json');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-01-05T00:00:00Z');
const SIZES = [10, 20, 40, 80, 160] as const;
const SEEDS = [1, 2, 3];
/** After the surge's last minute, how long an alert still counts as catching it. */
const GRACE_MS = HOUR;

interface Background {
  name: string;
  mentions: DetectorInput[];
  start: number;
  hours: number;
  /** Instants to inject surges at (each after days of history). */
  points: number[];
}

function synthetic(name: string, days: number, perHour: readonly number[], negativeShare: number, seed: number): Background {
  const mentions = quietStream({ start: T0, hours: days * 24, perHour, negativeShare, seed });
  const points = [3, 6, 10, 14]
    .filter((d) => d < days - 1)
    .flatMap((d) => [3, 11, 16].map((h) => T0 + d * DAY + h * HOUR));
  return { name, mentions, start: T0, hours: days * 24, points };
}

function backgrounds(): { list: Background[]; skipped?: string } {
  const list = [
    synthetic('small brand, 6 an hour', 21, FLAT(6), 0.3, 101),
    synthetic('daily rhythm, 30 an hour at peak', 21, DAILY(30), 0.35, 102),
    synthetic('busy brand, 240 an hour at peak', 10, DAILY(240), 0.4, 103),
  ];
  if (!existsSync(TWCS)) return { list, skipped: `real inbound timing skipped: ${SHARED} is absent` };
  const real = loadRealInbound(TWCS);
  const start = real.mentions[0]!.postedAt;
  const points = Array.from({ length: 10 }, (_, i) => start + 7 * DAY + Math.floor((i * (real.hours * HOUR - 9 * DAY)) / 10));
  list.push({ name: real.name, mentions: real.mentions, start, hours: real.hours, points });
  return { list };
}

/** New alerts only (an update of an alert already raised is the same alarm). */
const newAlerts = (alerts: SurgeAlert[]) => alerts.filter((a) => a.updatedAt === undefined);

/** Replays the whole background once: its false alarms, and the detector's state at each injection point. */
function quietPass(bg: Background) {
  const detector = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, bg.start);
  const snapshots = new Map<number, DetectorState>();
  const alerts: SurgeAlert[] = [];
  let from = 0;
  for (const p of [...bg.points].sort((a, b) => a - b)) {
    let to = from;
    while (to < bg.mentions.length && bg.mentions[to]!.postedAt < p) to++;
    alerts.push(...replay(detector, bg.mentions.slice(from, to), { until: p }));
    snapshots.set(p, detector.exportState());
    from = to;
  }
  alerts.push(...replay(detector, bg.mentions.slice(from)));
  return { falseAlarms: newAlerts(alerts).length, snapshots };
}

const TOPIC = ['outage', 'zagreb'];
/** Each row: a shape, and whether the surge shares words (a diffuse one tests the brand-level test alone). */
const ROWS = [
  ...SHAPES.map((shape) => ({ name: `${shape} (${SHAPE_MINUTES[shape]} min)`, key: shape as string, shape, topic: TOPIC })),
  { name: `step, no shared words (${SHAPE_MINUTES.step} min)`, key: 'step_diffuse', shape: 'step' as Shape, topic: [] as string[] },
];

/** One injected surge: the delay to its first alert in ms, or null when missed. */
function trial(bg: Background, state: DetectorState, at: number, row: (typeof ROWS)[number], size: number, seed: number): number | null {
  const { shape, topic } = row;
  // A different surge at every point, size and seed.
  const surgeSeed = (seed * 7919 + size * 31 + Math.floor(at / 60_000)) % 2_147_483_647;
  const end = at + SHAPE_MINUTES[shape] * 60_000 + GRACE_MS;
  const detector = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, state, at);
  const quiet = bg.mentions.filter((m) => m.postedAt >= at && m.postedAt < end);
  const surge = surgeStream({ shape, start: at, size, topic, seed: surgeSeed });
  const alerts = replay(detector, merge(quiet, surge), { until: end });
  const hit = alerts.find((a) => (a.updatedAt ?? a.raisedAt) >= at && (!a.topic || topic.length === 0 || a.topic.terms.some((t) => topic.includes(t))));
  return hit ? (hit.updatedAt ?? hit.raisedAt) - at : null;
}

interface Cell {
  trials: number;
  detected: number;
  delaysMin: number[];
}
const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const summary = (c: Cell) => ({
  trials: c.trials,
  detectionRate: c.trials ? c.detected / c.trials : null,
  medianDelayMinutes: median(c.delaysMin),
});

function main() {
  const write = process.argv.includes('--write');
  const started = performance.now();
  const { list, skipped } = backgrounds();
  if (skipped) console.log(skipped);
  const perBackground = [];
  const byShapeSize = new Map<string, Cell>();
  let quietHours = 0;
  let quietFalseAlarms = 0;
  for (const bg of list) {
    const { falseAlarms, snapshots } = quietPass(bg);
    quietHours += bg.hours;
    quietFalseAlarms += falseAlarms;
    const cells = new Map<string, Cell>();
    for (const row of ROWS)
      for (const size of SIZES) {
        const key = `${row.key}/${size}`;
        const cell: Cell = { trials: 0, detected: 0, delaysMin: [] };
        for (const [at, state] of snapshots)
          for (const seed of SEEDS) {
            const delay = trial(bg, state, at, row, size, seed);
            cell.trials++;
            if (delay !== null) {
              cell.detected++;
              cell.delaysMin.push(delay / 60_000);
            }
          }
        cells.set(key, cell);
        const all = byShapeSize.get(key) ?? { trials: 0, detected: 0, delaysMin: [] };
        all.trials += cell.trials;
        all.detected += cell.detected;
        all.delaysMin.push(...cell.delaysMin);
        byShapeSize.set(key, all);
      }
    perBackground.push({
      name: bg.name,
      mentions: bg.mentions.length,
      quietHours: Math.round(bg.hours),
      falseAlarms,
      falseAlarmsPer1000Hours: (falseAlarms * 1000) / bg.hours,
      surges: Object.fromEntries([...cells].map(([k, c]) => [k, summary(c)])),
    });
  }

  const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);
  const min = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} min`);
  console.log(`\nSurge detection, all backgrounds pooled (${SEEDS.length} seeds × injection points per background)`);
  console.log(`| shape (duration) | ${SIZES.map((s) => `${s} mentions`).join(' | ')} |`);
  console.log(`|---|${SIZES.map(() => '---').join('|')}|`);
  for (const row of ROWS) {
    const cells = SIZES.map((s) => summary(byShapeSize.get(`${row.key}/${s}`)!));
    console.log(`| ${row.name} | ${cells.map((c) => `${pct(c.detectionRate)}, ${min(c.medianDelayMinutes)}`).join(' | ')} |`);
  }
  console.log('\n| background | mentions | quiet hours | false alarms | per 1,000 quiet hours | detected (all surges) |');
  console.log('|---|---|---|---|---|---|');
  for (const b of perBackground) {
    const cells = Object.values(b.surges);
    const rate = cells.reduce((a, c) => a + (c.detectionRate ?? 0) * c.trials, 0) / cells.reduce((a, c) => a + c.trials, 0);
    console.log(`| ${b.name} | ${b.mentions} | ${b.quietHours} | ${b.falseAlarms} | ${b.falseAlarmsPer1000Hours.toFixed(2)} | ${pct(rate)} |`);
  }
  const overall = (quietFalseAlarms * 1000) / quietHours;
  console.log(`\nAll backgrounds: ${quietFalseAlarms} false alarms in ${Math.round(quietHours)} quiet hours = ${overall.toFixed(2)} per 1,000 hours.`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);

  if (!write) return;
  const report = {
    command: 'npm run eval:crisis -- --write',
    detector: DEFAULT_DETECTOR_CONFIG,
    sizes: SIZES,
    shapes: Object.fromEntries(SHAPES.map((s) => [s, { minutes: SHAPE_MINUTES[s] }])),
    seeds: SEEDS,
    graceMinutes: GRACE_MS / 60_000,
    realTiming: skipped ? null : 'twcs_first5000.csv inbound tweets from 2017-10-01, labelled by the shipped triage',
    falseAlarmsPer1000QuietHours: overall,
    pooled: Object.fromEntries([...byShapeSize].map(([k, c]) => [k, summary(c)])),
    backgrounds: perBackground,
  };
  writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

main();
