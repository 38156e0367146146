import { describe, expect, it } from 'vitest';
import { englishTone } from '../../../lib/triage/english-tone';
import { computeSignals, FEATURE_INDEX } from '../../../lib/triage/signals';
import { tokenize } from '../../../lib/triage/tokenize';

describe('the shipped English tone model', () => {
  it('reads negative and positive English posts apart', () => {
    const [negA = 0, , posA = 0] = Array.from(englishTone(tokenize('this update is awful, my phone keeps crashing and I hate it')));
    const [negB = 0, , posB = 0] = Array.from(englishTone(tokenize('love the new update, great job, thank you so much')));
    expect(negA).toBeGreaterThan(posA);
    expect(posB).toBeGreaterThan(negB);
    expect(negA).toBeGreaterThan(negB);
  });

  it('gives probabilities', () => {
    const p = Array.from(englishTone(tokenize('just a post')));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('feeds signals for English posts only', () => {
    const text = 'this is awful, I hate it';
    const en = computeSignals(tokenize(text), 'en').x;
    const fr = computeSignals(tokenize(text), 'fr').x;
    expect(en[FEATURE_INDEX.tone_negative]).toBeGreaterThan(0);
    expect(fr[FEATURE_INDEX.tone_negative]).toBe(0);
    expect(fr[FEATURE_INDEX.tone_positive]).toBe(0);
  });
});
