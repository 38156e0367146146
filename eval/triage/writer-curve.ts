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

/** Above any probability: no crisis raise and no flag, so every label is the argmax. */
const ARGMAX_ONLY = 2;
type Kind = 'one writer' | 'two writers' | 'two writers, same size as one';
const rows: { kind: Kind; macroF1: number; accuracy: number; crisisRecall: number }[] = [];
for (const target of WRITERS) {
  const others = WRITERS.filter((w) => w !== target);
  const size = Math.min(...others.map((w) => posts(w).length));
  const fits: [Kind, string, Prepared[]][] = [
    ...others.map((w): [Kind, string, Prepared[]] => ['one writer', w, posts(w)]),
    ['two writers', others.join(' + '), others.flatMap((w) => posts(w))],
    ['two writers, same size as one', `${others.join(' + ')}, same size`, others.flatMap((w) => subsample(posts(w), Math.floor(size / others.length)))],
  ];
  for (const [kind, training, data] of fits) {
    const m = fit(data);
    const test = posts(target);
    const r = sevenReport(test.map((d) => d.post), predictions(test.map((d) => probabilities(m, d, true)), ARGMAX_ONLY, ARGMAX_ONLY));
    rows.push({ kind, macroF1: r.macroF1, accuracy: r.accuracy, crisisRecall: r.crisis.recall });
    process.stdout.write(`${target} predicted by ${training} (${data.length} posts): macro-F1 ${r.macroF1}, accuracy ${r.accuracy}, crisis R ${r.crisis.recall} / P ${r.crisis.precision}\n`);
  }
}

const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(3);
for (const kind of ['one writer', 'two writers', 'two writers, same size as one'] as const) {
  const sel = rows.filter((r) => r.kind === kind);
  process.stdout.write(`${kind}: mean macro-F1 on the unseen writer ${mean(sel.map((r) => r.macroF1))}, accuracy ${mean(sel.map((r) => r.accuracy))}, crisis recall ${mean(sel.map((r) => r.crisisRecall))} (${sel.length} fits)\n`);
}
