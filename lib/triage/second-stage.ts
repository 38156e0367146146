// The background's second stage: on top of the shipped model's scores (stage one, what the page
// runs), hashed word and character n-grams (fastText-style subwords, the learner's own features,
// ngrams.ts) and the English tone model's two signals, fitted on the project's hand-written brand
// mentions with stage one's scores as a fixed offset (eval/triage/train). It needs the n-gram
// code and 131 KB of tone weights, so it runs in the background only; its answer replaces the
// page's first reading within a frame or two.
import { englishTone } from './english-tone';
import { lexiconLangFor } from './lexicon/langs';
import { HASH_BITS, HASH_SIZE, type Features } from './ngrams';
import { decodeInt8, LABEL_COUNT, type CrisisThresholds } from './shipped-model';
import { STAGE_TWO } from './second-stage-weights';
import { FEATURE_INDEX, type Signals } from './signals';
import type { Tokens } from './tokenize';

const K = LABEL_COUNT;

/** Sets the tone model's signals of an English post (0–4 each); the page leaves them at 0. */
export function addTone(signals: Signals, tokens: Tokens, lang: string): void {
  if (lexiconLangFor(lang) !== 'en') return;
  const tone = englishTone(tokens);
  const neg = Math.round(4 * (tone[0] ?? 0));
  const pos = Math.round(4 * (tone[2] ?? 0));
  signals.x[FEATURE_INDEX.tone_negative] = neg;
  signals.x[FEATURE_INDEX.tone_positive] = pos;
}

export interface SecondStage {
  /** Adds the second stage's scores for a post's signals and n-gram features to `out`. */
  score(x: Float32Array, h: Features, out: Float64Array): void;
  /** Weight of one n-gram bucket toward a label (for explaining a label). */
  weightOf(bucket: number, label: number): number;
  crisis: CrisisThresholds;
}

/** Bucket ids, delta-coded as base64 varints (7 bits a byte, high bit = more). */
export function decodeBuckets(b64: string): Uint32Array {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const out: number[] = [];
  let v = 0;
  let shift = 0;
  let last = 0;
  for (const b of bytes) {
    v |= (b & 0x7f) << shift;
    if (b & 0x80) {
      shift += 7;
      continue;
    }
    last += v;
    out.push(last);
    v = 0;
    shift = 0;
  }
  return Uint32Array.from(out);
}

let cached: SecondStage | undefined;

export function secondStage(): SecondStage {
  if (cached !== undefined) return cached;
  const usable = STAGE_TWO.hashBits === HASH_BITS && STAGE_TWO.buckets !== '';
  const buckets = usable ? decodeBuckets(STAGE_TWO.buckets) : new Uint32Array(0);
  const weights = usable ? decodeInt8(STAGE_TWO.weights, STAGE_TWO.scale) : new Float32Array(0);
  // Bucket → row of `weights`, -1 when the bucket carries nothing: one lookup per feature.
  const rowOf = new Int32Array(usable ? HASH_SIZE : 0).fill(-1);
  buckets.forEach((b, r) => (rowOf[b] = r));
  const dense = STAGE_TWO.dense.map(([name, row]) => [FEATURE_INDEX[name as keyof typeof FEATURE_INDEX] ?? -1, Float32Array.from(row)] as const);
  const bias = Float32Array.from(STAGE_TWO.bias.length === K ? STAGE_TWO.bias : new Array<number>(K).fill(0));
  cached = {
    crisis: { ...STAGE_TWO.crisis },
    weightOf: (bucket, label) => {
      const r = rowOf[bucket] ?? -1;
      return r < 0 ? 0 : (weights[r * K + label] ?? 0);
    },
    score(x, h, out) {
      for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + (bias[k] ?? 0);
      for (const [f, row] of dense) {
        const v = f < 0 ? 0 : (x[f] ?? 0);
        if (v === 0) continue;
        for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (row[k] ?? 0);
      }
      if (rowOf.length === 0) return;
      for (let i = 0; i < h.n; i++) {
        const r = rowOf[h.idx[i] ?? 0] ?? -1;
        if (r < 0) continue;
        const v = h.val[i] ?? 0;
        const base = r * K;
        for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (weights[base + k] ?? 0);
      }
    },
  };
  return cached;
}
