import { describe, expect, it } from 'vitest';
import { accuracy, classF1, macroF1, polarityOf } from '../../../eval/triage/metrics';

describe('eval metrics', () => {
  it('map labels to polarity as the issue defines it', () => {
    expect(['complaint', 'crisis', 'troll'].map((l) => polarityOf(l as never, false))).toEqual(['negative', 'negative', 'negative']);
    expect(polarityOf('praise', false)).toBe('positive');
    expect(['question', 'spam', 'other'].map((l) => polarityOf(l as never, false))).toEqual(['neutral', 'neutral', 'neutral']);
    expect(polarityOf('other', true)).toBe('positive');
    expect(polarityOf('troll', true)).toBe('negative');
  });

  it('compute F1 and macro-F1', () => {
    const gold = ['a', 'a', 'b', 'b', 'c'];
    const pred = ['a', 'b', 'b', 'b', 'a'];
    // a: tp1 fp1 fn1 → 0.5; b: tp2 fp1 fn0 → 0.8; c: tp0 → 0.
    expect(classF1(gold, pred, 'a')).toBeCloseTo(0.5);
    expect(classF1(gold, pred, 'b')).toBeCloseTo(0.8);
    expect(macroF1(gold, pred, ['a', 'b', 'c'])).toBeCloseTo(1.3 / 3);
    expect(accuracy(gold, pred)).toBeCloseTo(0.6);
  });
});
