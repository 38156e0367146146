import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTOR_CONFIG } from '../../../lib/crisis/detector-config';
import { SurgeDetector, type DetectorInput } from '../../../lib/crisis/surge-detector';
import { DAILY, FLAT, everyday, merge, quietStream, rng, surgeStream } from '../../../eval/crisis/streams';
import { replay } from '../../../eval/crisis/replay';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-11-02T00:00:00Z');

const angry = (t: number, i: number, terms = ['outage', 'zagreb']): DetectorInput => ({
  postedAt: t,
  authorHandle: `customer${i}`,
  negative: true,
  crisis: false,
  terms,
});

/** A detector that has watched `days` of a quiet stream. */
function seasoned(days: number, perHour: readonly number[], negativeShare = 0.3, seed = 7) {
  const d = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, T0);
  const history = quietStream({ start: T0, hours: days * 24, perHour, negativeShare, seed });
  const alerts = replay(d, history, { until: T0 + days * DAY });
  return { d, alerts, end: T0 + days * DAY };
}

describe('surge detector: no alarm on noise', () => {
  it('stays silent on a single angry post, even one labelled crisis, on a fresh install', () => {
    const d = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, T0);
    expect(d.observe({ ...angry(T0, 1), crisis: true }, T0 + 1000)).toBeNull();
  });

  it('stays silent when one angry customer posts thirty times in ten minutes', () => {
    const d = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, T0);
    const posts = Array.from({ length: 30 }, (_, i) => ({ ...angry(T0 + i * 20_000, 0), authorHandle: 'furious_fred' }));
    expect(replay(d, posts)).toEqual([]);
  });

  it('stays silent through a week of daily rhythm with busy afternoons (three times the night rate)', () => {
    const { alerts } = seasoned(7, DAILY(40), 0.35);
    expect(alerts).toEqual([]);
  });

  it('stays silent when a busy afternoon comes on a brand it has watched for two days', () => {
    const { d, end } = seasoned(2, DAILY(60), 0.35, 11);
    const busy = quietStream({ start: end + 12 * HOUR, hours: 4, perHour: FLAT(90), negativeShare: 0.35, seed: 12 });
    expect(replay(d, busy)).toEqual([]);
  });

  it('stays silent on a viral wave of praise', () => {
    const { d, end } = seasoned(2, FLAT(6), 0.3);
    const praise = surgeStream({ shape: 'step', start: end, size: 300, topic: ['launch', 'love'], negativeShare: 0.05, seed: 3 });
    expect(replay(d, praise)).toEqual([]);
  });
});

describe('surge detector: alarms on surges', () => {
  it('alarms on a fresh install that sees 40 angry posts within 10 minutes, naming the topic', () => {
    const d = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, T0);
    const posts = Array.from({ length: 40 }, (_, i) => angry(T0 + i * 15_000, i));
    const alerts = replay(d, posts);
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    const first = alerts[0]!;
    expect(first.evidence).toBeGreaterThanOrEqual(DEFAULT_DETECTOR_CONFIG.minEvidence);
    expect(first.raisedAt).toBeLessThan(T0 + 10 * MIN);
    expect(first.negativeShare).toBe(1);
    expect(first.topic?.terms.slice(0, 2).sort()).toEqual(['outage', 'zagreb']);
  });

  it('alarms on a step surge about one topic in a brand with a learned baseline, within minutes', () => {
    const { d, end } = seasoned(3, DAILY(20));
    const start = end + 14 * HOUR;
    const background = quietStream({ start: end, hours: 20, perHour: DAILY(20), negativeShare: 0.3, seed: 99 });
    const surge = surgeStream({ shape: 'step', start, size: 60, topic: ['refund', 'blocked'], seed: 5 });
    const alerts = replay(d, merge(background, surge));
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    expect(alerts[0]!.raisedAt - start).toBeLessThan(15 * MIN);
    expect(alerts[0]!.topic?.terms).toContain('refund');
  });

  it('groups a surge around a quoted post', () => {
    const { d, end } = seasoned(2, FLAT(10));
    const surge = surgeStream({ shape: 'spike', start: end, size: 40, topic: ['disgrace'], quotedStatusId: '1790000000000000001', seed: 8 });
    const alerts = replay(d, surge);
    expect(alerts[0]?.topic?.quotedStatusId).toBe('1790000000000000001');
  });

  it('crisis-labelled mentions weigh more: fewer of them alarm', () => {
    const firstAlarmAt = (crisis: boolean) => {
      const { d, end } = seasoned(2, FLAT(10), 0.3, 21);
      const posts = Array.from({ length: 30 }, (_, i) => ({ ...angry(end + i * 30_000, i), crisis }));
      const alerts = replay(d, posts);
      return alerts.length ? alerts[0]!.raisedAt : Infinity;
    };
    expect(firstAlarmAt(true)).toBeLessThan(firstAlarmAt(false));
  });

  it('does not repeat an alert for the same surge, and updates it (same id) when it doubles', () => {
    const d = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, T0);
    const posts = Array.from({ length: 120 }, (_, i) => angry(T0 + i * 5_000, i));
    const alerts = replay(d, posts);
    expect(alerts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(alerts.map((a) => a.id)).size).toBe(1);
    expect(alerts.length).toBeLessThan(8);
    expect(alerts.at(-1)!.updatedAt).toBeDefined();
  });
});

