// The same-run baseline of the public sets (issue 17): a plain logistic regression on word and
// character n-grams, trained on a file's train split with the file's own gold classes and scored
// on its test split in the same run as Careline. Deliberately plain and independent of
// lib/triage: its own tokenizer (lowercase, letters and digits), word unigrams and bigrams,
// character 2–5-grams inside each word, hashed to 2^18 buckets, binary values L2-normalised per
// family, a softmax fitted with AdaGrad and L2. Its settings were chosen once on validation folds
// of the train splits (docs/triage.md), the same for every file.
import { balanceWeights, scoresOf, trainSoftmax, type Example, type SoftmaxModel } from './train/softmax';

const BITS = 18;
const MASK = (1 << BITS) - 1;
export const BASELINE = { epochs: 10, eta: 0.2, l2: 1e-6, balancePower: 0.5, seed: 11 };

function hash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The plain features of a text: word 1–2-grams and character 2–5-grams, each family unit length. */
export function baselineFeatures(text: string): { idx: Int32Array; val: Float32Array } {
  const words = text.toLowerCase().match(WORD) ?? [];
  const wordSet = new Set<number>();
  const charSet = new Set<number>();
  words.forEach((w, i) => {
    wordSet.add(hash(w, 1) & MASK);
    if (i > 0) wordSet.add(hash(`${words[i - 1] ?? ''} ${w}`, 2) & MASK);
    const padded = ` ${w} `;
    for (let n = 2; n <= 5; n++) for (let a = 0; a + n <= padded.length; a++) charSet.add(hash(padded.slice(a, a + n), 3) & MASK);
  });
  const idx = [...wordSet, ...charSet];
  const vw = wordSet.size > 0 ? 1 / Math.sqrt(wordSet.size) : 0;
  const vc = charSet.size > 0 ? 1 / Math.sqrt(charSet.size) : 0;
  return { idx: Int32Array.from(idx), val: Float32Array.from(idx, (_, i) => (i < wordSet.size ? vw : vc)) };
}

export interface Baseline {
  predict(text: string): number;
}

/** Fits the baseline on texts and their gold classes (0 … classes − 1). */
export function fitBaseline(texts: readonly string[], ys: readonly number[], classes: number, o = BASELINE): Baseline {
  const bw = balanceWeights(ys, classes, o.balancePower);
  const data: Example[] = texts.map((t, i) => ({ ...baselineFeatures(t), y: ys[i] ?? 0, weight: bw[ys[i] ?? 0] ?? 1 }));
  const model: SoftmaxModel = trainSoftmax(data, { dim: 1 << BITS, classes, epochs: o.epochs, eta: o.eta, l2: o.l2, seed: o.seed });
  const s = new Float64Array(classes);
  return {
    predict(text) {
      scoresOf(model, baselineFeatures(text), s);
      let best = 0;
      for (let k = 1; k < classes; k++) if ((s[k] ?? 0) > (s[best] ?? 0)) best = k;
      return best;
    },
  };
}
