// Erlang C: the M/M/N queue (Poisson arrivals, exponential handling times, N agents, nobody
// gives up). Formulas as in Gans, Koole & Mandelbaum, "Telephone call centers: tutorial, review,
// and research prospects", Manufacturing & Service Operations Management 5(2), 2003, §4.1; the
// probability of waiting is computed through Erlang B's recursion, which stays exact where
// A^N / N! would overflow. Checked against published examples in tests/unit/reports/erlang-c.test.ts.

/**
 * Probability that an arrival has to wait, C(N, A), for N agents and an offered load of A
 * Erlangs (arrival rate × mean handling time). 1 when N ≤ A: the queue grows without bound.
 */
export function erlangC(agents: number, load: number): number {
  if (!(load >= 0) || !Number.isFinite(load)) throw new RangeError(`load must be ≥ 0 Erlangs, got ${load}`);
  if (!Number.isInteger(agents) || agents < 0) throw new RangeError(`agents must be a whole number ≥ 0, got ${agents}`);
  if (load === 0) return 0;
  if (agents <= load) return 1;
  // Erlang B: B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)).
  let b = 1;
  for (let n = 1; n <= agents; n++) b = (load * b) / (n + load * b);
  return (agents * b) / (agents - load * (1 - b));
}

/** Share of arrivals answered within `waitMs`: 1 − C(N, A)·e^(−(N − A)·t / AHT). */
export function serviceLevel(agents: number, load: number, waitMs: number, handlingMs: number): number {
  if (load === 0) return 1;
  if (agents <= load) return 0;
  return 1 - erlangC(agents, load) * Math.exp((-(agents - load) * waitMs) / handlingMs);
}

/** Average speed of answer (mean wait) in ms: C(N, A)·AHT / (N − A). */
export function averageWaitMs(agents: number, load: number, handlingMs: number): number {
  if (load === 0) return 0;
  if (agents <= load) return Infinity;
  return (erlangC(agents, load) * handlingMs) / (agents - load);
}

/** One kind of arrival: its share of the traffic and how long it may wait. */
export interface ArrivalClass {
  share: number;
  waitMs: number;
}

/**
 * The service level of a mix of arrivals with different targets sharing one first-come,
 * first-served queue: every class sees the same waiting-time distribution, so the share answered
 * in time is the share-weighted sum of each class's P(wait ≤ its target).
 */
export function mixedServiceLevel(agents: number, load: number, classes: readonly ArrivalClass[], handlingMs: number): number {
  let total = 0;
  let shares = 0;
  for (const c of classes) {
    total += c.share * serviceLevel(agents, load, c.waitMs, handlingMs);
    shares += c.share;
  }
  return shares === 0 ? 1 : total / shares;
}

/** The smallest number of agents that answers `goal` of arrivals in time; 0 with no traffic. */
export function agentsNeeded(load: number, classes: readonly ArrivalClass[], handlingMs: number, goal: number, max = 10_000): number {
  if (load === 0) return 0;
  for (let n = Math.max(1, Math.floor(load) + 1); n <= max; n++) {
    if (mixedServiceLevel(n, load, classes, handlingMs) >= goal) return n;
  }
  return max;
}
