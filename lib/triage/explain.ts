// The reasons behind a label: the signals that pushed the post toward it most, with the words
// that fired them, and what the team's corrections added. A label never comes without one.
import type { Reason } from '../model';
import type { OnlineLearner } from './learner';
import { codeOf, unigramBucket, type Features } from './ngrams';
import { LABEL_COUNT } from './shipped-model';
import { FEATURES, type Signals } from './signals';
import { Kind, type Tokens } from './tokenize';

const MAX_REASONS = 4;
const MIN_CONTRIBUTION = 0.2;
const MIN_LEARNED = 0.3;
const MAX_TERMS = 10;
const MAX_TERM_LENGTH = 80;

function clipTerms(terms: readonly string[] | undefined): string[] | undefined {
  if (terms === undefined || terms.length === 0) return undefined;
  return terms.slice(0, MAX_TERMS).map((t) => (t.length > MAX_TERM_LENGTH ? `${t.slice(0, MAX_TERM_LENGTH - 1)}…` : t));
}

/** Words whose learned weights pushed the post toward the label most. */
function learnedTerms(t: Tokens, learner: OnlineLearner, label: number): string[] {
  const scored: { term: string; w: number }[] = [];
  t.toks.forEach((tok, i) => {
    const k = t.kinds[i];
    if (k !== Kind.Word && k !== Kind.Hashtag && k !== Kind.Emoji) return;
    const w = learner.weightOf(unigramBucket(codeOf(tok, k, t.negated[i] === 1)), label);
    if (w > 0) scored.push({ term: t.surface[i] ?? tok, w });
  });
  scored.sort((a, b) => b.w - a.w);
  return [...new Set(scored.map((s) => s.term))].slice(0, 3);
}

export function explain(
  label: number,
  signals: Signals,
  shipped: Float32Array,
  learner: OnlineLearner,
  tokens: Tokens,
  hashed: Features | undefined,
): Reason[] {
  const { x, terms } = signals;
  const parts: { reason: Reason; weight: number }[] = [];
  FEATURES.forEach((f, i) => {
    const v = x[i] ?? 0;
    if (v === 0) return;
    const weight = v * ((shipped[i * LABEL_COUNT + label] ?? 0) + (learner.active ? learner.denseWeight(i, label) : 0));
    if (weight < MIN_CONTRIBUTION) return;
    const t = clipTerms(terms.get(f));
    parts.push({ reason: t === undefined ? { kind: f } : { kind: f, terms: t }, weight });
  });
  if (learner.active && hashed !== undefined) {
    let weight = 0;
    for (let i = 0; i < hashed.n; i++) weight += (hashed.val[i] ?? 0) * learner.weightOf(hashed.idx[i] ?? 0, label);
    if (weight >= MIN_LEARNED) {
      const t = learnedTerms(tokens, learner, label);
      parts.push({ reason: t.length > 0 ? { kind: 'learned', terms: t } : { kind: 'learned' }, weight });
    }
  }
  parts.sort((a, b) => b.weight - a.weight);
  const reasons = parts.slice(0, MAX_REASONS).map((p) => p.reason);
  if (reasons.length === 0) reasons.push({ kind: learner.active ? 'learned' : 'no_signal' });
  return reasons;
}
