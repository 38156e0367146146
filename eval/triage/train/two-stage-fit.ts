// The two-stage fit behind the shipped weights (train-shipped.ts) and the writer curve
// (eval/triage/writer-curve.ts): a post's features, the fit of stage one and stage two, held-out
// predictions, crisis thresholds and labels from probabilities.
import { LABELS, type Label } from '../../../lib/model';
import { lexiconLangFor } from '../../../lib/triage/lexicon/index';
import { featuresOfWords, HASH_SIZE, tokenCodes } from '../../../lib/triage/ngrams';
import { addTone } from '../../../lib/triage/second-stage';
import { analyse } from '../../../lib/triage/shipped-classify';
import { LABEL_COUNT, LABEL_INDEX } from '../../../lib/triage/shipped-model';
import { FEATURE_INDEX } from '../../../lib/triage/signals';
import { hashString } from '../../../lib/triage/hash';
import { Kind, type Tokens } from '../../../lib/triage/tokenize';
import type { Prediction, SevenPost } from '../seven-labels';
import { balanceWeights, scoresOf, softmaxInPlace, trainSoftmax, type Example, type SoftmaxModel } from './softmax';
import { fitStageOne, stageOneScores, STAGE_ONE_DEFAULTS, type SignalExample, type StageOneModel } from './stage-one';

export const K = LABEL_COUNT;
const CRISIS = LABEL_INDEX.crisis;
export const TONE = [FEATURE_INDEX.tone_negative, FEATURE_INDEX.tone_positive];
/** Stage two: AdaGrad settings, chosen by leaving one industry out (docs/triage.md). */
const STAGE_TWO_OPTIONS = { epochs: 8, eta: 0.1, l2: Number(process.env.TRIAGE_S2_L2 ?? 1e-3), seed: 3 };

export interface Post extends SevenPost {
  /** Posts without an industry (the older sets) fall in a fold by their text's hash. */
  group: string;
}

export interface Prepared {
  post: Post;
  stage1: SignalExample;
  /** Stage two's sparse input: n-gram buckets, then the tone signals after HASH_SIZE. */
  idx: Int32Array;
  val: Float32Array;
}

/**
 * The post without its links: nearly every link in a hand-written corpus is spam, which a link on
 * X is not, so stage two learns nothing from links or their domains (their buckets keep weight 0;
 * stage one's hand-set link features speak for them).
 */
function withoutLinks(t: Tokens): Tokens {
  const keep = t.kinds.map((k) => k !== Kind.Url);
  const pick = <T>(xs: readonly T[]): T[] => xs.filter((_, i) => keep[i]);
  return { ...t, toks: pick(t.toks), surface: pick(t.surface), kinds: pick(t.kinds), negated: Uint8Array.from(pick([...t.negated])), domains: [] };
}

export function prepare(post: Post): Prepared {
  const input = { text: post.text, lang: post.lang, brand: { handles: [...post.brand.handles], keywords: [...post.brand.keywords] } };
  const a = analyse(input);
  const stage1: SignalExample = { x: a.signals.x.slice(), y: LABEL_INDEX[post.label], lang: lexiconLangFor(post.lang) };
  addTone(a.signals, a.tokens, a.lang);
  const words: string[] = [];
  const h = featuresOfWords(tokenCodes(withoutLinks(a.tokens), words), words);
  const idx = Array.from(h.idx.subarray(0, h.n));
  const val = Array.from(h.val.subarray(0, h.n));
  TONE.forEach((f, j) => {
    const v = a.signals.x[f] ?? 0;
    if (v !== 0) {
      idx.push(HASH_SIZE + j);
      val.push(v);
    }
  });
  return { post, stage1, idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

export interface Fitted {
  s1: StageOneModel;
  s2: SoftmaxModel;
}

function fitStageTwo(data: readonly Prepared[], offsets: readonly Float64Array[]): SoftmaxModel {
  const examples: Example[] = data.map((d, i) => ({ idx: d.idx, val: d.val, y: d.stage1.y, offset: offsets[i] }));
  const bw = balanceWeights(examples.map((e) => e.y), K);
  for (const e of examples) e.weight = bw[e.y] ?? 1;
  return trainSoftmax(examples, { ...STAGE_TWO_OPTIONS, dim: HASH_SIZE + TONE.length, classes: K });
}

/** Stage one's scores on each post from models that never saw its group (5 folds). */
function crossFittedOffsets(data: readonly Prepared[]): Float64Array[] {
  const fold = (d: Prepared): number => hashString(d.post.group) % 5;
  const out = data.map(() => new Float64Array(K));
  for (let k = 0; k < 5; k++) {
    const m = fitStageOne(data.filter((d) => fold(d) !== k).map((d) => d.stage1));
    data.forEach((d, i) => {
      if (fold(d) === k) stageOneScores(m, d.stage1, out[i] as Float64Array);
    });
  }
  return out;
}

export function fit(data: readonly Prepared[]): Fitted {
  const s1 = fitStageOne(data.map((d) => d.stage1), STAGE_ONE_DEFAULTS);
  const s2 = fitStageTwo(data, crossFittedOffsets(data));
  return { s1, s2 };
}

/** Crisis probability and label scores of a post, stage one alone or both stages. */
export function probabilities(m: Fitted, d: Prepared, both: boolean): Float64Array {
  const s = stageOneScores(m.s1, d.stage1, new Float64Array(K));
  if (both) scoresOf(m.s2, { idx: d.idx, val: d.val, offset: s }, s);
  return softmaxInPlace(s);
}

/** Held-out probabilities: each group (`key`: an industry, a fold, a writer) predicted by a model fitted without it. */
export function heldOut(data: readonly Prepared[], key: (d: Prepared) => string): { one: Float64Array[]; both: Float64Array[] } {
  const one: Float64Array[] = new Array(data.length);
  const both: Float64Array[] = new Array(data.length);
  for (const group of [...new Set(data.map(key))]) {
    const m = fit(data.filter((d) => key(d) !== group));
    data.forEach((d, i) => {
      if (key(d) !== group) return;
      one[i] = probabilities(m, d, false);
      both[i] = probabilities(m, d, true);
    });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return { one, both };
}

/** The lowest threshold whose held-out crisis precision (crisis label for p ≥ t) reaches `precision`. */
export function threshold(probs: readonly Float64Array[], gold: readonly number[], precision: number): number {
  let best = 0.5;
  for (let t = 0.5; t >= 0.02 - 1e-9; t -= 0.01) {
    let tp = 0;
    let fp = 0;
    probs.forEach((p, i) => {
      if ((p[CRISIS] ?? 0) < t) return;
      if (gold[i] === CRISIS) tp++;
      else fp++;
    });
    if (tp > 0 && tp / (tp + fp) >= precision) best = t;
  }
  return Math.round(best * 100) / 100;
}

/** Labels from probabilities; with `floor`, a crisis stage one raised stays one (lib/triage/index.ts). */
export function predictions(probs: readonly Float64Array[], raise: number, flag: number, floor?: { probs: readonly Float64Array[]; raise: number }): Prediction[] {
  return probs.map((p, i) => {
    let top = 0;
    for (let k = 1; k < K; k++) if ((p[k] ?? 0) > (p[top] ?? 0)) top = k;
    const pc = p[CRISIS] ?? 0;
    const raised = pc >= raise || (floor !== undefined && (floor.probs[i]?.[CRISIS] ?? 0) >= floor.raise);
    const label = (raised ? 'crisis' : LABELS[top]) as Label;
    return { label, possibleCrisis: label !== 'crisis' && pc >= flag };
  });
}
