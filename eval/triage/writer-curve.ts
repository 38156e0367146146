// npx tsx eval/triage/writer-curve.ts — how the seven-label model reads a writer it has never seen,
// as the number of training writers grows. Each of the three corpus writers (eval/corpus/dev, dev2,
// dev3) is held out in turn and predicted by models fitted on one or both of the others; "two
// writers, same size" fits on both others subsampled to one writer's size, to tell more writers
// from more posts. Never the check set, never the blind part. Labels are the argmax (no crisis
// threshold: one chosen per fit would need fits inside fits), so figures compare with each other,
// not with the shipped model's.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashString } from '../../lib/triage/hash';
import { loadCorpus } from './corpus';
import { sevenReport } from './seven-labels';
import { fit, predictions, prepare, probabilities, type Prepared } from './train/two-stage-fit';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WRITERS = ['dev', 'dev2', 'dev3'] as const;
type Writer = (typeof WRITERS)[number];

const byWriter = new Map<Writer, Prepared[]>(
  WRITERS.map((w) => [w, loadCorpus(path.join(ROOT, 'eval/corpus', w)).map((r) => prepare({ ...r, group: r.industry }))]),
);
const posts = (w: Writer) => byWriter.get(w)!;

/** A deterministic subsample of `n` posts (by the text's hash, so every run picks the same). */
function subsample(xs: readonly Prepared[], n: number): Prepared[] {
  return [...xs].sort((a, b) => hashString(a.post.text) - hashString(b.post.text)).slice(0, n);
}

interface Row {
  heldOut: Writer;
  training: string;
  writers: number;
  posts: number;
  macroF1: number;
  accuracy: number;
  crisisRecall: number;
  crisisPrecision: number;
}

const rows: Row[] = [];
for (const target of WRITERS) {
  const others = WRITERS.filter((w) => w !== target);
  const size = Math.min(...others.map((w) => posts(w).length));
  const fits: [string, number, Prepared[]][] = [
    ...others.map((w) => [w, 1, posts(w)] as [string, number, Prepared[]]),
    [others.join(' + '), 2, others.flatMap((w) => posts(w))],
    [`${others.join(' + ')}, same size`, 2, others.flatMap((w) => subsample(posts(w), Math.floor(size / others.length)))],
  ];
  for (const [training, writers, data] of fits) {
    const m = fit(data);
    const test = posts(target);
    const r = sevenReport(test.map((d) => d.post), predictions(test.map((d) => probabilities(m, d, true)), 2, 2));
    rows.push({ heldOut: target, training, writers, posts: data.length, macroF1: r.macroF1, accuracy: r.accuracy, crisisRecall: r.crisis.recall, crisisPrecision: r.crisis.precision });
    process.stdout.write(`${target} predicted by ${training} (${data.length} posts): macro-F1 ${r.macroF1}, accuracy ${r.accuracy}, crisis R ${r.crisis.recall} / P ${r.crisis.precision}\n`);
  }
}

const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(3);
for (const [name, pick] of [
  ['one writer', (r: Row) => r.writers === 1],
  ['two writers', (r: Row) => r.writers === 2 && !r.training.endsWith('same size')],
  ['two writers, same size as one', (r: Row) => r.training.endsWith('same size')],
] as const) {
  const sel = rows.filter(pick);
  process.stdout.write(`${name}: mean macro-F1 on the unseen writer ${mean(sel.map((r) => r.macroF1))}, accuracy ${mean(sel.map((r) => r.accuracy))}, crisis recall ${mean(sel.map((r) => r.crisisRecall))} (${sel.length} fits)\n`);
}
