// The agent's corrections, learned on the agent's machine. A multiclass logistic regression over
// hashed n-grams and the signal vector, trained online (AdaGrad) on top of the shipped scores,
// so it learns what the shipped model gets wrong for this brand. A reservoir of earlier corrections
// is replayed with each new one: corrections come in bursts (an outage brings fifty complaints in a
// row) and one pass over them would otherwise forget all but the last burst. Near-copies of a
// corrected post are labelled by the correction memory (correction-memory.ts), not by forcing weights.
import { HASH_BITS, HASH_SIZE, type HashedFeatures } from './hashing';
import { LABEL_COUNT } from './shipped-model';
import { FEATURE_COUNT } from './signals';

const K = LABEL_COUNT;
const F = FEATURE_COUNT;
const EMPTY = new Float32Array(0);
const ETA = 0.25;
const ETA_DENSE = 0.1;
const EPS = 1e-2;
/** Earlier corrections replayed with each new one. */
const REPLAYS = 4;
export const MEMORY_SIZE = 2000;

export interface Example {
  h: HashedFeatures;
  x: Float32Array;
}

export interface LearnerState {
  version: 1;
  hashBits: number;
  featureCount: number;
  labelCount: number;
  /** Hash buckets that hold learned weights, and their weights [row][label] and AdaGrad sums. */
  rows: Uint32Array;
  weights: Float32Array;
  accum: Float32Array;
  dense: Float32Array;
  denseAccum: Float32Array;
  bias: Float32Array;
  biasAccum: Float32Array;
  /** Earlier corrections kept for replay: features without text. */
  memory: {
    offsets: Uint32Array;
    idx: Int32Array;
    val: Float32Array;
    x: Float32Array;
    labels: Uint8Array;
    seen: number;
    rng: number;
  };
}

interface Stored {
  idx: Int32Array;
  /** Feature values as runs [value, count, value, count …]: a post's values come in a few runs. */
  runs: Float32Array;
  x: Float32Array;
  y: number;
}

function toRuns(val: Float32Array, n: number): Float32Array {
  const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = val[i] ?? 0;
    if (runs.length > 0 && runs[runs.length - 2] === v) runs[runs.length - 1] = (runs[runs.length - 1] ?? 0) + 1;
    else runs.push(v, 1);
  }
  return Float32Array.from(runs);
}

function fromRuns(runs: Float32Array, n: number): Float32Array {
  const val = new Float32Array(n);
  let i = 0;
  for (let r = 0; r + 1 < runs.length; r += 2) {
    const v = runs[r] ?? 0;
    const end = i + (runs[r + 1] ?? 0);
    for (; i < end && i < n; i++) val[i] = v;
  }
  return val;
}

export class OnlineLearner {
  // Allocated on the first correction: a model nobody has corrected costs nothing.
  private w = EMPTY;
  private g = EMPTY;
  private dense = new Float32Array(F * K);
  private denseG = new Float32Array(F);
  private bias = new Float32Array(K);
  private biasG = new Float32Array(K);
  private memory: Stored[] = [];
  private seen = 0;
  private rng = 0x2545f491;
  private readonly tmp = new Float64Array(K);

  constructor(
    /** Shipped scores for a signal vector; the learner corrects on top of them. */
    private readonly shipped: (x: Float32Array, out: Float64Array) => void,
    state?: LearnerState,
  ) {
    if (state !== undefined) this.load(state);
  }

  /** Adds the learned part of the scores to `out`. */
  addScores(h: HashedFeatures | undefined, x: Float32Array, out: Float64Array): void {
    for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + (this.bias[k] ?? 0);
    for (let f = 0; f < F; f++) {
      const v = x[f] ?? 0;
      if (v === 0) continue;
      for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (this.dense[f * K + k] ?? 0);
    }
    if (h === undefined || this.w.length === 0) return;
    const { idx, val, n } = h;
    const w = this.w;
    for (let i = 0; i < n; i++) {
      const b = (idx[i] ?? 0) * K;
      const v = val[i] ?? 0;
      for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (w[b + k] ?? 0);
    }
  }

  /** True once the agent has taught anything: until then classification skips the n-grams. */
  get active(): boolean {
    return this.seen > 0;
  }

  /** Learned weight of one bucket for one label (for explaining a label). */
  weightOf(bucket: number, label: number): number {
    return this.w[bucket * K + label] ?? 0;
  }

  denseWeight(feature: number, label: number): number {
    return this.dense[feature * K + label] ?? 0;
  }

  private allocate(): void {
    if (this.w.length > 0) return;
    this.w = new Float32Array(HASH_SIZE * K);
    this.g = new Float32Array(HASH_SIZE);
  }

  learn(ex: Example, y: number): void {
    this.allocate();
    const stored: Stored = { idx: ex.h.idx.slice(0, ex.h.n), runs: toRuns(ex.h.val, ex.h.n), x: ex.x.slice(), y };
    this.step(stored);
    for (let r = 0; r < REPLAYS && this.memory.length > 0; r++) {
      const e = this.memory[Math.floor(this.random() * this.memory.length)];
      if (e !== undefined) this.step(e);
    }
    this.remember(stored);
  }

  private scoresOf(e: Stored, val: Float32Array, out: Float64Array): void {
    out.fill(0);
    this.shipped(e.x, out);
    this.addScores({ idx: e.idx, val, n: e.idx.length }, e.x, out);
  }

