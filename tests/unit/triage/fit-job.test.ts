import { describe, expect, it } from 'vitest';
import { createTriage, type TriageInput } from '../../../lib/triage/index';

const BRAND = { handles: ['AcmeCare'], keywords: ['Acme'] };
const post = (text: string): TriageInput => ({ text, lang: 'en', brand: BRAND });
const complaints = (i: number) => post(`@AcmeCare my zorblat ${i} came without the flimmer part, order ${1000 + i}`);
const praises = (i: number) => post(`@AcmeCare the quontic ${i} arrived, my kids adore the sprindle colours, order ${2000 + i}`);
const FRESH = post('@AcmeCare zorblat came again without the flimmer part');

function teach(n: number) {
  const t = createTriage();
  for (let i = 0; i < n; i++) {
    t.learn(complaints(i), 'crisis');
    t.learn(praises(i), 'praise');
  }
  return t;
}

describe('the re-fit as a resumable job', () => {
  it('learn() only stores the correction and marks a fit as due', () => {
    const t = teach(20);
    expect(t.fitDue()).toBe(true);
    expect(t.pending()).toBe(40);
    expect(t.exportState().learner.fittedAt).toBe(0);
    expect(t.exportState().learner.rows.length).toBe(0);
  });

  it('runs in slices: the model is unchanged until the job completes, then swapped in', () => {
    const t = teach(30);
    const before = t.classify(FRESH);
    let slices = 0;
    let progress = t.fitSlice(0);
    while (progress === 'working') {
      slices++;
      // Classification keeps the last completed model (here the shipped one) while the job runs.
      const during = t.classify(FRESH);
      expect(during.label).toBe(before.label);
      expect(during.confidence).toBe(before.confidence);
      progress = t.fitSlice(0);
    }
    expect(progress).toBe('fitted');
    expect(slices).toBeGreaterThan(10);
    const after = t.classify(FRESH);
    expect(after.label).toBe('crisis');
    expect(after.reasons.map((r) => r.kind)).toContain('learned');
    expect(t.pending()).toBe(0);
    expect(t.fitSlice(0)).toBe('idle');
  });

  it('settle() completes a job in progress, and the model does not depend on how the work was cut', () => {
    const sliced = teach(30);
    while (sliced.fitSlice(0) !== 'fitted');
    const halfway = teach(30);
    for (let i = 0; i < 7; i++) expect(halfway.fitSlice(0)).toBe('working');
    halfway.settle();
    const once = teach(30);
    once.settle();
    for (const p of [FRESH, complaints(99), praises(99), post('@AcmeCare what time do you open?')]) {
      expect(halfway.classify(p).confidence).toBe(sliced.classify(p).confidence);
      expect(once.classify(p).confidence).toBe(sliced.classify(p).confidence);
    }
    expect(once.exportState().learner.weights).toEqual(sliced.exportState().learner.weights);
  });

  it('settle() with corrections that came during a job fits all of them, as a fresh fit would', () => {
    const t = teach(30);
    for (let i = 0; i < 5; i++) t.fitSlice(0);
    t.learn(complaints(40), 'crisis');
    t.settle();
    expect(t.pending()).toBe(0);
    const fresh = teach(30);
    fresh.learn(complaints(40), 'crisis');
    fresh.settle();
    expect(t.exportState().learner.weights).toEqual(fresh.exportState().learner.weights);
  });

  it('a relabel changes the next near-copy at once, with no fit run', () => {
    const t = teach(30);
    t.settle();
    const taught = post('@AcmeCare is the Kettle X2 part of the recall? mine has a cracked base');
    const copy = post('@AcmeCare is my Kettle X2 part of the recall?? it has a cracked base');
    t.learn(taught, 'crisis');
    expect(t.classify(copy).label).toBe('crisis');
    expect(t.classify(copy).reasons[0]?.kind).toBe('agent_correction');
    t.learn(taught, 'question');
    expect(t.classify(taught).label).toBe('question');
    expect(t.pending()).toBe(2);
  });

  it('a state saved before a fit completed is fitted after loading', () => {
    const t = teach(10);
    t.fitSlice(0);
    const restored = createTriage(structuredClone(t.exportState()));
    expect(restored.pending()).toBe(20);
    restored.settle();
    t.settle();
    expect(restored.classify(FRESH).confidence).toBe(t.classify(FRESH).confidence);
  });

  it('abandons a job when the full store drops its oldest corrections, and counts from the new indices', async () => {
    const { MAX_STORED } = await import('../../../lib/triage/correction-store');
    const t = createTriage();
    for (let i = 0; i < MAX_STORED; i++) t.learn(post(`@AcmeCare order ${i} zorblat`), i % 2 === 0 ? 'complaint' : 'praise');
    expect(t.fitSlice(0)).toBe('working');
    t.learn(complaints(1), 'crisis');
    // The oldest tenth went: nothing is fitted yet, every kept correction waits, and a new job starts.
    expect(t.exportState().learner.fittedAt).toBe(0);
    expect(t.pending()).toBe(MAX_STORED + 1 - Math.ceil(MAX_STORED / 10));
    expect(t.fitDue()).toBe(true);
    // 25,000 learns with the tone model and the second stage's analysis: ~15 s on a busy shared machine.
  }, 60_000);
});
