// What the agent's corrections teach, on the agent's machine. A multiclass logistic regression
// over hashed n-grams (ngrams.ts) and the signal vector, on top of the shipped model's scores, so
// with few corrections the shipped model decides and with thousands the corrections do.
//
// The corrections are kept (correction-store.ts) and the model is re-fitted from all of them
// (fit-job.ts) whenever their number has grown by a fifth (or by FIT.maxPending), and once more for
// whatever is left when the agent pauses (the background's quiet period, triage-store.ts). learn()
// only stores the correction: the fit runs as a job cut into slices (fitSlice) or to the end at once
// (settle), building new weights off to the side, and classification uses the last completed model
// until the new one is swapped in whole. Between fits the near-copy memory (correction-memory.ts)
// carries each new correction; online steps in between were tried and dropped: corrections come in
// bursts of one label, and every step size that moved the model also tilted it (docs/triage.md).
import { CorrectionStore, type CorrectionStoreState } from './correction-store';
import { FIT, FitJob } from './fit-job';
import { HASH_BITS, HASH_SIZE, type Features } from './ngrams';
import { LABEL_COUNT } from './shipped-model';
import { FEATURE_COUNT } from './signals';

export { FIT } from './fit-job';

const K = LABEL_COUNT;
const F = FEATURE_COUNT;
const D = HASH_SIZE;

/** What a slice of fitting did: nothing to do, more to come, or a new model swapped in. */
export type FitProgress = 'idle' | 'working' | 'fitted';

export interface LearnerState {
  version: 3;
  hashBits: number;
  featureCount: number;
  labelCount: number;
  /** Hash buckets with learned weights and their weights [row][label]. */
  rows: Uint32Array;
  weights: Float32Array;
  dense: Float32Array;
  bias: Float32Array;
  /** How many of the stored corrections (the first ones) the weights were fitted on. */
  fittedAt: number;
  store: CorrectionStoreState;
}

const EMPTY = new Float32Array(0);

export class OnlineLearner {
  // Allocated on the first correction: a model nobody has corrected costs nothing.
  private w = EMPTY;
  private dense = new Float32Array(F * K);
  private bias = new Float32Array(K);
  private store: CorrectionStore;
  /** The first fittedAt stored corrections are in the model. */
  private fittedAt = 0;
  /** The store's drop count when fittedAt was last set (dropping shifts the indices). */
  private droppedAt = 0;
  private job: FitJob | undefined;

  constructor(
    /** Shipped scores (both stages) for a post's signals and n-grams; the learner corrects on top of them. */
    private readonly shipped: (x: Float32Array, h: Features, out: Float64Array) => void,
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
  private shippedScores(x: Float32Array, h: Features, out: Float64Array): void {
    out.fill(0);
    this.shipped(x, h, out);
    if (FIT.shippedWeight !== 1) for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) * FIT.shippedWeight;
  }

  /** The scores of a post once the agent has taught something: shipped evidence plus what was learned. */
  addScores(h: Features, x: Float32Array, out: Float64Array): void {
    this.shippedScores(x, h, out);
    for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + (this.bias[k] ?? 0);
    const dense = this.dense;
    for (let f = 0; f < F; f++) {
      const v = (x[f] ?? 0) * FIT.denseScale;
      if (v === 0) continue;
      for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (dense[f * K + k] ?? 0);
    }
    if (this.w.length === 0) return;
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

  /** One correction: kept, and a fit marked as due when enough have come since the last one. */
  learn(codes: Uint32Array, grams: (i: number, out: number[]) => void, x: Float32Array, y: number): void {
    if (this.w.length === 0) this.w = new Float32Array(D * K);
    this.store.add(codes, grams, x, y);
    const dropped = this.store.dropped - this.droppedAt;
    if (dropped > 0) {
      // The store was full and lost its oldest corrections: a job on the old indices is void.
      this.fittedAt = Math.max(0, this.fittedAt - dropped);
      this.droppedAt = this.store.dropped;
      this.job = undefined;
    }
  }

  /** Corrections stored but not yet in the model. */
  get pending(): number {
    return this.store.size - this.fittedAt;
  }

  /** A fit is running, or the corrections have grown enough since the last one to start one. */
  get fitDue(): boolean {
    const pending = this.pending;
    return this.job !== undefined || (pending > 0 && pending >= Math.max(1, Math.min(this.fittedAt * FIT.growth, FIT.maxPending)));
  }

  /**
   * Works on the re-fit while `more()` says so (at least one chunk of ~1 ms). Starts a job when one
   * is due, or with `catchUp` whenever any correction is not in the model yet (the agent paused).
   */
  fitSlice(more: () => boolean, catchUp = false): FitProgress {
    if (this.job === undefined) {
      if (!this.fitDue && !(catchUp && this.pending > 0)) return 'idle';
      this.job = new FitJob(this.store, (x, h, out) => this.shippedScores(x, h, out), this.store.size);
    }
    if (!this.job.step(more)) return 'working';
    const fitted = this.job.result();
    this.job = undefined;
    // The swap: the three arrays change together, between two classifications.
    this.w = fitted.w;
    this.dense = fitted.dense;
    this.bias = fitted.bias;
    this.fittedAt = fitted.n;
    return 'fitted';
  }

  /** Brings the model up to every stored correction now, synchronously (CLI, eval, tests). */
  settle(): void {
    // A job on fewer corrections than are stored would be followed by another: skip to the last.
    if (this.job !== undefined && this.job.n !== this.store.size) this.job = undefined;
    while (this.fitSlice(() => true, true) !== 'idle');
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
      version: 3,
      hashBits: HASH_BITS,
      featureCount: F,
      labelCount: K,
      rows,
      weights,
      dense: this.dense.slice(),
      bias: this.bias.slice(),
      fittedAt: this.fittedAt,
      store: this.store.exportState(),
    };
  }

  private load(s: LearnerState): void {
    if (s.version !== 3 || s.hashBits !== HASH_BITS || s.featureCount !== F || s.labelCount !== K) {
      throw new Error('learned triage state is from an incompatible model version');
    }
    this.store = new CorrectionStore(F, s.store);
    if (s.rows.length > 0 || this.store.size > 0) this.w = new Float32Array(D * K);
    s.rows.forEach((b, r) => this.w.set(s.weights.subarray(r * K, r * K + K), b * K));
    this.dense.set(s.dense);
    this.bias.set(s.bias);
    this.fittedAt = Math.min(s.fittedAt, this.store.size);
  }
}
