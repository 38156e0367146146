// The reasons behind a label: the signals that pushed the post toward it most, with the words
// that fired them, and what the team's corrections added. A label never comes without one.
import type { Reason } from '../model';
import { LABEL_COUNT } from './shipped-model';
import { FEATURES, type Signals } from './signals';

/**
 * What the team's corrections add to a post's explanation (learned-reasons.ts builds it); absent
 * for the shipped model, so this file stays free of the learner's code (the page's bundle).
 */
export interface LearnedView {
  /** The learned weight of signal f toward the label, on top of the shipped one. */
  denseWeight(f: number, label: number): number;
  /** How much the post's learned n-gram weights push it toward the label. */
  postWeight(label: number): number;
  /** Words whose learned weights pushed the post toward the label most. */
  terms(label: number): string[];
}

/** What the second stage (second-stage.ts) adds: its n-gram weights on the post's wording. */
export interface WordingView {
  postWeight(label: number): number;
  terms(label: number): string[];
}

const MAX_REASONS = 4;
const MIN_CONTRIBUTION = 0.2;
const MIN_LEARNED = 0.3;
const MAX_TERMS = 10;
const MAX_TERM_LENGTH = 80;

function clipTerms(terms: readonly string[] | undefined): string[] | undefined {
  if (terms === undefined || terms.length === 0) return undefined;
  return terms.slice(0, MAX_TERMS).map((t) => (t.length > MAX_TERM_LENGTH ? `${t.slice(0, MAX_TERM_LENGTH - 1)}…` : t));
}

export function explain(
  label: number,
  signals: Signals,
  shipped: Float32Array,
  learned?: LearnedView,
  wording?: WordingView,
): Reason[] {
  const { x, terms } = signals;
  const parts: { reason: Reason; weight: number }[] = [];
  FEATURES.forEach((f, i) => {
    const v = x[i] ?? 0;
    if (v === 0 || f.startsWith('lang_')) return;
    const weight = v * ((shipped[i * LABEL_COUNT + label] ?? 0) + (learned?.denseWeight(i, label) ?? 0));
    if (weight < MIN_CONTRIBUTION) return;
    const t = clipTerms(terms.get(f));
    parts.push({ reason: t === undefined ? { kind: f } : { kind: f, terms: t }, weight });
  });
  if (learned !== undefined) {
    const weight = learned.postWeight(label);
    if (weight >= MIN_LEARNED) {
      const t = learned.terms(label);
      parts.push({ reason: t.length > 0 ? { kind: 'learned', terms: t } : { kind: 'learned' }, weight });
    }
  }
  if (wording !== undefined) {
    const weight = wording.postWeight(label);
    const t = weight >= MIN_LEARNED ? wording.terms(label) : [];
    if (t.length > 0) parts.push({ reason: { kind: 'wording', terms: t }, weight });
  }
  parts.sort((a, b) => b.weight - a.weight);
  const reasons = parts.slice(0, MAX_REASONS).map((p) => p.reason);
  if (reasons.length === 0) reasons.push({ kind: learned !== undefined ? 'learned' : 'no_signal' });
  return reasons;
}