  /** One AdaGrad step of softmax regression on the full (shipped + learned) score. */
  private step(e: Stored): void {
    const s = this.tmp;
    const val = fromRuns(e.runs, e.idx.length);
    this.scoresOf(e, val, s);
    let max = -Infinity;
    for (let k = 0; k < K; k++) max = Math.max(max, s[k] ?? 0);
    let z = 0;
    for (let k = 0; k < K; k++) {
      s[k] = Math.exp((s[k] ?? 0) - max);
      z += s[k] ?? 0;
    }
    let g2 = 0;
    for (let k = 0; k < K; k++) {
      const gk = (s[k] ?? 0) / z - (k === e.y ? 1 : 0);
      s[k] = gk;
      g2 += gk * gk;
    }
    const { idx } = e;
    for (let i = 0; i < idx.length; i++) {
      const b = idx[i] ?? 0;
      const v = val[i] ?? 0;
      const acc = (this.g[b] ?? 0) + g2 * v * v;
      this.g[b] = acc;
      const lr = (ETA * v) / Math.sqrt(EPS + acc);
      const base = b * K;
      for (let k = 0; k < K; k++) this.w[base + k] = (this.w[base + k] ?? 0) - lr * (s[k] ?? 0);
    }
    for (let f = 0; f < F; f++) {
      const v = e.x[f] ?? 0;
      if (v === 0) continue;
      const acc = (this.denseG[f] ?? 0) + g2 * v * v;
      this.denseG[f] = acc;
      const lr = (ETA_DENSE * v) / Math.sqrt(EPS + acc);
      for (let k = 0; k < K; k++) this.dense[f * K + k] = (this.dense[f * K + k] ?? 0) - lr * (s[k] ?? 0);
    }
    for (let k = 0; k < K; k++) {
      const gk = s[k] ?? 0;
      this.biasG[k] = (this.biasG[k] ?? 0) + gk * gk;
      this.bias[k] = (this.bias[k] ?? 0) - (ETA_DENSE * gk) / Math.sqrt(EPS + (this.biasG[k] ?? 0));
    }
  }

  /** Reservoir sampling: every correction so far has the same chance to be in memory. */
  private remember(e: Stored): void {
    this.seen++;
    if (this.memory.length < MEMORY_SIZE) this.memory.push(e);
    else {
      const j = Math.floor(this.random() * this.seen);
      if (j < MEMORY_SIZE) this.memory[j] = e;
    }
  }

  private random(): number {
    // xorshift32: deterministic, so the same corrections always give the same model.
    let x = this.rng;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rng = x >>> 0;
    return this.rng / 4294967296;
  }

  exportState(): LearnerState {
    let count = 0;
    for (let b = 0; b < this.g.length; b++) if ((this.g[b] ?? 0) !== 0) count++;
    const rows = new Uint32Array(count);
    const weights = new Float32Array(count * K);
    const accum = new Float32Array(count);
    let r = 0;
    for (let b = 0; b < this.g.length; b++) {
      if ((this.g[b] ?? 0) === 0) continue;
      rows[r] = b;
      accum[r] = this.g[b] ?? 0;
      weights.set(this.w.subarray(b * K, b * K + K), r * K);
      r++;
    }
    const total = this.memory.reduce((a, e) => a + e.idx.length, 0);
    const offsets = new Uint32Array(this.memory.length + 1);
    const idx = new Int32Array(total);
    const val = new Float32Array(total);
    const x = new Float32Array(this.memory.length * F);
    const labels = new Uint8Array(this.memory.length);
    let o = 0;
    this.memory.forEach((e, i) => {
      offsets[i] = o;
      idx.set(e.idx, o);
      val.set(fromRuns(e.runs, e.idx.length), o);
      x.set(e.x, i * F);
      labels[i] = e.y;
      o += e.idx.length;
    });
    offsets[this.memory.length] = o;
    return {
      version: 1,
      hashBits: HASH_BITS,
      featureCount: F,
      labelCount: K,
      rows,
      weights,
      accum,
      dense: this.dense.slice(),
      denseAccum: this.denseG.slice(),
      bias: this.bias.slice(),
      biasAccum: this.biasG.slice(),
      memory: { offsets, idx, val, x, labels, seen: this.seen, rng: this.rng },
    };
  }

  private load(s: LearnerState): void {
    if (s.version !== 1 || s.hashBits !== HASH_BITS || s.featureCount !== F || s.labelCount !== K) {
      throw new Error('learned triage state is from an incompatible model version');
    }
    if (s.rows.length > 0 || s.memory.labels.length > 0) this.allocate();
    s.rows.forEach((b, r) => {
      this.g[b] = s.accum[r] ?? 0;
      this.w.set(s.weights.subarray(r * K, r * K + K), b * K);
    });
    this.dense.set(s.dense);
    this.denseG.set(s.denseAccum);
    this.bias.set(s.bias);
    this.biasG.set(s.biasAccum);
    const m = s.memory;
    for (let i = 0; i + 1 < m.offsets.length; i++) {
      const a = m.offsets[i] ?? 0;
      const z = m.offsets[i + 1] ?? 0;
      this.memory.push({
        idx: m.idx.slice(a, z),
        runs: toRuns(m.val.subarray(a, z), z - a),
        x: m.x.slice(i * F, i * F + F),
        y: m.labels[i] ?? 0,
      });
    }
    this.seen = m.seen;
    this.rng = m.rng;
  }
}
