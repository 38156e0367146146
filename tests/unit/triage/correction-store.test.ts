import { describe, expect, it } from 'vitest';
import { CorrectionStore, MAX_STORED } from '../../../lib/triage/correction-store';
import { charGrams, tokenCodes } from '../../../lib/triage/ngrams';
import { tokenize } from '../../../lib/triage/tokenize';

function add(store: CorrectionStore, text: string, label: number): void {
  const words: string[] = [];
  const codes = tokenCodes(tokenize(text), words);
  store.add(codes, (i, out) => charGrams(words[i] ?? '', out), Float32Array.from([label, 0, 2]), label);
}

describe('the correction store', () => {
  it('keeps each correction’s codes, signals and label, and one n-gram list per distinct word', () => {
    const store = new CorrectionStore(3);
    add(store, 'the kettle leaks', 1);
    const after1 = store.exportState();
    add(store, 'the kettle hums', 2);
    const after2 = store.exportState();
    expect(store.size).toBe(2);
    expect(store.labelOf(1)).toBe(2);
    expect(Array.from(store.signalsOf(1, new Float32Array(3)))).toEqual([2, 0, 2]);
    // "the" and "kettle" are stored once: only "hums" is new.
    expect(after2.words.length).toBe(after1.words.length + 1);
    expect(JSON.stringify(after2)).not.toMatch(/kettle|hums/);
  });

  it('drops the oldest tenth when full and keeps the newest', () => {
    const store = new CorrectionStore(3);
    for (let i = 0; i < MAX_STORED + 1; i++) add(store, `order ${i} w${i % 97}`, i % 7);
    expect(store.size).toBe(MAX_STORED + 1 - Math.ceil(MAX_STORED / 10));
    expect(store.labelOf(store.size - 1)).toBe(MAX_STORED % 7);
    const restored = new CorrectionStore(3, structuredClone(store.exportState()));
    expect(restored.size).toBe(store.size);
    expect(Array.from(restored.codesOf(5))).toEqual(Array.from(store.codesOf(5)));
  });

  it('refuses a state written for another signal vector', () => {
    const state = new CorrectionStore(3).exportState();
    expect(() => new CorrectionStore(4, state)).toThrow(/incompatible/);
  });
});
