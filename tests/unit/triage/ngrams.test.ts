import { describe, expect, it } from 'vitest';
import { CorrectionStore } from '../../../lib/triage/correction-store';
import { BREAK, charGrams, codeOf, featuresOf, featuresOfWords, tokenCodes, unigramBucket } from '../../../lib/triage/ngrams';
import { Kind, tokenize } from '../../../lib/triage/tokenize';

const features = (text: string): { idx: number[]; val: number[] } => {
  const words: string[] = [];
  const codes = tokenCodes(tokenize(text), words);
  const f = featuresOfWords(codes, words);
  return { idx: Array.from(f.idx.subarray(0, f.n)), val: Array.from(f.val.subarray(0, f.n)) };
};

describe('hashed n-gram features', () => {
  it('gives each bucket once, words and character n-grams each with unit length', () => {
    const { idx, val } = features('the kettle the kettle leaks, the kettle leaks');
    expect(new Set(idx).size).toBe(idx.length);
    const families = [...new Set(val)];
    expect(families.length).toBe(2);
    // Σ v² per family = weight², so the two families have fixed norms whatever the post's length.
    const norms = families.map((v) => val.filter((x) => x === v).reduce((s, x) => s + x * x, 0));
    for (const n of norms) expect([1, 1.44].some((w) => Math.abs(n - w) < 1e-4)).toBe(true);
  });

  it('marks words in a negation scope apart from the same words outside it', () => {
    const t = tokenize('not happy');
    const happy = t.toks.indexOf('happy');
    expect(t.negated[happy]).toBe(1);
    expect(unigramBucket(codeOf('happy', Kind.Word, true))).not.toBe(unigramBucket(codeOf('happy', Kind.Word, false)));
  });

  it('shares character n-grams between inflected forms', () => {
    const a: number[] = [];
    const b: number[] = [];
    charGrams('kasni', a);
    charGrams('kasnimo', b);
    const shared = a.filter((g) => b.includes(g)).length;
    expect(shared).toBeGreaterThanOrEqual(8);
  });

  it('breaks bigrams at punctuation and lists link domains after the words', () => {
    const words: string[] = [];
    const codes = tokenCodes(tokenize('late again. refund please https://shop.example/x'), words);
    expect(Array.from(codes)).toContain(BREAK);
    expect(codes.length).toBe(words.length);
    expect(words.slice(0, 2)).toEqual(['late', 'again']);
  });

  it('gives a stored correction the same features as the live post, from hashes only', () => {
    const text = 'Mon colis est arrivé cassé, remboursement svp https://colis.example';
    const words: string[] = [];
    const codes = tokenCodes(tokenize(text), words);
    const live = featuresOfWords(codes, words);
    const liveIdx = Array.from(live.idx.subarray(0, live.n)).sort();
    const store = new CorrectionStore(3);
    store.add(codes, (i, out) => charGrams(words[i] ?? '', out), new Float32Array(3), 1);
    const restored = new CorrectionStore(3, structuredClone(store.exportState()));
    const again = featuresOf(restored.codesOf(0), (code, _i, out) => restored.gramsOf(code, out));
    expect(Array.from(again.idx.subarray(0, again.n)).sort()).toEqual(liveIdx);
  });
});
