// The shipped model's reading of a post, and nothing else: what the page runs (x.content's
// local-reading.ts) so an overlay appears with the post before the background answers. It imports
// none of the learning code (learner, correction store and memory, hashed n-grams), which keeps
// the content script small; the full engine (index.ts) classifies through the same functions
// here, so with no corrections both give the same label, confidence and reasons.
import { LABELS, type Label, type Reason } from '../model';
import { matchBrandRules, type BrandRule } from './brand-rules';
import { explain, type LearnedView } from './explain';
import { detectLanguage, languageFromHint } from './language';
import { LABEL_COUNT, LABEL_INDEX, shippedBias, shippedMatrix } from './shipped-model';
import { computeSignals, FEATURE_COUNT, type Signals } from './signals';
import { tokenize, type Tokens } from './tokenize';

export interface TriageInput {
  text: string;
  /** A hint from X's lang attribute; detected when absent or 'und'. */
  lang?: string;
  /** Brand mentions are not "other" just for naming the brand. */
  brand?: { handles: string[]; keywords: string[] };
  /** The brand's own keyword rules from settings. */
  rules?: BrandRule[];
}

export interface TriageResult {
  label: Label;
  /** 0..1 */
  confidence: number;
  /** Never empty. */
  reasons: Reason[];
  /** ISO 639-1 or 'und'. */
  lang: string;
}

export interface ShippedAnalysis {
  lang: string;
  tokens: Tokens;
  signals: Signals;
}

export function analyse(input: TriageInput): ShippedAnalysis {
  const lang = languageFromHint(input.lang) ?? detectLanguage(input.text);
  const tokens = tokenize(input.text, input.brand);
  return { lang, tokens, signals: computeSignals(tokens, lang) };
}

export interface ShippedScorer {
  matrix: Float32Array;
  /** Adds the shipped model's score of each label for a signal vector to `out`. */
  score(x: Float32Array, out: Float64Array): void;
}

export function shippedScorer(): ShippedScorer {
  const matrix = shippedMatrix();
  const bias = shippedBias();
  return {
    matrix,
    score(x, out) {
      for (let k = 0; k < LABEL_COUNT; k++) out[k] = (out[k] ?? 0) + (bias[k] ?? 0);
      for (let f = 0; f < FEATURE_COUNT; f++) {
        const v = x[f] ?? 0;
        if (v === 0) continue;
        for (let k = 0; k < LABEL_COUNT; k++) out[k] = (out[k] ?? 0) + v * (matrix[f * LABEL_COUNT + k] ?? 0);
      }
    },
  };
}

export function softmaxTop(scores: Float64Array, top: number): number {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let z = 0;
  for (const s of scores) z += Math.exp(s - max);
  return Math.exp((scores[top] ?? 0) - max) / z;
}

export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
  return best;
}

/**
 * The label from scores already computed: a brand rule first (never hiding a crisis the model
 * sees), then `remembered` (the full engine's near-copy memory), else the top score.
 */
export function decide(
  a: ShippedAnalysis,
  scores: Float64Array,
  matrix: Float32Array,
  rules: BrandRule[] | undefined,
  learned?: LearnedView,
  remembered?: (a: ShippedAnalysis) => number | undefined,
): TriageResult {
  const top = argmax(scores);
  const reasons = (label: number): Reason[] => explain(label, a.signals, matrix, learned);
  const rule = matchBrandRules(a.tokens, rules);
  if (rule !== undefined && !(LABELS[top] === 'crisis' && rule.label !== 'crisis')) {
    const k = LABEL_INDEX[rule.label];
    const support = reasons(k).filter((r) => r.kind !== 'no_signal' && r.kind !== 'learned');
    return { label: rule.label, confidence: 1, reasons: [{ kind: 'brand_rule', terms: [rule.phrase] }, ...support], lang: a.lang };
  }
  const copy = remembered?.(a);
  if (copy !== undefined) {
    const confidence = Math.max(0.95, softmaxTop(scores, copy));
    const support = reasons(copy).filter((r) => r.kind !== 'no_signal');
    return { label: LABELS[copy] ?? 'other', confidence, reasons: [{ kind: 'agent_correction' }, ...support], lang: a.lang };
  }
  return { label: LABELS[top] ?? 'other', confidence: softmaxTop(scores, top), reasons: reasons(top), lang: a.lang };
}

export interface ShippedTriage {
  classify(input: TriageInput): TriageResult;
}

/** The shipped model alone: no corrections, no learning. */
export function createShippedTriage(): ShippedTriage {
  const shipped = shippedScorer();
  const scores = new Float64Array(LABEL_COUNT);
  return {
    classify(input) {
      const a = analyse(input);
      scores.fill(0);
      shipped.score(a.signals.x, scores);
      return decide(a, scores, shipped.matrix, input.rules);
    },
  };
}
