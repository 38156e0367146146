import { describe, expect, it } from 'vitest';
import { createTriage, type TriageInput } from '../../../lib/triage/index';

const BRAND = { handles: ['AcmeCare'], keywords: ['Acme'] };
const post = (text: string): TriageInput => ({ text, lang: 'en', brand: BRAND });

// "Recall" is no crisis word in the shipped lexicons: this team teaches it.
const TAUGHT = post('@AcmeCare is the Kettle X2 part of the recall? mine has a cracked base');
const SIMILAR = post('@AcmeCare is my Kettle X2 part of the recall?? it has a cracked base');
const UNRELATED = post('@AcmeCare what time does the Baker Street store open on Sunday?');

describe('learning from the agent’s relabels', () => {
  it('starts from the shipped model with no corrections', () => {
    const t = createTriage();
    expect(t.corrections()).toBe(0);
    expect(t.classify(TAUGHT).label).not.toBe('crisis');
  });

  it('gives the next similar post the corrected label, with a reason saying so', () => {
    const t = createTriage();
    const before = t.classify(SIMILAR).label;
    t.learn(TAUGHT, 'crisis');
    const after = t.classify(SIMILAR);
    expect(before).not.toBe('crisis');
    expect(after.label).toBe('crisis');
    expect(after.reasons[0]?.kind).toBe('agent_correction');
    expect(t.corrections()).toBe(1);
  });

  it('leaves unrelated posts alone', () => {
    const t = createTriage();
    const before = t.classify(UNRELATED).label;
    t.learn(TAUGHT, 'crisis');
    expect(t.classify(UNRELATED).label).toBe(before);
  });

  it('generalises from several corrections to a post it has not seen', () => {
    const t = createTriage();
    // A team that files its loyalty-stamp chatter under "other", and a new post on it.
    const taught = [
      '@AcmeCare got my tenth Acme stamp today, free coffee incoming',
      '@AcmeCare two more stamps and the free coffee is mine',
      '@AcmeCare stamp card full again, see you tomorrow for the free coffee',
      '@AcmeCare my daughter collects the Acme stamps for me now',
    ];
    const fresh = post('@AcmeCare eighth stamp this month, the free coffee is close');
    const before = t.classify(fresh).label;
    const target = before === 'other' ? 'praise' : 'other';
    for (const text of taught) t.learn(post(text), target);
    // The learned model takes them in at the next fit: the background runs it in slices, settle() at once.
    t.settle();
    const r = t.classify(fresh);
    expect(r.label).toBe(target);
    expect(r.reasons.map((x) => x.kind)).toContain('learned');
  });

  it('takes the latest word when the same post is relabelled twice', () => {
    const t = createTriage();
    t.learn(TAUGHT, 'crisis');
    t.learn(TAUGHT, 'question');
    expect(t.classify(TAUGHT).label).toBe('question');
  });

  it('survives a round trip through structured cloning, as IndexedDB stores it', () => {
    const t = createTriage();
    t.learn(TAUGHT, 'crisis');
    t.learn(post('@AcmeCare you lot are brilliant, thanks'), 'praise');
    const stored = structuredClone(t.exportState());
    const restored = createTriage(stored);
    expect(restored.corrections()).toBe(2);
    for (const p of [TAUGHT, SIMILAR, UNRELATED]) {
      const a = t.classify(p);
      const b = restored.classify(p);
      expect(b.label).toBe(a.label);
      expect(b.confidence).toBeCloseTo(a.confidence, 6);
    }
  });

  it('rejects a stored state from another model version with a clear error', () => {
    const state = createTriage().exportState();
    const bad = { ...state, learner: { ...state.learner, featureCount: state.learner.featureCount + 1 } };
    expect(() => createTriage(bad)).toThrow(/incompatible/);
  });

  it('reset() restores the shipped model', () => {
    const t = createTriage();
    const shipped = t.classify(SIMILAR);
    t.learn(TAUGHT, 'crisis');
    t.reset();
    expect(t.corrections()).toBe(0);
    const again = t.classify(SIMILAR);
    expect(again.label).toBe(shipped.label);
    expect(again.confidence).toBeCloseTo(shipped.confidence, 9);
    expect(t.exportState().learner.rows.length).toBe(0);
  });
});

describe('the correction memory', () => {
  it('recognises a near-copy (another handle, link or a word changed) but not a post that merely shares words', async () => {
    const { CorrectionMemory, wordSet } = await import('../../../lib/triage/correction-memory');
    const { tokenize } = await import('../../../lib/triage/tokenize');
    const words = (t: string): Uint32Array => wordSet(tokenize(t));
    const m = new CorrectionMemory();
    m.add(words('@acme the blue kettle from order 5531 leaks boiling water on the counter'), 3);
    expect(m.find(words('@other the blue kettle from order 5531 leaks boiling water on my counter https://x.example'))).toBe(3);
    expect(m.find(words('the blue sky over the counter'))).toBeUndefined();
  });

  it('decides only when the near-copies agree, and a post relabelled again replaces itself', async () => {
    const { CorrectionMemory, wordSet } = await import('../../../lib/triage/correction-memory');
    const { tokenize } = await import('../../../lib/triage/tokenize');
    const words = (t: string): Uint32Array => wordSet(tokenize(t));
    const m = new CorrectionMemory();
    m.add(words('win a free weekend for two in lisbon just follow and retweet before friday'), 5);
    m.add(words('win a free weekend for two in lisbon just follow and retweet before sunday'), 6);
    expect(m.find(words('win a free weekend for two in lisbon just follow and retweet before monday'))).toBeUndefined();
    m.add(words('win a free weekend for two in lisbon just follow and retweet before sunday'), 5);
    expect(m.find(words('win a free weekend for two in lisbon just follow and retweet before monday'))).toBe(5);
  });

  it('keeps the newest corrections when full', async () => {
    const { CorrectionMemory, wordSet } = await import('../../../lib/triage/correction-memory');
    const { tokenize } = await import('../../../lib/triage/tokenize');
    const m = new CorrectionMemory();
    for (let i = 0; i < 5_100; i++) m.add(wordSet(tokenize(`ticket number${i} alpha${i} beta${i}`)), 1);
    expect(m.size).toBe(5_000);
    expect(m.find(wordSet(tokenize('ticket number0 alpha0 beta0')))).toBeUndefined();
    expect(m.find(wordSet(tokenize('ticket number5099 alpha5099 beta5099')))).toBe(1);
    const restored = new CorrectionMemory(structuredClone(m.exportState()));
    expect(restored.size).toBe(5_000);
    expect(restored.find(wordSet(tokenize('ticket number5099 alpha5099 beta5099')))).toBe(1);
  });
});
