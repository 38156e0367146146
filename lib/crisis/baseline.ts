// The brand's own rolling baseline: exponentially decayed sums of mentions, negative mentions,
// negative evidence and watched minutes, overall and for each hour of the day (in the team's
// zone), plus each term's background rate among negative mentions. Only minutes Careline was
// watching count as exposure, so a browser closed overnight does not teach it that nights are quiet.
import type { DetectorConfig } from './detector-config';
import type { MinuteBucket } from './ring';

export interface Sums {
  count: number;
  negative: number;
  evidence: number;
  exposure: number;
}
export type SumKey = Exclude<keyof Sums, 'exposure'>;

const zero = (): Sums => ({ count: 0, negative: 0, evidence: 0, exposure: 0 });

export interface BaselineState {
  global: Sums;
  hours: Sums[];
  terms: [string, number][];
}

export class Baseline {
  readonly global: Sums;
  readonly hours: Sums[];
  readonly terms: Map<string, number>;
  private readonly decayGlobal: number;
  private readonly decayHour: number;

  constructor(
    private readonly config: DetectorConfig,
    state?: BaselineState,
  ) {
    this.global = state ? { ...state.global } : zero();
    this.hours = state ? state.hours.map((h) => ({ ...h })) : Array.from({ length: 24 }, zero);
    this.terms = new Map(state?.terms ?? []);
    this.decayGlobal = 2 ** (-1 / config.halfLifeMinutes.global);
    this.decayHour = 2 ** (-1 / config.halfLifeMinutes.hourOfDay);
  }

  /** Rate per minute of `key` overall: the prior, then what was watched. Returns the gamma posterior (shape a, rate b). */
  private globalPosterior(key: SumKey): { a: number; b: number } {
    const { prior } = this.config;
    const priorRate = key === 'count' ? prior.mentionsPerMinute : prior.negativePerMinute;
    return { a: priorRate * prior.weightMinutes + this.global[key], b: prior.weightMinutes + this.global.exposure };
  }

  /**
   * The expected rate per minute of `key` at an hour of the day, as a gamma posterior: the hour's
   * own history, shrunk toward the overall rate while the hour has little of it.
   */
  posterior(key: SumKey, hour: number): { a: number; b: number } {
    const g = this.globalPosterior(key);
    const k = Math.min(g.b, this.config.hourShrinkMinutes);
    const h = this.hours[hour]!;
    return { a: (g.a / g.b) * k + h[key], b: k + h.exposure };
  }

  /** The usual share of negative mentions (overall). */
  negativeShare(extra: { negative: number; count: number } = { negative: 0, count: 0 }): number {
    const n = this.globalPosterior('negative');
    const c = this.globalPosterior('count');
    return (n.a + extra.negative) / Math.max(1e-9, c.a + extra.count);
  }

  /** Decayed negative evidence a term had in the baseline. */
  term(t: string): number {
    return this.terms.get(t) ?? 0;
  }

  /**
   * Adds one watched minute that left the recent ring. A minute far above the current rate is
   * clipped first, so one crisis does not become the new normal, while a lasting change still
   * raises the baseline minute after minute.
   */
  fold(b: MinuteBucket, hour: number): void {
    if (!b.covered) return;
    const h = this.hours[hour]!;
    const clip = (key: SumKey) => {
      const p = this.posterior(key, hour);
      return Math.min(b[key], Math.max(3 * (p.a / p.b), 1));
    };
    const add = { count: clip('count'), negative: clip('negative'), evidence: clip('evidence') };
    const scale = b.evidence > 0 ? add.evidence / b.evidence : 0;
    for (const [sums, d] of [
      [this.global, this.decayGlobal],
      [h, this.decayHour],
    ] as const) {
      sums.count = sums.count * d + add.count;
      sums.negative = sums.negative * d + add.negative;
      sums.evidence = sums.evidence * d + add.evidence;
      sums.exposure = sums.exposure * d + 1;
    }
    for (const [t, v] of this.terms) this.terms.set(t, v * this.decayGlobal);
    for (const [t, v] of b.terms) if (v[2] > 0) this.terms.set(t, (this.terms.get(t) ?? 0) + v[2] * scale);
    if (this.terms.size > this.config.maxBackgroundTerms) this.forgetRareTerms();
  }

  private forgetRareTerms(): void {
    const keep = Math.floor(this.config.maxBackgroundTerms * 0.75);
    const sorted = [...this.terms].sort((x, y) => y[1] - x[1]).slice(0, keep);
    this.terms.clear();
    for (const [t, v] of sorted) this.terms.set(t, v);
  }

  exportState(): BaselineState {
    return { global: { ...this.global }, hours: this.hours.map((h) => ({ ...h })), terms: [...this.terms] };
  }
}
