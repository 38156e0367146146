// What the agent's corrections teach, on the agent's machine. A multiclass logistic regression
// over hashed n-grams (ngrams.ts) and the signal vector, on top of the shipped model's scores, so
// with few corrections the shipped model decides and with thousands the corrections do.
//
// The corrections are kept (correction-store.ts) and the model is re-fitted from all of them
// whenever their number has grown by a fifth (or by FIT.maxPending): a few epochs of AdaGrad from
// scratch, with features scaled by naive-Bayes log-count ratios (NBSVM: rare words that only ever
// come with one label weigh more) and labels weighted toward balance. So after the train split of
// a data set has been fed one post at a time, the model is a batch fit of (nearly all of) that
// split plus the shipped evidence. Between re-fits the near-copy memory (correction-memory.ts)
// carries each new correction; online steps in between were tried and dropped: corrections come
// in bursts of one label, and every step size that moved the model also tilted it (docs/triage.md).
import { CorrectionStore, type CorrectionStoreState } from './correction-store';
import { featuresOf, HASH_BITS, HASH_SIZE, type Features } from './ngrams';
import { LABEL_COUNT } from './shipped-model';
import { FEATURE_COUNT } from './signals';

const K = LABEL_COUNT;
const F = FEATURE_COUNT;
const D = HASH_SIZE;

/** Tuning, chosen on validation folds cut from the train splits (docs/triage.md). */
export const FIT = {
  epochs: 5,
  /** How much the shipped model's scores count next to the learned ones. */
  shippedWeight: 1,
  eta: 0.1,
  etaDense: 0.05,
  /** Scale of the signal vector next to the (unit-length) n-gram vector. */
  denseScale: 0.3,
  /** Additive smoothing of the naive-Bayes counts. */
  nbAlpha: 1,
  /** Share of the NB ratio in a feature's scale: (1 − mix) + mix · r. */
  nbMix: 0.5,
  /** Label weights toward balance: (n / (labels · n_label))^power, capped. */
  balancePower: 0.5,
  balanceCap: 5,
  /** Re-fit when the corrections have grown by this share since the last fit. */
  growth: 0.2,
  /** …or by this many, whichever comes first: a big team's model still follows a new topic within a day. */
  maxPending: 1000,
};

export interface LearnerState {
  version: 2;
  hashBits: number;
  featureCount: number;
  labelCount: number;
  /** Hash buckets with learned weights and their weights [row][label]. */
  rows: Uint32Array;
  weights: Float32Array;
  dense: Float32Array;
  bias: Float32Array;
  fittedAt: number;
  rng: number;
  store: CorrectionStoreState;
}

const EMPTY = new Float32Array(0);

export class OnlineLearner {
  // Allocated on the first correction: a model nobody has corrected costs nothing.
  private w = EMPTY;
  private dense = new Float32Array(F * K);
  private bias = new Float32Array(K);
  private store: CorrectionStore;
  private fittedAt = 0;
  private rng = 0x2545f491;
  private readonly s = new Float64Array(K);
  private readonly x = new Float32Array(F);

  constructor(
    /** Shipped scores for a signal vector; the learner corrects on top of them. */
    private readonly shipped: (x: Float32Array, out: Float64Array) => void,
    state?: LearnerState,
  ) {
    this.store = new CorrectionStore(F);
    if (state !== undefined) this.load(state);
  }

  get active(): boolean {
    return this.store.size > 0;
  }

  get size(): number {
    return this.store.size;
  }

