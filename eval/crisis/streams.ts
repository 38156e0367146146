// Synthetic mention streams for the detector's tests and evaluation: a quiet background with a
// daily rhythm, and surges of several shapes injected into it. Seeded, so every run is the same.
import type { DetectorInput } from '../../lib/crisis/surge-detector';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** mulberry32: small, fast and good enough for simulation. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everyday vocabulary of a care queue, none of it a surge's topic. */
const EVERYDAY = [
  'bill', 'invoice', 'roaming', 'signal', 'router', 'delivery', 'order', 'refund', 'password', 'login', 'app', 'update',
  'contract', 'upgrade', 'store', 'appointment', 'speed', 'wifi', 'package', 'charge', 'plan', 'data', 'sim', 'card',
  'payment', 'account', 'email', 'website', 'chat', 'queue', 'waiting', 'support', 'technician', 'cancel', 'offer',
];

export interface QuietOptions {
  start: number;
  hours: number;
  /** Mentions per hour at each hour of the day (UTC), 24 numbers. */
  perHour: readonly number[];
  negativeShare: number;
  crisisShare?: number;
  seed: number;
  /** Distinct authors: fewer means the same people write more often. */
  authors?: number;
}

/** A Poisson stream with a daily rhythm, random everyday words, a share of it negative. */
export function quietStream(o: QuietOptions): DetectorInput[] {
  const r = rng(o.seed);
  const out: DetectorInput[] = [];
  const authors = o.authors ?? 5000;
  for (let t = o.start; t < o.start + o.hours * HOUR; ) {
    const rate = o.perHour[new Date(t).getUTCHours()]! / HOUR;
    // Thinning would be exact; stepping by the current hour's rate is close enough for quiet streams.
    t += -Math.log(1 - r()) / Math.max(rate, 1e-9);
    if (t >= o.start + o.hours * HOUR) break;
    out.push(everyday(t, r, o.negativeShare, o.crisisShare ?? 0.01, authors));
  }
  return out;
}

export function everyday(t: number, r: () => number, negativeShare: number, crisisShare: number, authors: number): DetectorInput {
  const negative = r() < negativeShare;
  const terms = new Set<string>();
  const n = 2 + Math.floor(r() * 4);
  while (terms.size < n) terms.add(EVERYDAY[Math.floor(r() * EVERYDAY.length)]!);
  return {
    postedAt: t,
    authorHandle: `user${Math.floor(r() * authors)}`,
    negative,
    crisis: negative && r() < crisisShare,
    terms: [...terms],
  };
}

export const SHAPES = ['step', 'ramp', 'spike', 'slow_burn'] as const;
export type Shape = (typeof SHAPES)[number];

export interface SurgeOptions {
  shape: Shape;
  start: number;
  /** Extra mentions the surge brings in all. */
  size: number;
  topic: readonly string[];
  negativeShare?: number;
  seed: number;
  quotedStatusId?: string;
}

/** How long each shape lasts, in minutes, and how its rate rises (weight of each minute). */
export const SHAPE_MINUTES: Record<Shape, number> = { step: 30, ramp: 60, spike: 5, slow_burn: 240 };
const shapeWeight: Record<Shape, (x: number) => number> = {
  step: () => 1,
  ramp: (x) => x,
  spike: () => 1,
  slow_burn: () => 1,
};

/** `size` mentions spread over the shape's duration, most about `topic`, mostly negative. */
export function surgeStream(o: SurgeOptions): DetectorInput[] {
  const r = rng(o.seed);
  const minutes = SHAPE_MINUTES[o.shape];
  const w = Array.from({ length: minutes }, (_, i) => shapeWeight[o.shape]((i + 0.5) / minutes));
  const total = w.reduce((a, b) => a + b, 0);
  const out: DetectorInput[] = [];
  for (let k = 0; k < o.size; k++) {
    // Inverse of the cumulative weight: where in the surge this mention falls.
    let u = r() * total;
    let i = 0;
    while (i < minutes - 1 && u > w[i]!) u -= w[i++]!;
    const t = o.start + (i + r()) * MINUTE;
    const negative = r() < (o.negativeShare ?? 0.85);
    const terms = new Set<string>();
    // Most posts name the topic; some use only one of its words, as people do.
    for (const term of o.topic) if (r() < 0.8) terms.add(term);
    if (o.quotedStatusId && r() < 0.7) terms.add(`quote:${o.quotedStatusId}`);
    while (terms.size < 3) terms.add(EVERYDAY[Math.floor(r() * EVERYDAY.length)]!);
    out.push({ postedAt: t, authorHandle: `angry${Math.floor(r() * 1e6)}`, negative, crisis: negative && r() < 0.15, terms: [...terms] });
  }
  return out.sort((a, b) => a.postedAt - b.postedAt);
}

export const merge = (...streams: DetectorInput[][]): DetectorInput[] => streams.flat().sort((a, b) => a.postedAt - b.postedAt);

/** A flat daily rhythm, and one with a busy afternoon (three times the night's rate). */
export const FLAT = (perHour: number): number[] => Array.from({ length: 24 }, () => perHour);
export const DAILY = (peakPerHour: number): number[] =>
  Array.from({ length: 24 }, (_, h) => peakPerHour * (0.25 + 0.75 * Math.max(0, Math.sin(((h - 6) / 24) * 2 * Math.PI))));
