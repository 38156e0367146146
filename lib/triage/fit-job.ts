// One re-fit of the learned model as a resumable job, so the background worker never stops for
// the whole fit (~1.5 s at 20,000 corrections): the job does a bounded chunk of work per call and
// builds its weights off to the side; the learner keeps classifying with the last completed model
// and swaps the new one in only when the job is done (learner.ts).
//
// The fit itself (unchanged from the synchronous one): naive-Bayes log-count ratios per bucket and
// label (NBSVM: a rare word that only ever comes with one label weighs more), labels weighted toward
// balance, then a few epochs of AdaGrad from zero over the first `n` stored corrections, the
// shipped model's scores as a fixed offset, and the NB scale folded into the weights at the end.
// Every fit draws its shuffles from a seed fixed by `n`, not from the previous fit, so the model is
// a function of the corrections alone, however the work was cut into slices or which fits ran before.
import type { CorrectionStore } from './correction-store';
import { featuresOf, HASH_SIZE, type Features } from './ngrams';
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

/**
 * Work per chunk, the unit a slice is cut into: ~30 samples take ~0.7 ms at 20,000 corrections,
 * 8,192 buckets of the NB table ~1 ms, so a slice overshoots its time budget by about a millisecond.
 */
const SAMPLES_PER_CHUNK = 32;
const BUCKETS_PER_CHUNK = 8192;
const SEED = 0x2545f491;

export interface FittedModel {
  w: Float32Array<ArrayBuffer>;
  dense: Float32Array<ArrayBuffer>;
  bias: Float32Array<ArrayBuffer>;
  /** How many corrections (the first n in the store) it was fitted on. */
  n: number;
}

// The job's phases, in order.
const Phase = { Count: 0, Scale: 1, Epochs: 2, Fold: 3, Done: 4 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

export class FitJob {
  private phase: Phase = Phase.Count;
  private cursor = 0;
  private epoch = 0;
  private rng: number;
  // The NB counts, turned in place into each bucket's per-label scale.
  private readonly scale = new Float32Array(D * K);
  private readonly totals = new Float64Array(K);
  private readonly perLabel = new Float64Array(K);
  private readonly weightOf = new Float64Array(K);
  private readonly w = new Float32Array(D * K);
  // AdaGrad sums per bucket, shared by the labels: one square root per feature, not seven.
  private readonly g = new Float32Array(D);
  private readonly dense = new Float32Array(F * K);
  private readonly denseG = new Float32Array(F * K);
  private readonly bias = new Float32Array(K);
  private readonly biasG = new Float32Array(K);
  private readonly order: Uint32Array;
  private readonly s = new Float64Array(K);
  private readonly x = new Float32Array(F);

  constructor(
    private readonly store: CorrectionStore,
    /** The shipped scores as the learner weighs them (a fixed offset in the fit). */
    private readonly shippedScores: (x: Float32Array, h: Features, out: Float64Array) => void,
    /** The first n stored corrections; later ones wait for the next fit. */
    readonly n: number,
  ) {
    this.rng = (SEED ^ Math.imul(n, 0x9e3779b1)) >>> 0 || SEED;
    this.order = new Uint32Array(n).map((_, i) => i);
  }

  get done(): boolean {
    return this.phase === Phase.Done;
  }

  /**
   * Works chunk by chunk while `more()` says so (at least one chunk per call); true once the
   * model is complete. Cutting the work differently never changes the result.
   */
  step(more: () => boolean): boolean {
    do {
      if (this.phase === Phase.Count) this.countChunk();
      else if (this.phase === Phase.Scale) this.scaleChunk();
      else if (this.phase === Phase.Epochs) this.epochChunk();
      else if (this.phase === Phase.Fold) this.foldChunk();
    } while (this.phase !== Phase.Done && more());
    return this.phase === Phase.Done;
  }

  result(): FittedModel {
    if (this.phase !== Phase.Done) throw new Error('fit not finished');
    return { w: this.w, dense: this.dense, bias: this.bias, n: this.n };
  }

  private features(i: number): Features {
    const store = this.store;
    return featuresOf(store.codesOf(i), (code, _j, out) => store.gramsOf(code, out));
  }

  private next(phase: Phase): void {
    this.phase = phase;
    this.cursor = 0;
  }

  // Naive-Bayes counts: how often each bucket comes with each label.
  private countChunk(): void {
    const { store, scale, totals, perLabel } = this;
    const end = Math.min(this.n, this.cursor + SAMPLES_PER_CHUNK);
    for (let p = this.cursor; p < end; p++) {
      const y = store.labelOf(p);
      perLabel[y] = (perLabel[y] ?? 0) + 1;
      const h = this.features(p);
      for (let i = 0; i < h.n; i++) scale[(h.idx[i] ?? 0) * K + y] = (scale[(h.idx[i] ?? 0) * K + y] ?? 0) + 1;
      totals[y] = (totals[y] ?? 0) + h.n;
    }
    this.cursor = end;
    if (end < this.n) return;
    const present = perLabel.filter((c) => c > 0).length;
    for (let k = 0; k < K; k++) {
      const c = perLabel[k] ?? 0;
      this.weightOf[k] = c === 0 ? 1 : Math.min(FIT.balanceCap, (this.n / (present * c)) ** FIT.balancePower);
    }
    this.next(Phase.Scale);
  }

  // Each bucket's scale per label, (1 − mix) + mix · r, r the log-count ratio of the label against the rest.
  private scaleChunk(): void {
    const { scale, totals } = this;
    const all = totals.reduce((a, b) => a + b, 0);
    const a = FIT.nbAlpha;
    const end = Math.min(D, this.cursor + BUCKETS_PER_CHUNK);
    for (let b = this.cursor; b < end; b++) {
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
    this.cursor = end;
    if (end === D) this.next(FIT.epochs > 0 && this.n > 0 ? Phase.Epochs : Phase.Fold);
  }

  private shuffle(): void {
    const order = this.order;
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      const t = order[i] ?? 0;
      order[i] = order[j] ?? 0;
      order[j] = t;
    }
  }

  private epochChunk(): void {
    if (this.cursor === 0) this.shuffle();
    const end = Math.min(this.n, this.cursor + SAMPLES_PER_CHUNK);
    for (let i = this.cursor; i < end; i++) this.sgdStep(this.order[i] ?? 0);
    this.cursor = end;
    if (end < this.n) return;
    this.epoch++;
    this.cursor = 0;
    if (this.epoch >= FIT.epochs) this.next(Phase.Fold);
  }

  /** One AdaGrad step of the weighted softmax loss on stored correction p. */
  private sgdStep(p: number): void {
    const { store, s, x, scale, w, g, dense, denseG, bias, biasG } = this;
    const y = store.labelOf(p);
    store.signalsOf(p, x);
    const h = this.features(p);
    this.shippedScores(x, h, s);
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
    const cw = this.weightOf[y] ?? 1;
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

  // Folds the NB scale into the weights: classification works on the product.
  private foldChunk(): void {
    const { w, scale } = this;
    const end = Math.min(w.length, this.cursor + BUCKETS_PER_CHUNK * K);
    for (let i = this.cursor; i < end; i++) w[i] = (w[i] ?? 0) * (scale[i] ?? 0);
    this.cursor = end;
    if (end === w.length) this.next(Phase.Done);
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
}
