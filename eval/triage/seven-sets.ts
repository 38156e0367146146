// The seven-label sets of `npm run eval:triage`: the development corpus (the shipped weights were
// fitted on it), the check set (held out of all fitting), the older hand-written sets, and the
// blind part (eval/corpus/blind or --blind DIR). Each is read twice: the page's first reading
// (stage one) and the background's answer (both stages). Only aggregate figures leave this file:
// a blind row's text, label or prediction is never printed or returned.
import fs from 'node:fs';
import { createTriage } from '../../lib/triage/index';
import { createShippedTriage } from '../../lib/triage/shipped-classify';
import type { TriageResult } from '../../lib/triage/shipped-classify';
import { loadCorpus } from './corpus';
import { oldHandSets } from './hand-sets';
import { fitSevenBaseline } from './seven-baseline';
import { sevenReport, type Prediction, type SevenPost, type SevenReport } from './seven-labels';

export interface SevenSetResult {
  name: string;
  note: string;
  page: SevenReport;
  background: SevenReport;
  postsPerSecond: { page: number; background: number };
  /** The same-run plain word + character n-gram LR fitted on the training sets (seven-baseline.ts); held-out sets only. */
  baseline?: SevenReport;
}

const prediction = (r: TriageResult): Prediction => ({ label: r.label, possibleCrisis: r.reasons.some((x) => x.kind === 'possible_crisis') });

function read(posts: readonly SevenPost[], classify: (p: SevenPost) => TriageResult): { preds: Prediction[]; perSecond: number } {
  const t0 = performance.now();
  const preds = posts.map((p) => prediction(classify(p)));
  return { preds, perSecond: Math.round((posts.length / Math.max(performance.now() - t0, 1e-3)) * 1000) };
}

export function scoreSevenSet(name: string, note: string, posts: readonly SevenPost[]): SevenSetResult {
  const page = createShippedTriage();
  const background = createTriage();
  const input = (p: SevenPost) => ({ text: p.text, lang: p.lang, brand: { handles: [...p.brand.handles], keywords: [...p.brand.keywords] } });
  const a = read(posts, (p) => page.classify(input(p)));
  const b = read(posts, (p) => background.classify(input(p)));
  return { name, note, page: sevenReport(posts, a.preds), background: sevenReport(posts, b.preds), postsPerSecond: { page: a.perSecond, background: b.perSecond } };
}

export interface SevenDirs {
  dev: string;
  /** The second training corpus (other writers, other industries). */
  dev2: string;
  /** The third training corpus (seventh pass); left out when the directory does not exist. */
  dev3: string;
  check: string;
  blind: string;
}

export function sevenSets(dirs: SevenDirs): { results: SevenSetResult[]; blindMissing: boolean; baselineTrainedOn: number } {
  const dev = loadCorpus(dirs.dev);
  const dev2 = loadCorpus(dirs.dev2);
  const dev3 = fs.existsSync(dirs.dev3) ? loadCorpus(dirs.dev3) : [];
  const old = oldHandSets();
  // The plain model learns what train-shipped.ts fits the shipped weights on, in this run.
  const baseline = fitSevenBaseline([...dev, ...dev2, ...dev3, ...old]);
  const results = [
    scoreSevenSet('dev', 'hand-written for issue 17 (eval/corpus/dev); the shipped weights were fitted on it: in-sample, optimistic', dev),
    scoreSevenSet('dev2', 'hand-written by a second set of writers, eight other industries (eval/corpus/dev2); the shipped weights are fitted on it (sixth pass): in-sample', dev2),
    ...(dev3.length > 0 ? [scoreSevenSet('dev3', 'hand-written by a third set of writers, the eight issue industries (eval/corpus/dev3); the shipped weights are fitted on it (seventh pass): in-sample', dev3)] : []),
    { ...scoreSevenSet('check', 'hand-written with the dev corpus, never fitted on; the same writer, fresh scenarios', loadCorpus(dirs.check)) },
    scoreSevenSet('older sets', 'dev-7label, holdout-7label and blind-7label (tests/unit/triage); fitted on since issue 17', old),
  ];
  const check = results.find((r) => r.name === 'check');
  if (check !== undefined) check.baseline = baseline.score(loadCorpus(dirs.check));
  const blindMissing = !fs.existsSync(dirs.blind);
  if (!blindMissing) {
    const blind = loadCorpus(dirs.blind);
    results.push({ ...scoreSevenSet('blind', `written by another engineer (${dirs.blind}); aggregate figures only`, blind), baseline: baseline.score(blind) });
  }
  return { results, blindMissing, baselineTrainedOn: baseline.trainedOn };
}
