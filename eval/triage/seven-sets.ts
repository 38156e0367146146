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
import { sevenReport, type Prediction, type SevenPost, type SevenReport } from './seven-labels';

export interface SevenSetResult {
  name: string;
  note: string;
  page: SevenReport;
  background: SevenReport;
  postsPerSecond: { page: number; background: number };
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
  check: string;
  blind: string;
}

export function sevenSets(dirs: SevenDirs): { results: SevenSetResult[]; blindMissing: boolean } {
  const results = [
    scoreSevenSet('dev', 'hand-written for issue 17 (eval/corpus/dev); the shipped weights were fitted on it: in-sample, optimistic', loadCorpus(dirs.dev)),
    scoreSevenSet('dev2', 'hand-written by a second set of writers, eight other industries (eval/corpus/dev2); train-shipped.ts fits on it, the shipped weights are not fitted on it yet (docs/triage.md, sixth pass)', loadCorpus(dirs.dev2)),
    scoreSevenSet('check', 'hand-written with the dev corpus, never fitted on; the same writer, fresh scenarios', loadCorpus(dirs.check)),
    scoreSevenSet('older sets', 'dev-7label, holdout-7label and blind-7label (tests/unit/triage); fitted on since issue 17', oldHandSets()),
  ];
  const blindMissing = !fs.existsSync(dirs.blind);
  if (!blindMissing) results.push(scoreSevenSet('blind', `written by another engineer (${dirs.blind}); aggregate figures only`, loadCorpus(dirs.blind)));
  return { results, blindMissing };
}
