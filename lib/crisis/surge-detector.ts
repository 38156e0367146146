// The surge detector: incremental, pure, its state plain data. Method (docs/crisis.md):
// at each negative mention, the negative evidence of the last 10, 30, 60 and 180 minutes is
// tested against the brand's own baseline with a negative-binomial tail (the gamma–Poisson
// predictive: a young baseline is uncertain and so needs more to alarm; real streams are
// overdispersed, so a normal busy hour does not look like a crisis). The baseline is the hour of
// the day's own rate shrunk toward the overall rate, plus the watched minutes of the last three
// hours. The same test runs per topic term, and a window must also be more negative than usual.
import { Baseline, type SumKey } from './baseline';
import { DEFAULT_DETECTOR_CONFIG, type DetectorConfig } from './detector-config';
import { DetectorState } from './detector-state';
import { nbUpperTail } from './nb-tail';
import { MinuteRing, type TermCounts } from './ring';
import type { SurgeAlert, SurgeTopic } from './surge-alert';
import { quotedIdOf } from './topic-terms';
import { offsetMs } from '../sla/zone-clock';

const MINUTE = 60_000;
/** A term never seen before is taken to be in about 1 of 40 negative mentions (as if seen once in 40). */
const NEW_TERM = { evidence: 1, outOf: 40 };

export interface DetectorInput {
  postedAt: number;
  authorHandle: string;
  negative: boolean;
  crisis: boolean;
  terms: readonly string[];
}

interface WindowSums {
  count: number;
  negative: number;
  evidence: number;
}

interface Candidate {
  key: string;
  scope: SurgeAlert['scope'];
  window: number;
  sums: WindowSums;
  expected: number;
  pValue: number;
  /** Computed only when the alert is raised: it reads every term of the window. */
  topic(): SurgeTopic | null;
}

export class SurgeDetector {
  private readonly ring: MinuteRing;
  private readonly baseline: Baseline;
  private readonly authors: Map<string, [number, number]>;
  private readonly recent: Map<string, { id: string; at: number; evidence: number }>;
  private readonly createdAt: number;
  private coverageStart: number;
  private clock: number;
  private hourCache = { minute: Number.NaN, hour: 0 };
  private readonly topicCache = new Map<number, { minute: number; topic: SurgeTopic | null }>();

  constructor(
    private readonly config: DetectorConfig = DEFAULT_DETECTOR_CONFIG,
    state?: DetectorState,
    now = Date.now(),
  ) {
    const minute = Math.floor(now / MINUTE);
    this.createdAt = state?.createdAt ?? now;
    this.coverageStart = state?.coverageStart ?? minute;
    this.clock = state?.clock ?? minute;
    this.ring = new MinuteRing(
      config.ringMinutes,
      state?.ring.length === config.ringMinutes
        ? state.ring.map(([m, count, negative, evidence, covered, terms]) => ({
            minute: m,
            count,
            negative,
            evidence,
            covered: covered === 1,
            terms: new Map(terms.map(([t, c, n, e]) => [t, [c, n, e] as TermCounts])),
          }))
        : undefined,
    );
    this.baseline = new Baseline(config, state?.baseline);
    this.authors = new Map((state?.authors ?? []).map(([h, n, since]) => [h, [n, since]]));
    this.recent = new Map((state?.recent ?? []).map(([key, id, at, evidence]) => [key, { id, at, evidence }]));
  }

  /** A detector from stored state; anything unreadable starts afresh (and says so through `restored`). */
  static restore(raw: unknown, config: DetectorConfig = DEFAULT_DETECTOR_CONFIG, now = Date.now()): { detector: SurgeDetector; restored: boolean } {
    const parsed = DetectorState.safeParse(raw);
    const usable = parsed.success && parsed.data.ring.length === config.ringMinutes;
    return { detector: new SurgeDetector(config, usable ? parsed.data : undefined, now), restored: usable };
  }

  /** Moves the clock to `now`; with `watching`, this minute counts as watched (the background calls it every minute). */
  tick(now: number, watching = true): void {
    this.advance(Math.floor(now / MINUTE));
    if (watching) this.ring.at(this.clock).covered = true;
  }

  /** Counts one new mention; returns an alert when it makes a surge (or a surge doubled since its alert). */
  observe(m: DetectorInput, now: number): SurgeAlert | null {
    this.tick(now);
    const minute = Math.floor(Math.min(m.postedAt, now) / MINUTE);
    // Older than the ring: history the agent scrolled to, not what is happening now.
    if (minute <= this.clock - this.config.ringMinutes) return null;
    this.coverageStart = Math.max(Math.min(this.coverageStart, minute), this.clock - this.config.ringMinutes + 1);
    const b = this.ring.at(minute);
    b.covered = true;
    b.count += 1;
    const weight = m.negative ? this.authorWeight(m.authorHandle) * (m.crisis ? this.config.crisisWeight : 1) : 0;
    if (m.negative) b.negative += 1;
    b.evidence += weight;
    for (const t of m.terms) {
      let c = b.terms.get(t);
      if (!c) {
        if (b.terms.size >= this.config.maxTermsPerMinute) continue;
        c = [0, 0, 0];
        b.terms.set(t, c);
      }
      c[0] += 1;
      if (m.negative) c[1] += 1;
      c[2] += weight;
    }
    return weight > 0 ? this.evaluate(m.terms, now) : null;
  }

