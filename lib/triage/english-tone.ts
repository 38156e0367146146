// An English tone model that ships with Careline: a 3-class (negative, neutral, positive) logistic
// regression over hashed word unigrams (negation-marked) and bigrams, trained by
// scripts/train-english-tone.ts on the train split of the Sanders corpus, whose labels are stated
// unrestricted (shared/eval/README.md). Only hashed weights ship: no text. It feeds two signals
// (`tone_negative`, `tone_positive`, 0–4) next to the hand-written lexicons, for English posts only,
// and the shipped model gives them modest weights so the lexicons still lead.
import { TONE_WEIGHTS } from './english-tone-weights';
import { hashString, mix } from './hash';
import { Kind, type Tokens } from './tokenize';

export const TONE_BITS = 15;
const MASK = (1 << TONE_BITS) - 1;
export const TONE_CLASSES = 3;
const SEED_UNI = 0x746f6e31;
const SEED_NEG = 0x746f6e32;
const SEED_BI = 0x746f6e33;

/** Hashed features of a post (bucket ids, duplicates allowed), for training and scoring alike. */
export function toneFeatures(t: Tokens, out: number[]): void {
  const { toks, kinds, negated } = t;
  let prev = -1;
  for (let i = 0; i < toks.length; i++) {
    const k = kinds[i];
    if (k === Kind.Punct || k === Kind.Url || k === Kind.Mention || k === Kind.Media) {
      prev = -1;
      continue;
    }
    const h = hashString(toks[i] ?? '');
    out.push(mix(h, negated[i] === 1 ? SEED_NEG : SEED_UNI) & MASK);
    if (prev >= 0) out.push(mix(mix(prev, SEED_BI), h) & MASK);
    prev = h;
  }
}

let weights: Float32Array | undefined;
let bias: Float32Array | undefined;

function load(): { w: Float32Array; b: Float32Array } {
  if (weights === undefined || bias === undefined) {
    // Int8 weights, one scale for all, base64: 96 KB for 2^15 buckets × 3 classes.
    const bytes = Uint8Array.from(atob(TONE_WEIGHTS.weights), (c) => c.charCodeAt(0));
    weights = new Float32Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) weights[i] = (((bytes[i] ?? 0) << 24) >> 24) * TONE_WEIGHTS.scale;
    bias = Float32Array.from(TONE_WEIGHTS.bias);
  }
  return { w: weights, b: bias };
}

const FEATS: number[] = [];
const P = new Float64Array(TONE_CLASSES);

/** Probabilities of [negative, neutral, positive] for an English post. */
export function englishTone(t: Tokens): Float64Array {
  const { w, b } = load();
  FEATS.length = 0;
  toneFeatures(t, FEATS);
  for (let k = 0; k < TONE_CLASSES; k++) P[k] = b[k] ?? 0;
  const v = FEATS.length > 0 ? 1 / Math.sqrt(FEATS.length) : 0;
  for (const f of FEATS) for (let k = 0; k < TONE_CLASSES; k++) P[k] = (P[k] ?? 0) + v * (w[f * TONE_CLASSES + k] ?? 0);
  let max = -Infinity;
  for (const s of P) max = Math.max(max, s);
  let z = 0;
  for (let k = 0; k < TONE_CLASSES; k++) {
    P[k] = Math.exp((P[k] ?? 0) - max);
    z += P[k] ?? 0;
  }
  for (let k = 0; k < TONE_CLASSES; k++) P[k] = (P[k] ?? 0) / z;
  return P;
}
