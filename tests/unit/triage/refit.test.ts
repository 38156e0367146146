import { describe, expect, it } from 'vitest';
import { createTriage, type TriageInput } from '../../../lib/triage/index';
import { FIT } from '../../../lib/triage/learner';

const BRAND = { handles: ['AcmeCare'], keywords: ['Acme'] };
const post = (text: string): TriageInput => ({ text, lang: 'en', brand: BRAND });

// Two made-up product words the shipped lexicons know nothing about: only corrections can teach them.
const complaints = (i: number) => post(`@AcmeCare my zorblat ${i} came without the flimmer part, order ${1000 + i}`);
const praises = (i: number) => post(`@AcmeCare the quontic ${i} arrived, my kids adore the sprindle colours, order ${2000 + i}`);

describe('re-fitting from the stored corrections', () => {
  it('re-fits as corrections grow, so what they teach reaches posts it has not seen', () => {
    const t = createTriage();
    const fresh = post('@AcmeCare zorblat came again without the flimmer part');
    const before = t.classify(fresh).label;
    for (let i = 0; i < 60; i++) {
      t.learn(complaints(i), 'crisis');
      t.learn(praises(i), 'praise');
    }
    t.settle();
    expect(before).not.toBe('crisis');
    const r = t.classify(fresh);
    expect(r.label).toBe('crisis');
    expect(r.reasons.map((x) => x.kind)).toContain('learned');
    expect(t.classify(post('@AcmeCare the quontic with sprindle colours is lovely')).label).toBe('praise');
  });

  it('gives the same model for the same corrections, and after a round trip through storage', () => {
    const a = createTriage();
    const b = createTriage();
    for (let i = 0; i < 40; i++) {
      a.learn(complaints(i), 'complaint');
      b.learn(complaints(i), 'complaint');
      a.learn(praises(i), 'praise');
      b.learn(praises(i), 'praise');
      // Fits as the background would run them at growth points, in a's case only.
      if (a.fitDue()) a.settle();
    }
    a.settle();
    b.settle();
    const c = createTriage(structuredClone(a.exportState()));
    for (const p of [complaints(99), praises(99), post('@AcmeCare what time do you open?')]) {
      expect(b.classify(p).confidence).toBeCloseTo(a.classify(p).confidence, 9);
      expect(c.classify(p).label).toBe(a.classify(p).label);
      expect(c.classify(p).confidence).toBeCloseTo(a.classify(p).confidence, 6);
    }
    // The restored model goes on re-fitting from the stored corrections.
    for (let i = 40; i < 60; i++) {
      a.learn(complaints(i), 'complaint');
      c.learn(complaints(i), 'complaint');
    }
    a.settle();
    c.settle();
    expect(c.classify(praises(7)).confidence).toBeCloseTo(a.classify(praises(7)).confidence, 6);
  });

  it('marks a fit as due by the growth rule, not on every correction once there are many', () => {
    const t = createTriage();
    // The product's pace: the background completes each fit as it comes due.
    for (let i = 0; i < 50; i++) {
      t.learn(i % 2 === 0 ? complaints(i) : praises(i), i % 2 === 0 ? 'complaint' : 'praise');
      if (t.fitDue()) while (t.fitSlice(1_000) !== 'fitted');
    }
    const fitted = t.exportState().learner.fittedAt;
    expect(fitted).toBeLessThanOrEqual(50);
    expect(fitted).toBeGreaterThanOrEqual(50 / (1 + FIT.growth));
    // A few more corrections, fewer than a fifth: no fit due, the model's weights stay as they were.
    const w = t.exportState().learner.weights;
    t.learn(complaints(51), 'complaint');
    expect(t.fitDue()).toBe(false);
    expect(t.fitSlice(1_000)).toBe('idle');
    expect(t.exportState().learner.fittedAt).toBe(fitted);
    expect(t.exportState().learner.weights).toEqual(w);
    expect(t.corrections()).toBe(51);
    // …until the agent pauses: the catch-up fit takes every pending correction in.
    expect(t.pending()).toBeGreaterThan(0);
    t.settle();
    expect(t.pending()).toBe(0);
    expect(t.exportState().learner.fittedAt).toBe(51);
  });

  it('keeps a burst of one label from tilting unrelated posts', () => {
    const t = createTriage();
    for (let i = 0; i < 40; i++) {
      t.learn(complaints(i), 'complaint');
      t.learn(praises(i), 'praise');
    }
    for (let i = 0; i < 30; i++) t.learn(post(`@AcmeCare network down in sector ${i}, nothing loads`), 'complaint');
    t.settle();
    expect(t.classify(post('@AcmeCare the quontic arrived and the sprindle colours are great')).label).toBe('praise');
  });

  it('refuses a state from the first model version (the background then starts from the shipped model)', () => {
    const state = createTriage().exportState();
    const old = { ...state, version: 1, learner: { ...state.learner, version: 1 } } as unknown as typeof state;
    expect(() => createTriage(old)).toThrow(/incompatible/);
  });
});
