import { describe, expect, it } from 'vitest';
import { englishTone } from '../../../lib/triage/english-tone';
import { addTone } from '../../../lib/triage/second-stage';
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

  it("feeds the background's signals for English posts only; the page computes none", () => {
    const text = 'this is awful, I hate it';
    const read = (lang: string) => {
      const t = tokenize(text);
      const s = computeSignals(t, lang);
      const page = s.x[FEATURE_INDEX.tone_negative];
      addTone(s, t, lang);
      return { page, background: s.x };
    };
    const en = read('en');
    const fr = read('fr');
    expect(en.page).toBe(0);
    expect(en.background[FEATURE_INDEX.tone_negative]).toBeGreaterThan(0);
    expect(fr.background[FEATURE_INDEX.tone_negative]).toBe(0);
    expect(fr.background[FEATURE_INDEX.tone_positive]).toBe(0);
  });
});
