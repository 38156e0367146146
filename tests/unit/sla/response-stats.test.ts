import { describe, expect, it } from 'vitest';
import type { Label } from '../../../lib/model';
import { firstResponseMs, medianOfSorted, percentileOfSorted, responseStats } from '../../../lib/sla';
import { at, MIN, policy, weekdays } from './policies';

const office = policy({ timeZone: 'Europe/Zagreb', businessHours: weekdays('08:00', '18:00') });
const t0 = at('2025-06-10T10:00:00Z');

function answered(label: Label, postedAt: number, afterMin: number, extra: { firstResponseMs?: number } = {}) {
  return { label, postedAt, respondedAt: postedAt + afterMin * MIN, ...extra };
}

describe('firstResponseMs', () => {
  it('is undefined while open or dismissed without an answer', () => {
    expect(firstResponseMs({ postedAt: t0 }, policy())).toBeUndefined();
  });

  it('counts to the reply or the DM handoff, whichever came first', () => {
    expect(firstResponseMs({ postedAt: t0, respondedAt: t0 + 30 * MIN }, policy())).toBe(30 * MIN);
    expect(firstResponseMs({ postedAt: t0, handedOffAt: t0 + 12 * MIN }, policy())).toBe(12 * MIN);
    expect(firstResponseMs({ postedAt: t0, respondedAt: t0 + 30 * MIN, handedOffAt: t0 + 12 * MIN }, policy())).toBe(12 * MIN);
  });

  it('counts business time only', () => {
    const m = { postedAt: at('2025-06-10T17:55:00+02:00'), respondedAt: at('2025-06-11T08:10:00+02:00') };
    expect(firstResponseMs(m, office)).toBe(15 * MIN);
  });

  it('is 0 when the response is stamped before the post (clock skew)', () => {
    expect(firstResponseMs({ postedAt: t0, respondedAt: t0 - 90_000 }, policy())).toBe(0);
  });
});

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(medianOfSorted([])).toBeNull();
    expect(medianOfSorted([1, 5, 9])).toBe(5);
    expect(medianOfSorted([1, 5, 9, 10])).toBe(7);
  });

  it('uses nearest rank for p90', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentileOfSorted(ten, 90)).toBe(9);
    expect(percentileOfSorted([...ten, 11], 90)).toBe(10);
    expect(percentileOfSorted([4], 90)).toBe(4);
    expect(percentileOfSorted([], 90)).toBeNull();
  });
});

describe('responseStats', () => {
  const day = { from: t0 - 60 * MIN, to: t0 + 24 * 60 * MIN };

  it('counts attainment over responded mentions that have a target', () => {
    const mentions = [
      answered('complaint', t0, 20),
      answered('complaint', t0, 60), // exactly on target counts as within
      answered('complaint', t0, 61),
      answered('crisis', t0, 14),
      answered('crisis', t0, 16),
      answered('troll', t0, 500), // no target: in the median, not in attainment
    ];
    const s = responseStats(mentions, policy(), day);
    expect(s.responded).toBe(6);
    expect(s.withinTarget).toBe(3);
    expect(s.attainment).toBeCloseTo(3 / 5, 12);
    expect(s.medianMs).toBe(((20 + 60) / 2) * MIN);
    expect(s.p90Ms).toBe(500 * MIN);
  });

  it('leaves out open and dismissed mentions and responses outside [from, to)', () => {
    const mentions = [
      { label: 'question' as const, postedAt: t0 }, // open
      { label: 'question' as const, postedAt: t0, dismissedAt: t0 + MIN },
      answered('question', t0, 5),
      { label: 'question' as const, postedAt: t0 - 120 * MIN, respondedAt: day.from - 1 },
      { label: 'question' as const, postedAt: t0, respondedAt: day.to }, // `to` is excluded
      { label: 'question' as const, postedAt: t0 - 150 * MIN, respondedAt: day.from }, // `from` is included; 90 min: late
    ];
    const s = responseStats(mentions, policy(), day);
    expect(s.responded).toBe(2);
    expect(s.withinTarget).toBe(1);
    expect(s.attainment).toBe(0.5);
  });

  it('has null figures when nothing was responded, and null attainment with no targets', () => {
    expect(responseStats([], policy(), day)).toEqual({ responded: 0, withinTarget: 0, attainment: null, medianMs: null, p90Ms: null });
    const onlyTrolls = responseStats([answered('troll', t0, 3)], policy(), day);
    expect(onlyTrolls.attainment).toBeNull();
    expect(onlyTrolls.medianMs).toBe(3 * MIN);
  });

  it('uses the first response time recorded on the mention when there is one', () => {
    // Recorded under business hours when it was answered: 5 counted minutes, though 70 passed.
    const s = responseStats([answered('complaint', t0, 70, { firstResponseMs: 5 * MIN })], policy(), day);
    expect(s.medianMs).toBe(5 * MIN);
    expect(s.withinTarget).toBe(1);
  });

  it('counts business time when it computes the response time itself', () => {
    const posted = at('2025-06-10T17:55:00+02:00');
    const m = { label: 'complaint' as const, postedAt: posted, respondedAt: at('2025-06-11T08:50:00+02:00') };
    const period = { from: posted, to: posted + 86_400_000 };
    expect(responseStats([m], office, period)).toMatchObject({ withinTarget: 1, medianMs: 55 * MIN });
    expect(responseStats([m], policy(), period)).toMatchObject({ withinTarget: 0, medianMs: (14 * 60 + 55) * MIN });
  });

  it('accepts any iterable, such as a generator over a database cursor', () => {
    function* gen() {
      for (let i = 1; i <= 5; i += 1) yield answered('question', t0, i * 10);
    }
    expect(responseStats(gen(), policy(), day)).toMatchObject({ responded: 5, medianMs: 30 * MIN });
  });
});
