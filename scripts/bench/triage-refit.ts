// npx tsx scripts/bench/triage-refit.ts [corrections=20000] [runs=3]
// The re-fit as the background runs it (lib/service/triage-store.ts): slices of FIT_SLICE_MS until
// the new model is swapped in, against settle() (the whole fit at once). Prints the medians over
// the runs of the longest slice, the slices' total and the wall time of the settle() fit.
import { FIT_SLICE_MS } from '../../lib/service/triage-store';
import { createTriage } from '../../lib/triage/index';
import { BRAND, CRISIS_CASES, LABEL_CASES } from '../../tests/unit/triage/cases';
import { summarise } from './stats';

const N = Number(process.argv[2] ?? 20_000);
const RUNS = Number(process.argv[3] ?? 3);
const cases = [...CRISIS_CASES, ...LABEL_CASES];
const LABELS = ['complaint', 'praise', 'question'] as const;
// Corrections differ by an order number and a made-up word, so every one adds new n-grams (as in
// tests/bench/triage.bench.ts).
const correction = (i: number) => {
  const c = cases[i % cases.length] ?? cases[0];
  return { text: `${c?.text ?? ''} #${i % 1000} order ${i} ${(i * 7919).toString(36)}`, lang: c?.lang, brand: BRAND };
};

const t = createTriage();
const l0 = performance.now();
for (let i = 0; i < N; i++) t.learn(correction(i), LABELS[i % 3] ?? 'other');
const learnMs = performance.now() - l0;

const longest: number[] = [];
const sliced: number[] = [];
const counts: number[] = [];
const whole: number[] = [];
for (let run = 0; run < RUNS; run++) {
  // Sliced, as the background does it: every slice timed; the fit runs on the same N corrections.
  const state = structuredClone(t.exportState());
  const a = createTriage(state);
  let max = 0;
  let sum = 0;
  let n = 0;
  for (;;) {
    const s0 = performance.now();
    const progress = a.fitSlice(FIT_SLICE_MS, true);
    const ms = performance.now() - s0;
    if (progress === 'idle') break;
    max = Math.max(max, ms);
    sum += ms;
    n++;
  }
  longest.push(max);
  sliced.push(sum);
  counts.push(n);
  const b = createTriage(structuredClone(state));
  const w0 = performance.now();
  b.settle();
  whole.push(performance.now() - w0);
}
const f = (v: number) => v.toFixed(1);
process.stdout.write(
  `${N} corrections stored in ${f(learnMs)} ms (${f((learnMs / N) * 1000)} µs each, no fit)\n` +
    `sliced fit (budget ${FIT_SLICE_MS} ms): longest slice median ${f(summarise(longest).median)} ms (max ${f(summarise(longest).max)}), ` +
    `${summarise(counts).median} slices, total ${f(summarise(sliced).median)} ms\n` +
    `settle() in one go: median ${f(summarise(whole).median)} ms over ${RUNS} runs\n`,
);
