// The popup at 100,000 mentions, alone: page start → figures, the counting query, the JavaScript
// it loads. For comparing two builds in one session (noisy machine): run it once per build, e.g.
//   CARELINE_EXTENSION_DIR=/tmp/before npx tsx scripts/bench/popup-scale.ts
//   CARELINE_EXTENSION_DIR=.output/chrome-mv3 npx tsx scripts/bench/popup-scale.ts
import { loadavg } from 'node:os';
import { dbScale, firstSources } from './db-scale';
import { ms, summarise } from './stats';

const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const run = await dbScale(100_000, rounds);
const first = summarise(run.popupFirstData);
const query = summarise(run.popupQuery);
const phase = (xs: number[]) => ms(summarise(xs.filter(Number.isFinite)).median);
console.log(
  [
    `extension ${process.env.CARELINE_EXTENSION_DIR ?? '.output/chrome-mv3'} · ${run.seeded.toLocaleString('en')} mentions · ${rounds} opens · load ${loadavg()[0]!.toFixed(1)}`,
    `popup page start → figures: median ${ms(first.median)}, p95 ${ms(first.p95)} (IQR ${ms(first.iqr[0])}–${ms(first.iqr[1])})`,
    `first figures from:         ${firstSources(run.popupFirstSource)}`,
    `popup counts query:         median ${ms(query.median)}, p95 ${ms(query.p95)}`,
    `popup phases (medians from page start): scripts run ${phase(run.popupPhases.scripts)} · counts asked ${phase(run.popupPhases.countsAsked)} · answered ${phase(run.popupPhases.countsAnswered)} · figures ${ms(first.median)}`,
    `popup JavaScript loaded:    ${(run.popupScriptBytesBeforeFigures / 1000).toFixed(1)} KB declared by popup.html (before the figures), ${(run.popupScriptBytes / 1000).toFixed(1)} KB in all`,
  ].join('\n'),
);