  /** The shipped model's scores, weighed as the learner weighs them. */
  private shippedScores(x: Float32Array, out: Float64Array): void {
    out.fill(0);
    this.shipped(x, out);
    if (FIT.shippedWeight !== 1) for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) * FIT.shippedWeight;
  }

  /** The scores of a post once the agent has taught something: shipped evidence plus what was learned. */
  addScores(h: Features | undefined, x: Float32Array, out: Float64Array): void {
    this.shippedScores(x, out);
    for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + (this.bias[k] ?? 0);
    const dense = this.dense;
    for (let f = 0; f < F; f++) {
      const v = (x[f] ?? 0) * FIT.denseScale;
      if (v === 0) continue;
      for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (dense[f * K + k] ?? 0);
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

  /** Learned weight of one bucket for one label (for explaining a label). */
  weightOf(bucket: number, label: number): number {
    return this.w[bucket * K + label] ?? 0;
  }

  denseWeight(feature: number, label: number): number {
    return (this.dense[feature * K + label] ?? 0) * FIT.denseScale;
  }

  /** One correction: kept, and the model re-fitted when enough have come since the last fit. */
  learn(codes: Uint32Array, grams: (i: number, out: number[]) => void, x: Float32Array, y: number): void {
    if (this.w.length === 0) this.w = new Float32Array(D * K);
    this.store.add(codes, grams, x, y);
    const pending = this.store.size - this.fittedAt;
    if (pending >= Math.max(1, Math.min(this.fittedAt * FIT.growth, FIT.maxPending))) this.refit();
  }

  private features(i: number): Features {
    const store = this.store;
    return featuresOf(store.codesOf(i), (code, _j, out) => store.gramsOf(code, out));
  }

  /** The batch fit of every stored correction. Temporary tables live only during the fit. */
  private refit(): void {
    const store = this.store;
    const n = store.size;
    this.fittedAt = n;
    // Naive-Bayes ratios, one label against the rest: how much more often a bucket comes with it.
    const counts = new Float32Array(D * K);
    const totals = new Float64Array(K);
    const perLabel = new Float64Array(K);
    for (let p = 0; p < n; p++) {
      const y = store.labelOf(p);
      perLabel[y] = (perLabel[y] ?? 0) + 1;
      const h = this.features(p);
      for (let i = 0; i < h.n; i++) counts[(h.idx[i] ?? 0) * K + y] = (counts[(h.idx[i] ?? 0) * K + y] ?? 0) + 1;
      totals[y] = (totals[y] ?? 0) + h.n;
    }
    const all = totals.reduce((a, b) => a + b, 0);
    const present = perLabel.filter((c) => c > 0).length;
    // counts becomes the per-feature scale (1 − mix) + mix · r, in place.
    const scale = counts;
    const a = FIT.nbAlpha;
    for (let b = 0; b < D; b++) {
      const base = b * K;
      let row = 0;
      for (let k = 0; k < K; k++) row += scale[base + k] ?? 0;
      for (let k = 0; k < K; k++) {
        const c = scale[base + k] ?? 0;
        const t = totals[k] ?? 0;
        const r = t === 0 || row === 0 || t === all ? 1 : Math.log(((c + a) / (t + a)) / ((row - c + a) / (all - t + a)));
        scale[base + k] = 1 - FIT.nbMix + FIT.nbMix * r;
      }
    }
    const weightOf = new Float64Array(K);
    for (let k = 0; k < K; k++) {
      const c = perLabel[k] ?? 0;
      weightOf[k] = c === 0 ? 1 : Math.min(FIT.balanceCap, (n / (present * c)) ** FIT.balancePower);
    }

    const w = new Float32Array(D * K);
    // AdaGrad sums per bucket, shared by the labels: one square root per feature, not seven.
    const g = new Float32Array(D);
    const dense = new Float32Array(F * K);
    const denseG = new Float32Array(F * K);
    const bias = new Float32Array(K);
    const biasG = new Float32Array(K);
    const order = new Uint32Array(n).map((_, i) => i);
    const s = this.s;
    const x = this.x;
    for (let epoch = 0; epoch < FIT.epochs; epoch++) {
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(this.random() * (i + 1));
        const t = order[i] ?? 0;
        order[i] = order[j] ?? 0;
        order[j] = t;
      }
      for (const p of order) {
        const y = store.labelOf(p);
        store.signalsOf(p, x);
        const h = this.features(p);
        this.shippedScores(x, s);
        for (let k = 0; k < K; k++) s[k] = (s[k] ?? 0) + (bias[k] ?? 0);
        for (let f = 0; f < F; f++) {
          const v = (x[f] ?? 0) * FIT.denseScale;
          if (v === 0) continue;
          for (let k = 0; k < K; k++) s[k] = (s[k] ?? 0) + v * (dense[f * K + k] ?? 0);
        }
        for (let i = 0; i < h.n; i++) {
          const b = (h.idx[i] ?? 0) * K;
          const v = h.val[i] ?? 0;
          for (let k = 0; k < K; k++) s[k] = (s[k] ?? 0) + v * (scale[b + k] ?? 0) * (w[b + k] ?? 0);
        }
        let max = -Infinity;
        for (let k = 0; k < K; k++) max = Math.max(max, s[k] ?? 0);
        let z = 0;
        for (let k = 0; k < K; k++) {
          s[k] = Math.exp((s[k] ?? 0) - max);
          z += s[k] ?? 0;
        }
        const cw = weightOf[y] ?? 1;
        for (let k = 0; k < K; k++) s[k] = cw * ((s[k] ?? 0) / z - (k === y ? 1 : 0));
        let g2 = 0;
        for (let k = 0; k < K; k++) g2 += (s[k] ?? 0) * (s[k] ?? 0);
        for (let i = 0; i < h.n; i++) {
          const bucket = h.idx[i] ?? 0;
          const b = bucket * K;
          const v = h.val[i] ?? 0;
          const acc = (g[bucket] ?? 0) + g2 * v * v;
          g[bucket] = acc;
          const lr = (FIT.eta * v) / Math.sqrt(acc + 1e-8);
          for (let k = 0; k < K; k++) w[b + k] = (w[b + k] ?? 0) - lr * (s[k] ?? 0) * (scale[b + k] ?? 0);
        }
        for (let f = 0; f < F; f++) {
          const v = (x[f] ?? 0) * FIT.denseScale;
          if (v === 0) continue;
          for (let k = 0; k < K; k++) {
            const grad = (s[k] ?? 0) * v;
            const acc = (denseG[f * K + k] ?? 0) + grad * grad;
            denseG[f * K + k] = acc;
            dense[f * K + k] = (dense[f * K + k] ?? 0) - (FIT.eta * grad) / Math.sqrt(acc + 1e-8);
          }
        }
        for (let k = 0; k < K; k++) {
          const grad = s[k] ?? 0;
          biasG[k] = (biasG[k] ?? 0) + grad * grad;
          bias[k] = (bias[k] ?? 0) - (FIT.etaDense * grad) / Math.sqrt((biasG[k] ?? 0) + 1e-8);
        }
      }
    }
    // Fold the NB scale into the weights: classification works on the product.
    for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) * (scale[i] ?? 0);
    this.w = w;
    this.dense = dense;
    this.bias = bias;
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

  /** Bytes of typed arrays held (for the memory figures). */
  bytes(): number {
    return this.w.byteLength + this.dense.byteLength + this.bias.byteLength + this.store.bytes();
  }

  exportState(): LearnerState {
    let count = 0;
    const nonZero = (b: number): boolean => {
      for (let k = 0; k < K; k++) if ((this.w[b * K + k] ?? 0) !== 0) return true;
      return false;
    };
    const rowsOf = this.w.length === 0 ? 0 : D;
    for (let b = 0; b < rowsOf; b++) if (nonZero(b)) count++;
    const rows = new Uint32Array(count);
    const weights = new Float32Array(count * K);
    let r = 0;
    for (let b = 0; b < rowsOf; b++) {
      if (!nonZero(b)) continue;
      rows[r] = b;
      weights.set(this.w.subarray(b * K, b * K + K), r * K);
      r++;
    }
    return {
      version: 2,
      hashBits: HASH_BITS,
      featureCount: F,
      labelCount: K,
      rows,
      weights,
      dense: this.dense.slice(),
      bias: this.bias.slice(),
      fittedAt: this.fittedAt,
      rng: this.rng,
      store: this.store.exportState(),
    };
  }

  private load(s: LearnerState): void {
    if (s.version !== 2 || s.hashBits !== HASH_BITS || s.featureCount !== F || s.labelCount !== K) {
      throw new Error('learned triage state is from an incompatible model version');
    }
    this.store = new CorrectionStore(F, s.store);
    if (s.rows.length > 0 || this.store.size > 0) this.w = new Float32Array(D * K);
    s.rows.forEach((b, r) => this.w.set(s.weights.subarray(r * K, r * K + K), b * K));
    this.dense.set(s.dense);
    this.bias.set(s.bias);
    this.fittedAt = s.fittedAt;
    this.rng = s.rng;
  }
}
