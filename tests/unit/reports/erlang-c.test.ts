// Erlang C against published worked examples (sources in docs/reports.md), and against the
// textbook formula with factorials, computed independently here.
import { describe, expect, it } from 'vitest';
import { agentsNeeded, averageWaitMs, erlangC, mixedServiceLevel, serviceLevel } from '../../../lib/reports/staffing/erlang-c';

const S = 1000;

/** C(N, A) straight from the textbook: (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)). */
function textbookC(n: number, a: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const top = term * (n / (n - a));
  return top / (sum + top);
}

describe('Erlang C', () => {
  it('Angus / Westbay example: 360 calls per half hour, 4 minutes each, 55 agents, 15 s target', () => {
    // A = 360 / 1800 s × 240 s = 48 Erlangs; occupancy 87.3 %; published: C = 0.2387,
    // average speed of answer 8.2 s, 84.6 % answered within 15 s.
    const load = (360 / 1800) * 240;
    expect(load).toBe(48);
    expect(load / 55).toBeCloseTo(0.873, 3);
    expect(erlangC(55, load)).toBeCloseTo(0.2387, 4);
    expect(averageWaitMs(55, load, 240 * S) / S).toBeCloseTo(8.18, 2);
    expect(serviceLevel(55, load, 15 * S, 240 * S)).toBeCloseTo(0.8459, 4);
  });

  it('Call Centre Helper example: 100 calls in 30 minutes, 180 s handling, 80 % within 20 s needs 14 agents', () => {
    const load = (100 / 1800) * 180; // 10 Erlangs
    expect(erlangC(11, load)).toBeCloseTo(0.6821, 4);
    expect(averageWaitMs(11, load, 180 * S) / S).toBeCloseTo(122.8, 1);
    expect(serviceLevel(13, load, 20 * S, 180 * S)).toBeLessThan(0.8);
    expect(serviceLevel(14, load, 20 * S, 180 * S)).toBeCloseTo(0.8884, 4);
    expect(agentsNeeded(load, [{ share: 1, waitMs: 20 * S }], 180 * S, 0.8)).toBe(14);
  });

  it('Jones example: 250 calls an hour, 330 s handling, 80 % within 30 s needs 28 advisors, not 22.9', () => {
    const load = (250 * 330) / 3600;
    expect(load).toBeCloseTo(22.9, 1);
    expect(agentsNeeded(load, [{ share: 1, waitMs: 30 * S }], 330 * S, 0.8)).toBe(28);
  });

  it('textbook M/M/5 with one arrival a minute and 3-minute service: 76.4 % do not wait (C = 0.2362)', () => {
    expect(1 - erlangC(5, 3)).toBeCloseTo(0.7638, 4);
  });

  it('matches the factorial formula where it does not overflow', () => {
    for (const [n, a] of [[1, 0.5], [2, 1.2], [7, 6.3], [30, 22.5], [80, 71]] as const) {
      expect(erlangC(n, a)).toBeCloseTo(textbookC(n, a), 10);
    }
  });

  it('stays finite for large teams where A^N / N! overflows', () => {
    const c = erlangC(400, 380);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('no traffic needs nobody; a load at or above the team never settles', () => {
    expect(erlangC(3, 0)).toBe(0);
    expect(agentsNeeded(0, [], 300 * S, 0.9)).toBe(0);
    expect(erlangC(5, 5)).toBe(1);
    expect(serviceLevel(5, 6, 60 * S, 300 * S)).toBe(0);
    expect(averageWaitMs(5, 5, 300 * S)).toBe(Infinity);
  });

  it('a light load still needs one agent, and a mix weighs each class by its share', () => {
    expect(agentsNeeded(0.05, [{ share: 1, waitMs: 3_600 * S }], 300 * S, 0.9)).toBe(1);
    const strict = { share: 1, waitMs: 10 * S };
    const lax = { share: 3, waitMs: 3_600 * S };
    const mixed = mixedServiceLevel(3, 2, [strict, lax], 300 * S);
    expect(mixed).toBeCloseTo((serviceLevel(3, 2, 10 * S, 300 * S) + 3 * serviceLevel(3, 2, 3_600 * S, 300 * S)) / 4, 12);
  });

  it('refuses nonsense', () => {
    expect(() => erlangC(2.5, 1)).toThrow(RangeError);
    expect(() => erlangC(3, -1)).toThrow(RangeError);
    expect(() => erlangC(3, Number.NaN)).toThrow(RangeError);
  });
});
