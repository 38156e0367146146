// Fits the shipped model's weights (stage one, what the page runs): a softmax over the signal
// vector, per language as a shared block plus a language's own block (pulled harder toward zero),
// with the hand-set weights (lib/triage/shipped-model.ts) as the prior the shared block is pulled
// toward. Offline code: train-shipped.ts writes the result to lib/triage/shipped-weights.ts.
import { LABEL_COUNT, SHIPPED_BIAS, shippedMatrix } from '../../../lib/triage/shipped-model';
import { FEATURE_COUNT, FEATURE_INDEX, FEATURES } from '../../../lib/triage/signals';
import { LEXICON_LANGS, type LexiconLang } from '../../../lib/triage/lexicon/index';
import { LABELS } from '../../../lib/model';
import { balanceWeights, trainSoftmax, type Example } from './softmax';

const F = FEATURE_COUNT;
const K = LABEL_COUNT;
const L = LEXICON_LANGS.length;
/** Features stage one never weighs: the tone model's signals belong to the background's second stage. */
export const STAGE_TWO_ONLY = new Set<number>([FEATURE_INDEX.tone_negative, FEATURE_INDEX.tone_positive]);

export interface SignalExample {
  x: Float32Array;
  y: number;
  lang: LexiconLang;
  /** How much the example counts (1 when absent): real tweets with mapped labels count less. */
  weight?: number;
}

export interface StageOneOptions {
  epochs: number;
  eta: number;
  /** Pull of the shared block toward the hand-set prior. */
  l2: number;
  /** Pull of a language's own block toward zero, relative to l2. */
  langL2: number;
  balancePower: number;
  seed: number;
  /** Keep the hand-set biases: the corpus's label mix is not X's. */
  fixedBias: boolean;
  /**
   * Features held closer to the prior, by this factor of l2: the parts a combination is made of
   * ("my mum", "everyone", "insulin" alone are no crisis) and the post's shape, whose mix in a
   * hand-written corpus is not the mix on X.
   */
  anchored: readonly string[];
  anchorL2: number;
}

/**
 * Features that keep their hand-set weights: the shape of a post (links, headline style) and a
 * compliment under negation, set and checked on real tweets (the public sets' train splits),
 * whose mix a hand-written corpus does not have (there nearly every link is spam).
 */
export const FROZEN = ['negated_positive', 'link', 'link_only', 'link_farm', 'headline', 'problem_link'] as const;

export const ANCHORED = [
  'vulnerable', 'many_affected', 'health_critical', 'discrimination', 'money_loss', 'others_data', 'harm', 'passing', 'closing', 'resolved',
  'service_context', 'personal', 'brand_mention', 'to_brand', 'to_other_user', 'brand_by_name', 'request', 'question_word',
  'lang_en', 'lang_fr', 'lang_de', 'lang_es', 'lang_hr', 'link', 'short', 'exclamations', 'shouting', 'hashtag',
  'negated_positive', 'link_only', 'link_farm', 'headline', 'negative',
] as const;

export const STAGE_ONE_DEFAULTS: StageOneOptions = {
  epochs: 60, eta: 0.1, l2: 0.002, langL2: 4, balancePower: 0.5, seed: 7, fixedBias: false, anchored: ANCHORED, anchorL2: 30,
};

export interface StageOneModel {
  /** Per language, [feature][label] (the shared block plus the language's own). */
  matrices: Record<LexiconLang, Float32Array>;
  bias: Float32Array;
}

const FROZEN_INDEX = new Set<number>(FROZEN.map((f) => FEATURE_INDEX[f]));

function sparseOf(e: SignalExample): { idx: Int32Array; val: Float32Array } {
  const idx: number[] = [];
  const val: number[] = [];
  const block = (LEXICON_LANGS.indexOf(e.lang) + 1) * F;
  for (let f = 0; f < F; f++) {
    const v = e.x[f] ?? 0;
    if (v === 0 || STAGE_TWO_ONLY.has(f) || FROZEN_INDEX.has(f)) continue;
    idx.push(f, block + f);
    val.push(v, v);
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

export function fitStageOne(data: readonly SignalExample[], o: StageOneOptions = STAGE_ONE_DEFAULTS): StageOneModel {
  const dim = F * (L + 1);
  const prior = new Float32Array(dim * K);
  prior.set(shippedMatrix());
  const l2Scale = new Float32Array(dim).fill(o.langL2);
  l2Scale.fill(1, 0, F);
  for (const name of o.anchored) {
    const f = (FEATURES as readonly string[]).indexOf(name);
    if (f < 0) continue;
    for (let b = 0; b <= L; b++) l2Scale[b * F + f] = (b === 0 ? 1 : o.langL2) * o.anchorL2;
  }
  const bw = balanceWeights(data.map((d) => d.y), K, o.balancePower);
  // The hand-set biases and the frozen features' weights are a fixed offset: the fit learns the rest.
  const frozenOffset = (d: SignalExample): Float64Array => {
    const out = Float64Array.from(LABELS.map((l) => SHIPPED_BIAS[l]));
    for (const f of FROZEN_INDEX) for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + (d.x[f] ?? 0) * (prior[f * K + k] ?? 0);
    return out;
  };
  const examples: Example[] = data.map((d) => ({ ...sparseOf(d), y: d.y, weight: (bw[d.y] ?? 1) * (d.weight ?? 1), offset: frozenOffset(d) }));
  const m = trainSoftmax(examples, { dim, classes: K, epochs: o.epochs, eta: o.eta, l2: o.l2, seed: o.seed, prior, l2Scale, fixedBias: o.fixedBias });
  const matrices = {} as Record<LexiconLang, Float32Array>;
  LEXICON_LANGS.forEach((lang, li) => {
    const mat = new Float32Array(F * K);
    for (let i = 0; i < F * K; i++) mat[i] = (m.w[i] ?? 0) + (m.w[(li + 1) * F * K + i] ?? 0);
    for (const f of STAGE_TWO_ONLY) for (let k = 0; k < K; k++) mat[f * K + k] = 0;
    for (const f of FROZEN_INDEX) for (let k = 0; k < K; k++) mat[f * K + k] = prior[f * K + k] ?? 0;
    matrices[lang] = mat;
  });
  const bias = Float32Array.from(LABELS.map((l, k) => SHIPPED_BIAS[l] + (m.b[k] ?? 0)));
  return { matrices, bias };
}

/** Scores of one signal vector under a fitted stage one. */
export function stageOneScores(m: StageOneModel, e: SignalExample, out: Float64Array): Float64Array {
  const mat = m.matrices[e.lang];
  for (let k = 0; k < K; k++) out[k] = m.bias[k] ?? 0;
  for (let f = 0; f < F; f++) {
    const v = e.x[f] ?? 0;
    if (v === 0) continue;
    for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (mat[f * K + k] ?? 0);
  }
  return out;
}

export { FEATURES };