  private authorWeight(handle: string): number {
    const key = handle.toLowerCase();
    const seen = this.authors.get(key);
    if (!seen || seen[1] <= this.clock - 60) {
      this.authors.delete(key);
      this.authors.set(key, [1, this.clock]);
      if (this.authors.size > this.config.maxAuthors) this.forgetAuthors();
      return 1;
    }
    seen[0] += 1;
    return seen[0] <= this.config.authorCap ? 1 : 0;
  }

  private forgetAuthors(): void {
    // Insertion order is the order authors' hours began: the oldest go first.
    for (const [h, [, since]] of this.authors) {
      if (this.authors.size <= this.config.maxAuthors * 0.8 && since > this.clock - 60) break;
      this.authors.delete(h);
    }
  }

  private advance(minute: number): void {
    if (minute <= this.clock) return;
    const size = this.config.ringMinutes;
    // Minutes leaving the ring go into the baseline (at most the whole ring's worth).
    const from = Math.max(this.clock - size + 1, minute - 2 * size + 1);
    for (let m = from; m <= minute - size; m++) {
      const gone = this.ring.take(m);
      if (gone && gone.minute === m) this.baseline.fold(gone, this.hourOf(m));
    }
    this.clock = minute;
    for (const [key, r] of this.recent) if (r.at < (minute - this.config.cooldownMinutes) * MINUTE) this.recent.delete(key);
  }

  private hourOf(minute: number): number {
    if (this.hourCache.minute === minute) return this.hourCache.hour;
    const at = minute * MINUTE;
    const offset = offsetMs(this.config.timeZone, at);
    const hour = Math.floor((at + (Number.isFinite(offset) ? offset : 0)) / 3_600_000) % 24;
    this.hourCache = { minute, hour };
    return hour;
  }

  /**
   * One pass over the ring, newest minute first: for each window length (ascending), the sums
   * inside it, and the sums and watched minutes of the recent reference before it.
   */
  private scan(windows: readonly number[], term?: string) {
    const cum = { count: 0, negative: 0, evidence: 0, exposure: 0 };
    const at: (typeof cum)[] = [];
    let j = 0;
    const size = this.config.ringMinutes;
    const buckets = this.ring.buckets;
    let i = ((this.clock % size) + size) % size;
    for (let age = 0; age < size; age++, i = i === 0 ? size - 1 : i - 1) {
      const b = buckets[i]!;
      if (b.covered && b.minute === this.clock - age) {
        cum.exposure += 1;
        if (term === undefined) {
          cum.count += b.count;
          cum.negative += b.negative;
          cum.evidence += b.evidence;
        } else {
          const v = b.terms.get(term);
          if (v) {
            cum.count += v[0];
            cum.negative += v[1];
            cum.evidence += v[2];
          }
        }
      }
      while (j < windows.length && age + 1 === windows[j]) {
        at.push({ ...cum });
        j++;
      }
    }
    return at.map((w) => ({
      window: { count: w.count, negative: w.negative, evidence: w.evidence },
      ref: { count: cum.count - w.count, negative: cum.negative - w.negative, evidence: cum.evidence - w.evidence, exposure: cum.exposure - w.exposure },
    }));
  }

  private test(key: SumKey, hour: number, w: number, x: number, ref: { evidence: number; exposure: number }) {
    const p = this.baseline.posterior(key, hour);
    const a = p.a + ref.evidence;
    const b = p.b + ref.exposure;
    const expected = (w * a) / b;
    return { expected, pValue: nbUpperTail(x, expected, 1 / (1 / a + 1 / this.config.dispersion)) };
  }

  private shareHolds(s: WindowSums, ref: { negative: number; count: number }): boolean {
    const share = s.count > 0 ? s.negative / s.count : 0;
    return share >= Math.max(this.config.shareFloor, this.baseline.negativeShare(ref) + this.config.shareMargin);
  }

