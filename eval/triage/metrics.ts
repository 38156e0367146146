// Scores for `npm run eval:triage`: how Careline's seven labels read against a data set's gold.
import type { Label } from '../../lib/model';
import { hashString } from '../../lib/triage/hash';

export type Polarity = 'negative' | 'neutral' | 'positive';
const NEGATIVE: ReadonlySet<Label> = new Set<Label>(['complaint', 'crisis', 'troll']);

/**
 * negative = complaint, crisis or troll; positive = praise; neutral = the rest. A set without a
 * neutral class (two classes) reads every label that is not negative as positive.
 */
export function polarityOf(label: Label, twoClass: boolean): Polarity {
  if (NEGATIVE.has(label)) return 'negative';
  if (label === 'praise' || twoClass) return 'positive';
  return 'neutral';
}

/**
 * Which fifth (0–4) of a data set's train split a post falls in, by its id: the validation folds of
 * `eval:triage` and the held-out fold of the tone model's training are the same fifths.
 */
export function validationFold(id: string): number {
  return hashString(id) % 5;
}

export function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** F1 of one class. */
export function classF1<T>(gold: readonly T[], pred: readonly T[], cls: T): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = pred[i];
    if (p === cls && g === cls) tp++;
    else if (p === cls) fp++;
    else if (g === cls) fn++;
  });
  return f1(tp, fp, fn);
}

export function macroF1<T>(gold: readonly T[], pred: readonly T[], classes: readonly T[]): number {
  if (classes.length === 0) return 0;
  return classes.reduce((s, c) => s + classF1(gold, pred, c), 0) / classes.length;
}

export function accuracy<T>(gold: readonly T[], pred: readonly T[]): number {
  if (gold.length === 0) return 0;
  return gold.filter((g, i) => g === pred[i]).length / gold.length;
}
