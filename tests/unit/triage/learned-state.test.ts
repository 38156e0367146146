import { describe, expect, it } from 'vitest';
import { createTriage } from '../../../lib/triage/index';
import { currentLearnedState, type LearnedState } from '../../../lib/triage/learned-state';
import { FEATURE_COUNT, FEATURE_INDEX, FEATURES } from '../../../lib/triage/features';

const SEVENTH_PASS = ['discrimination', 'problem_link'];

/** A version-2 state as the fourth pass stored it, made from a current one (40 signals a post). */
function asVersion2(s: LearnedState): { version: number } {
  const fifthPass = ['harm', 'vulnerable', 'health_critical', 'many_affected', 'money_loss', 'others_data', 'mockery', 'irony', 'closing', 'passing', 'resolved'];
  const names = FEATURES.filter((f) => FEATURE_INDEX[f] <= FEATURE_INDEX.tone_positive && !fifthPass.includes(f) && !SEVENTH_PASS.includes(f));
  expect(names.length).toBe(40);
  const posts = s.learner.store.labels.length;
  const signals = new Uint8Array(posts * names.length);
  for (let p = 0; p < posts; p++) names.forEach((f, i) => (signals[p * names.length + i] = s.learner.store.signals[p * FEATURE_COUNT + FEATURE_INDEX[f]] ?? 0));
  return {
    ...s,
    version: 2,
    learner: { ...s.learner, version: 2, featureCount: names.length, dense: new Float32Array(names.length * 7), store: { ...s.learner.store, signals, signalCount: names.length } },
  } as { version: number };
}

/** A version-3 state as the fifth and sixth passes stored it (66 signals a post), made from a current one. */
function asSixthPass(s: LearnedState): { version: number } {
  const names = FEATURES.filter((f) => !SEVENTH_PASS.includes(f));
  expect(names.length).toBe(66);
  const posts = s.learner.store.labels.length;
  const signals = new Uint8Array(posts * names.length);
  for (let p = 0; p < posts; p++) names.forEach((f, i) => (signals[p * names.length + i] = s.learner.store.signals[p * FEATURE_COUNT + FEATURE_INDEX[f]] ?? 0));
  return {
    ...s,
    learner: { ...s.learner, featureCount: names.length, dense: new Float32Array(names.length * 7), store: { ...s.learner.store, signals, signalCount: names.length } },
  } as { version: number };
}

describe('the learned state across versions', () => {
  const text = '@NorvaCare the blue kettle hums when it boils';
  const make = () => {
    const t = createTriage();
    t.learn({ text, lang: 'en' }, 'praise');
    t.learn({ text: '@NorvaCare my order is late again', lang: 'en' }, 'complaint');
    t.settle();
    return t;
  };

  it('round-trips the current version', () => {
    const t = make();
    const again = createTriage(t.exportState());
    expect(again.corrections()).toBe(2);
    expect(again.classify({ text, lang: 'en' })).toEqual(t.classify({ text, lang: 'en' }));
  });

  it('migrates a version-2 state: corrections, their signals by name and the near-copy memory are kept, and re-fitted', () => {
    const v2 = asVersion2(make().exportState());
    const migrated = currentLearnedState(v2);
    expect(migrated.version).toBe(3);
    expect(migrated.learner.store.signalCount).toBe(FEATURE_COUNT);
    const t = createTriage(v2);
    expect(t.corrections()).toBe(2);
    expect(t.pending()).toBe(2);
    expect(t.classify({ text: `${text}!`, lang: 'en' }).label).toBe('praise');
    t.settle();
    expect(t.pending()).toBe(0);
  });

  it("moves a sixth-pass version-3 state to the seventh pass's signals by name, and re-fits it", () => {
    const old = asSixthPass(make().exportState());
    const migrated = currentLearnedState(old);
    expect(migrated.learner.store.signalCount).toBe(FEATURE_COUNT);
    const t = createTriage(old);
    expect(t.corrections()).toBe(2);
    expect(t.pending()).toBe(2);
    t.settle();
    expect(t.classify({ text: `${text}!`, lang: 'en' }).label).toBe('praise');
  });

  it('refuses a state it cannot read', () => {
    expect(() => createTriage({ version: 1 })).toThrow(/version 1 is from an incompatible/);
  });
});
