import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CarelineDB } from '../../../lib/db/database';
import { QUIET_MS, TriageStore } from '../../../lib/service/triage-store';
import type { LearnedState, TriageInput } from '../../../lib/triage/index';

const BRAND = { handles: ['AcmeCare'], keywords: ['Acme'] };
const post = (text: string): TriageInput => ({ text, lang: 'en', brand: BRAND });
/**
 * Fake timers run a setTimeout(0) set during a tick 1 ms later, and each slice stops after ~25 ms
 * of real time: 200 fake ms let a fit take up to 200 slices.
 */
const drain = () => vi.advanceTimersByTimeAsync(200);
const complaint = (i: number) => post(`@AcmeCare my zorblat ${i} came without the flimmer part, order ${1000 + i}`);

/** The one table TriageStore uses, in memory: the test is about timers, not IndexedDB. */
function fakeDb() {
  const saved: LearnedState[] = [];
  const db = {
    triageModel: {
      get: async () => undefined,
      put: async (row: { key: string; value: unknown }) => {
        saved.push(structuredClone(row.value as LearnedState));
      },
      delete: async () => undefined,
    },
  };
  return { db: db as unknown as CarelineDB, saved };
}

describe('TriageStore drives the re-fit in the background', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs a due fit in setTimeout slices after a relabel, then saves the fitted model', async () => {
    const { db, saved } = fakeDb();
    const store = new TriageStore(db);
    await store.learn(complaint(1), 'crisis');
    // The correction is saved at once; the fit has not run yet.
    expect(saved.length).toBe(1);
    expect(saved[0]?.learner.fittedAt).toBe(0);
    const engine = await store.get();
    expect(engine.fitDue()).toBe(true);
    await drain();
    expect(engine.pending()).toBe(0);
    expect(saved.at(-1)?.learner.fittedAt).toBe(1);
    expect(saved.at(-1)?.learner.rows.length).toBeGreaterThan(0);
  });

  it('learnMany() (the team’s corrections) stores every one, saves once and fits them in slices', async () => {
    const { db, saved } = fakeDb();
    const store = new TriageStore(db);
    await store.learnMany([]);
    expect(saved.length).toBe(0);
    await store.learnMany(Array.from({ length: 30 }, (_, i) => ({ input: complaint(i), label: 'crisis' as const })));
    expect(saved.length).toBe(1);
    const engine = await store.get();
    expect(engine.pending()).toBe(30);
    await drain();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    await drain();
    expect(engine.pending()).toBe(0);
    expect(saved.at(-1)?.learner.fittedAt).toBe(30);
    expect(engine.classify(complaint(31)).label).toBe('crisis');
  });

  it('fits corrections below the growth threshold once the agent pauses for QUIET_MS', async () => {
    const { db, saved } = fakeDb();
    const store = new TriageStore(db);
    for (let i = 0; i < 20; i++) {
      await store.learn(complaint(i), 'crisis');
      await drain();
    }
    const engine = await store.get();
    // Fits ran at the growth points only: the last corrections wait for a pause.
    expect(engine.pending()).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    await drain();
    expect(engine.pending()).toBe(0);
    // Two more than the last fit: below a fifth of 20, so no fit is due.
    await store.learn(complaint(20), 'complaint');
    await vi.advanceTimersByTimeAsync(QUIET_MS - 300);
    await store.learn(complaint(21), 'complaint');
    expect(engine.fitDue()).toBe(false);
    await vi.advanceTimersByTimeAsync(QUIET_MS - 1);
    expect(engine.pending()).toBe(2);
    const saves = saved.length;
    await drain();
    expect(engine.pending()).toBe(0);
    expect(saved.length).toBe(saves + 1);
    expect(saved.at(-1)?.learner.fittedAt).toBe(22);
  });

  it('reset() stops a fit in progress and keeps the shipped model', async () => {
    const { db } = fakeDb();
    const store = new TriageStore(db);
    await store.learn(complaint(1), 'crisis');
    await store.reset();
    await vi.advanceTimersByTimeAsync(QUIET_MS * 2);
    const engine = await store.get();
    expect(engine.corrections()).toBe(0);
    expect(engine.exportState().learner.rows.length).toBe(0);
  });
});