describe('surge detector: state', () => {
  it('round-trips through JSON mid-stream and carries on exactly as without the restart', () => {
    const history = quietStream({ start: T0, hours: 30, perHour: FLAT(12), negativeShare: 0.3, seed: 4 });
    const surge = surgeStream({ shape: 'ramp', start: T0 + 30 * HOUR, size: 80, topic: ['fire', 'store'], seed: 4 });
    const stream = merge(history, surge);
    const half = Math.floor(stream.length * 0.9);
    const straight = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, T0);
    const expected = replay(straight, stream);

    const first = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, T0);
    const before = replay(first, stream.slice(0, half));
    const { detector: second, restored } = SurgeDetector.restore(JSON.parse(JSON.stringify(first.exportState())));
    expect(restored).toBe(true);
    const after = replay(second, stream.slice(half));
    expect([...before, ...after]).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('starts afresh from a damaged state and says so', () => {
    const { restored } = SurgeDetector.restore({ version: 1, ring: 'nonsense' });
    expect(restored).toBe(false);
  });

  it('stays bounded: 40,000 mentions in 200 minutes with ever-new words and authors', () => {
    const d = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, T0);
    const r = rng(1);
    for (let i = 0; i < 40_000; i++) {
      const m = everyday(T0 + i * 300, r, 0.5, 0.02, 1e9);
      d.observe({ ...m, terms: [...m.terms, `word${i}`, `#tag${i % 5000}`] }, m.postedAt + 1000);
    }
    const s = d.exportState();
    expect(s.ring.length).toBe(DEFAULT_DETECTOR_CONFIG.ringMinutes);
    for (const b of s.ring) expect(b[5].length).toBeLessThanOrEqual(DEFAULT_DETECTOR_CONFIG.maxTermsPerMinute);
    expect(s.baseline.terms.length).toBeLessThanOrEqual(DEFAULT_DETECTOR_CONFIG.maxBackgroundTerms);
    expect(s.authors.length).toBeLessThanOrEqual(DEFAULT_DETECTOR_CONFIG.maxAuthors);
    expect(JSON.stringify(s).length).toBeLessThan(3_000_000);
  }, 60_000);

  it('does not learn that nights are quiet from minutes it was not watching', () => {
    // Watched only in office hours for two days, then a normal morning: a baseline that counted
    // the closed hours as silence would alarm.
    const d = new SurgeDetector(DEFAULT_DETECTOR_CONFIG, undefined, T0);
    for (let day = 0; day < 3; day++) {
      const start = T0 + day * DAY + 8 * HOUR;
      replay(d, quietStream({ start, hours: 10, perHour: FLAT(60), negativeShare: 0.4, seed: day }), { until: start + 10 * HOUR });
      for (let t = start + 10 * HOUR; t < start + 22 * HOUR; t += MIN) d.tick(t, false);
    }
    const morning = quietStream({ start: T0 + 3 * DAY + 8 * HOUR, hours: 3, perHour: FLAT(60), negativeShare: 0.4, seed: 9 });
    expect(replay(d, morning)).toEqual([]);
  });
});