  private evaluate(terms: readonly string[], now: number): SurgeAlert | null {
    const c = this.config;
    const hour = this.hourOf(this.clock);
    const candidates: Candidate[] = [];
    this.scan(c.windows).forEach(({ window: s, ref }, i) => {
      const w = c.windows[i]!;
      if (s.evidence < c.minEvidence || !this.shareHolds(s, ref)) return;
      const t = this.test('evidence', hour, w, s.evidence, ref);
      if (t.pValue >= c.alpha) return;
      const topic = this.cachedTopic(w);
      candidates.push({ key: topic?.terms[0] ?? 'brand', scope: 'brand', window: w, sums: s, ...t, topic: () => topic });
    });
    if (this.clock - this.coverageStart >= c.topicMinCoverageMinutes) {
      const brand = this.scan(c.topicWindows);
      for (const term of terms) {
        this.scan(c.topicWindows, term).forEach(({ window: s, ref }, i) => {
          const w = c.topicWindows[i]!;
          if (s.evidence < c.minEvidence || !this.shareHolds(s, ref)) return;
          // Conditional on all negative evidence in the window: when every word rises together
          // (a busy hour, or a surge the brand-level test already covers) no term stands out.
          const all = brand[i]!;
          const a = this.baseline.term(term) + ref.evidence + NEW_TERM.evidence;
          const share = a / (this.baseline.global.evidence + all.ref.evidence + NEW_TERM.outOf);
          const expected = all.window.evidence * share;
          const pValue = nbUpperTail(s.evidence, expected, 1 / (1 / a + 1 / c.dispersion));
          if (pValue >= c.alpha) return;
          candidates.push({ key: term, scope: 'topic', window: w, sums: s, expected, pValue, topic: () => this.topicOf(w, term) });
        });
      }
    }
    for (const cand of candidates.sort((x, y) => x.pValue - y.pValue)) {
      const alert = this.raise(cand, now);
      if (alert) return alert;
    }
    return null;
  }

  /** A new alert, an update of one that doubled, or nothing while the same surge is in cooldown. */
  private raise(cand: Candidate, now: number): SurgeAlert | null {
    // A surge with no clear topic while another alert is fresh is most likely that same surge.
    if (cand.key === 'brand' && [...this.recent.keys()].some((k) => k !== 'brand')) return null;
    const before = this.recent.get(cand.key);
    if (before && cand.sums.evidence < 2 * before.evidence) return null;
    const id = before?.id ?? `${cand.key}@${this.clock}`;
    this.recent.set(cand.key, { id, at: before?.at ?? now, evidence: cand.sums.evidence });
    const { count, negative, evidence } = cand.sums;
    return {
      id,
      raisedAt: before?.at ?? now,
      ...(before ? { updatedAt: now } : {}),
      scope: cand.scope,
      windowMinutes: cand.window,
      windowStart: (this.clock - cand.window + 1) * MINUTE,
      mentions: count,
      negative,
      negativeShare: count > 0 ? negative / count : 0,
      expected: cand.expected,
      evidence,
      pValue: cand.pValue,
      topic: cand.topic(),
    };
  }

  /** A brand-level surge's topic, worked out at most once a minute per window (it goes on while the surge does). */
  private cachedTopic(w: number): SurgeTopic | null {
    const cached = this.topicCache.get(w);
    if (cached?.minute === this.clock) return cached.topic;
    const topic = this.topicOf(w);
    this.topicCache.set(w, { minute: this.clock, topic });
    return topic;
  }

  /** What a window's negative mentions are about: the term most above its usual rate, and those that come with it. */
  private topicOf(w: number, lead?: string): SurgeTopic | null {
    const inWindow = new Map<string, number>();
    let total = 0;
    for (let age = 0; age < w; age++) {
      const b = this.ring.peek(this.clock - age);
      if (!b) continue;
      total += b.evidence;
      for (const [t, v] of b.terms) if (v[2] > 0) inWindow.set(t, (inWindow.get(t) ?? 0) + v[2]);
    }
    const outOf = this.baseline.global.evidence + NEW_TERM.outOf;
    const lift = (t: string, x: number) => x - (total * (this.baseline.term(t) + NEW_TERM.evidence)) / outOf;
    const ranked = [...inWindow]
      .filter(([, x]) => x >= Math.max(3, 0.25 * total))
      .sort((a, b) => lift(b[0], b[1]) - lift(a[0], a[1]) || a[0].localeCompare(b[0]));
    const primary = lead ?? ranked[0]?.[0];
    if (!primary) return null;
    const top = inWindow.get(primary) ?? 0;
    const terms = [primary, ...ranked.map(([t]) => t).filter((t) => t !== primary && (inWindow.get(t) ?? 0) >= 0.6 * top)].slice(0, 3);
    const quoted = terms.map(quotedIdOf).find((q) => q !== null);
    return { terms, ...(quoted ? { quotedStatusId: quoted } : {}) };
  }

  exportState(): DetectorState {
    return {
      version: 1,
      createdAt: this.createdAt,
      coverageStart: this.coverageStart,
      clock: this.clock,
      ring: this.ring.buckets.map((b) => [b.minute, b.count, b.negative, b.evidence, b.covered ? 1 : 0, [...b.terms].map(([t, v]) => [t, ...v])]),
      baseline: this.baseline.exportState(),
      authors: [...this.authors].map(([h, [n, since]]) => [h, n, since]),
      recent: [...this.recent].map(([key, r]) => [key, r.id, r.at, r.evidence]),
    };
  }
}
