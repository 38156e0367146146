// A multinomial logistic regression over sparse features, fitted with AdaGrad: what the shipped
// weights are trained with (train-shipped.ts) and what the eval's plain baseline is (baseline-lr.ts).
// Offline code only: the product's learner is lib/triage/fit-job.ts.

export interface Example {
  idx: Int32Array;
  val: Float32Array;
  /** Gold class. */
  y: number;
  /** Fixed scores added before the softmax (a stage the model corrects on top of). */
  offset?: Float64Array;
  /** Per-example weight (class balance); 1 when absent. */
  weight?: number;
}

export interface SoftmaxOptions {
  dim: number;
  classes: number;
  epochs: number;
  /** AdaGrad step. */
  eta: number;
  /** L2 penalty per step on the touched weights (toward `prior` when given). */
  l2: number;
  seed: number;
  /** Weights the L2 penalty pulls toward, [feature][class]; zero when absent. */
  prior?: Float32Array;
  /** Weight of the L2 penalty per feature (e.g. more for per-language copies); 1 when absent. */
  l2Scale?: Float32Array;
  /** Leave the biases at zero (the offset carries them). */
  fixedBias?: boolean;
}

export interface SoftmaxModel {
  w: Float32Array;
  b: Float32Array;
  dim: number;
  classes: number;
}

/** A seeded shuffle (xorshift), so a fit is a function of its data and options. */
export function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

export function scoresOf(m: SoftmaxModel, e: Pick<Example, 'idx' | 'val' | 'offset'>, out: Float64Array): Float64Array {
  const K = m.classes;
  for (let k = 0; k < K; k++) out[k] = (m.b[k] ?? 0) + (e.offset?.[k] ?? 0);
  for (let i = 0; i < e.idx.length; i++) {
    const base = (e.idx[i] ?? 0) * K;
    const v = e.val[i] ?? 0;
    if (v === 0) continue;
    for (let k = 0; k < K; k++) out[k] = (out[k] ?? 0) + v * (m.w[base + k] ?? 0);
  }
  return out;
}

export function softmaxInPlace(s: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of s) max = Math.max(max, v);
  let z = 0;
  for (let k = 0; k < s.length; k++) {
    s[k] = Math.exp((s[k] ?? 0) - max);
    z += s[k] ?? 0;
  }
  for (let k = 0; k < s.length; k++) s[k] = (s[k] ?? 0) / z;
  return s;
}

export function trainSoftmax(data: readonly Example[], o: SoftmaxOptions): SoftmaxModel {
  const K = o.classes;
  const w = o.prior ? o.prior.slice() : new Float32Array(o.dim * K);
  const g2 = new Float32Array(o.dim * K);
  const b = new Float32Array(K);
  const bg2 = new Float32Array(K);
  const model = { w, b, dim: o.dim, classes: K };
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const i of shuffled(data.length, o.seed + epoch * 7919)) {
      const e = data[i] as Example;
      softmaxInPlace(scoresOf(model, e, p));
      const weight = e.weight ?? 1;
      for (let k = 0; k < K && !o.fixedBias; k++) {
        const err = ((p[k] ?? 0) - (k === e.y ? 1 : 0)) * weight;
        bg2[k] = (bg2[k] ?? 0) + err * err;
        b[k] = (b[k] ?? 0) - (o.eta * err) / Math.sqrt((bg2[k] ?? 0) + 1e-8);
      }
      for (let j = 0; j < e.idx.length; j++) {
        const f = e.idx[j] ?? 0;
        const v = e.val[j] ?? 0;
        if (v === 0) continue;
        const scale = o.l2 * (o.l2Scale?.[f] ?? 1);
        for (let k = 0; k < K; k++) {
          const at = f * K + k;
          const grad = ((p[k] ?? 0) - (k === e.y ? 1 : 0)) * weight * v + scale * ((w[at] ?? 0) - (o.prior?.[at] ?? 0));
          g2[at] = (g2[at] ?? 0) + grad * grad;
          w[at] = (w[at] ?? 0) - (o.eta * grad) / Math.sqrt((g2[at] ?? 0) + 1e-8);
        }
      }
    }
  }
  return model;
}

/** Class weights toward balance: (n / (K · n_k))^power, at most `cap`. */
export function balanceWeights(ys: readonly number[], classes: number, power = 0.5, cap = 5): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const y of ys) counts[y] = (counts[y] ?? 0) + 1;
  return counts.map((c) => (c === 0 ? 0 : Math.min(cap, (ys.length / (classes * c)) ** power)));
}
