// The same-run baseline of the seven-label sets (issue 17, sixth/seventh pass): the public sets'
// plain word + character n-gram logistic regression (baseline-lr.ts, its settings unchanged),
// fitted on the very posts the shipped weights are fitted on (dev, dev2, dev3 when present, the
// older sets) and scored on the other sets next to Careline. It answers one question: when a
// plain model trained on the same data sits where Careline sits on a set, the gap to a target
// is the data's (its writers, its label ambiguity), not the model's. Aggregate figures only.
import { LABELS, type Label } from '../../lib/model';
import { fitBaseline } from './baseline-lr';
import { sevenReport, type SevenPost, type SevenReport } from './seven-labels';

export interface SevenBaseline {
  trainedOn: number;
  score(posts: readonly SevenPost[]): SevenReport;
}

export function fitSevenBaseline(train: readonly SevenPost[]): SevenBaseline {
  const index = new Map<Label, number>(LABELS.map((l, i) => [l, i]));
  const model = fitBaseline(train.map((p) => p.text), train.map((p) => index.get(p.label) ?? 0), LABELS.length);
  return {
    trainedOn: train.length,
    // No possible-crisis flag: the plain model has only its label.
    score: (posts) => sevenReport(posts, posts.map((p) => ({ label: LABELS[model.predict(p.text)] ?? 'other', possibleCrisis: false }))),
  };
}
