// First response time and the figures built on it: attainment, median and p90 over a period.
import type { Mention, SlaPolicy } from '../model';
import { countedMs } from './counted-time';
import { slaTargetMs } from './deadline';

type ResponseTimes = Pick<Mention, 'postedAt' | 'respondedAt' | 'handedOffAt'>;

/** When the customer first got an answer: a public reply or a move to DMs, whichever came first. */
export function firstResponseAt(m: Pick<Mention, 'respondedAt' | 'handedOffAt'>): number | undefined {
  if (m.respondedAt === undefined) return m.handedOffAt;
  if (m.handedOffAt === undefined) return m.respondedAt;
  return Math.min(m.respondedAt, m.handedOffAt);
}

/**
 * First response time in counted ms, or undefined while open or when dismissed without an
 * answer. A response stamped before the post (clock skew between X and this machine) counts as 0.
 */
export function firstResponseMs(m: ResponseTimes, policy: SlaPolicy): number | undefined {
  const at = firstResponseAt(m);
  return at === undefined ? undefined : countedMs(m.postedAt, at, policy);
}

export type StatsMention = ResponseTimes & Pick<Mention, 'label'> & Partial<Pick<Mention, 'firstResponseMs'>>;

export interface ResponseStats {
  /** Mentions whose first response fell in the period. */
  responded: number;
  /** Of those whose label has a target, how many were answered within it. */
  withinTarget: number;
  /** withinTarget over responded mentions with a target; null when none had one. */
  attainment: number | null;
  medianMs: number | null;
  /** Nearest-rank 90th percentile. */
  p90Ms: number | null;
}

/** Median of ascending values: the middle one, or the mean of the two middle ones. */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (p in (0, 100]) of ascending values: always one of the values. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.min(n, Math.max(1, Math.ceil((p / 100) * n)));
  return sorted[rank - 1]!;
}

/**
 * Figures over mentions whose first response fell in [from, to). A stored firstResponseMs is
 * used as recorded (the hours in force when the answer was given); otherwise it is counted
 * under `policy`. Targets always come from `policy`; within target includes the target itself.
 */
export function responseStats(
  mentions: Iterable<StatsMention>,
  policy: SlaPolicy,
  period: { from: number; to: number },
): ResponseStats {
  const times: number[] = [];
  let withTarget = 0;
  let withinTarget = 0;
  for (const m of mentions) {
    const at = firstResponseAt(m);
    if (at === undefined || at < period.from || at >= period.to) continue;
    const ms = m.firstResponseMs ?? countedMs(m.postedAt, at, policy);
    times.push(ms);
    const target = slaTargetMs(m.label, policy);
    if (target === null) continue;
    withTarget += 1;
    if (ms <= target) withinTarget += 1;
  }
  const sorted = Float64Array.from(times).sort();
  return {
    responded: sorted.length,
    withinTarget,
    attainment: withTarget === 0 ? null : withinTarget / withTarget,
    medianMs: medianOfSorted(sorted),
    p90Ms: percentileOfSorted(sorted, 90),
  };
}
