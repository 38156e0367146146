// Every figure against a small day worked out by hand (comments give the arithmetic).
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportParams } from '../../../lib/reports/report-builder';
import type { Mention } from '../../../lib/model';
import { mention, settings } from '../factories';

const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;
const policy = settings().sla; // around the clock, UTC: crisis 15, complaint 60, question 60, praise 1440 min
const params: ReportParams = {
  from: at('2026-11-23T00:00:00Z'),
  to: at('2026-11-24T00:00:00Z'),
  timeZone: 'UTC',
  now: at('2026-11-23T20:00:00Z'),
  policy,
  brand: { handles: ['LumenMobile'], keywords: ['Lumen Mobile'] },
};

function answered(iso: string, label: Mention['label'], minutes: number, by: string | undefined, over: Partial<Mention> = {}): Mention {
  const postedAt = at(iso);
  return mention({
    postedAt, label, status: 'responded', respondedAt: postedAt + minutes * MIN, firstResponseMs: minutes * MIN, respondedBy: by, ...over,
  });
}

const day = [
  answered('2026-11-23T09:00:00Z', 'complaint', 20, 'Ana', { text: '@LumenMobile my bill is wrong' }), // met
  answered('2026-11-23T10:00:00Z', 'complaint', 90, 'Ivo', { text: '@LumenMobile bill charged twice' }), // missed
  answered('2026-11-23T12:00:00Z', 'question', 10, 'Ana', { status: 'handed_off', handedOffAt: at('2026-11-23T12:10:00Z') }), // met
  mention({ postedAt: at('2026-11-23T13:00:00Z'), label: 'crisis', status: 'new' }), // waiting 7 h > 15 min: missed
  mention({ postedAt: at('2026-11-23T19:30:00Z'), label: 'question', status: 'in_progress' }), // waiting 30 min: pending
  mention({ postedAt: at('2026-11-23T14:00:00Z'), label: 'complaint', status: 'dismissed', dismissedAt: at('2026-11-23T14:05:00Z'), text: 'Lumen Mobile signal gone' }), // not needed
  answered('2026-11-23T15:00:00Z', 'praise', 60, 'Ana'), // thanked within 24 h
  mention({ postedAt: at('2026-11-23T16:00:00Z'), label: 'spam', status: 'dismissed', dismissedAt: at('2026-11-23T16:01:00Z') }),
  mention({ postedAt: at('2026-11-22T23:59:00Z'), label: 'complaint', status: 'new' }), // the day before: not in the range
  answered('2026-11-23T17:00:00Z', 'question', 45, undefined, { responseKind: 'thread_reply' }), // met, responder not recorded
];

describe('report figures', () => {
  const r = buildReport(params, day);

  it('received, answered and response rate of the labels that expect an answer', () => {
    expect(r.received).toBe(9);
    expect(r.responseLabels).toEqual(['crisis', 'complaint', 'question']);
    // 7 crisis/complaint/question; 4 answered; 1 dismissed needed none: 4 / 6.
    expect(r.response).toMatchObject({ received: 7, answered: 4, notNeeded: 1, waiting: 2 });
    expect(r.response.responseRate).toBeCloseTo(4 / 6, 12);
  });

  it('first response median and p90 (counted time)', () => {
    // 10, 20, 45, 90 minutes: median (20 + 45) / 2; p90 nearest rank ceil(3.6) = 4th.
    expect(r.response.medianMs).toBe(32.5 * MIN);
    expect(r.response.p90Ms).toBe(90 * MIN);
  });

  it('SLA attainment counts a mention still waiting past its target as missed', () => {
    // met: 20, 10, 45 min; missed: 90 min and the crisis waiting 7 h; pending: the question at 30 min.
    expect(r.response).toMatchObject({ met: 3, missed: 2, pending: 1 });
    expect(r.response.attainment).toBeCloseTo(0.6, 12);
  });

  it('praise is apart, with its own goal', () => {
    expect(r.praise).toMatchObject({ received: 1, answered: 1, met: 1, missed: 0, attainment: 1, medianMs: 60 * MIN });
  });

  it('per label', () => {
    const byLabel = Object.fromEntries(r.byLabel.map((row) => [row.label, row]));
    expect(byLabel.complaint).toMatchObject({ received: 3, answered: 2, notNeeded: 1, met: 1, missed: 1, attainment: 0.5, targetMinutes: 60 });
    expect(byLabel.crisis).toMatchObject({ received: 1, answered: 0, waiting: 1, missed: 1, attainment: 0, medianMs: null });
    expect(byLabel.question).toMatchObject({ received: 3, answered: 2, met: 2, pending: 1, attainment: 1, medianMs: 27.5 * MIN });
    expect(byLabel.spam).toMatchObject({ received: 1, answered: 0, notNeeded: 1, met: 0, missed: 0, attainment: null, targetMinutes: null });
    expect(byLabel.troll).toMatchObject({ received: 0, responseRate: null });
  });

  it('per agent: who answered, most answers first, unrecorded responders apart', () => {
    expect(r.byAgent.map((a) => [a.agent, a.answered, a.medianMs, a.attainment])).toEqual([
      ['Ana', 2, 15 * MIN, 1],
      ['', 1, 45 * MIN, 1],
      ['Ivo', 1, 90 * MIN, 0],
    ]);
  });

  it('open backlog by wall-clock age at "as of"', () => {
    const counts = Object.fromEntries(r.backlog.map((b) => [b.bucket, b.total]));
    expect(counts).toEqual({ under15m: 0, under1h: 1, under4h: 0, under1d: 1, under3d: 0, over3d: 0 });
    expect(r.backlog.find((b) => b.bucket === 'under1d')!.counts.crisis).toBe(1);
  });

  it('label mix per day and the hour-of-week heatmap', () => {
    expect(r.mix.unit).toBe('day');
    expect(r.mix.rows).toEqual([
      { date: '2026-11-23', total: 9, counts: { crisis: 1, complaint: 3, question: 3, praise: 1, troll: 0, spam: 1, other: 0 } },
    ]);
    // Monday is row 0: hours 9, 10, 12, 13, 14, 15, 16, 17 and 19.
    const hot = r.heatmap.flatMap((n, h) => (n ? [[h, n]] : []));
    expect(hot).toEqual([9, 10, 12, 13, 14, 15, 16, 17, 19].map((h) => [h, 1]));
  });

  it('complaint topics: words once per complaint, brand and stopwords left out', () => {
    expect(r.complaints).toBe(3);
    expect(r.topics.slice(0, 2)).toEqual([
      { term: 'bill', count: 2 },
      { term: 'charged', count: 1 },
    ]);
    expect(r.topics.map((t) => t.term)).not.toContain('lumen');
    expect(r.topics.map((t) => t.term)).not.toContain('my');
  });

  it('an empty range gives zeros and no rates, never NaN', () => {
    const empty = buildReport(params, []);
    expect(empty.received).toBe(0);
    expect(empty.response).toMatchObject({ received: 0, answered: 0, responseRate: null, medianMs: null, p90Ms: null, attainment: null });
    expect(empty.byAgent).toEqual([]);
    expect(empty.backlog.every((b) => b.total === 0)).toBe(true);
    expect(empty.mix.rows).toHaveLength(1);
    expect(empty.topics).toEqual([]);
    expect(JSON.stringify(empty)).not.toContain('NaN');
  });

  it('ranges longer than 62 days are grouped by Monday-based week', () => {
    const long = buildReport({ ...params, from: at('2026-09-07T00:00:00Z') }, day);
    expect(long.mix.unit).toBe('week');
    expect(long.mix.rows[0]!.date).toBe('2026-09-07');
    expect(long.mix.rows.at(-1)).toMatchObject({ date: '2026-11-23', total: 9 });
  });
});

describe('business hours and clock changes', () => {
  // Mon–Fri 08:00–18:00 in Zagreb; summer time ends Sunday 2026-10-25 at 03:00 → 02:00.
  const zagreb = {
    ...policy,
    timeZone: 'Europe/Zagreb',
    businessHours: [null, ...Array(5).fill({ start: '08:00', end: '18:00' }), null],
  };
  const week: ReportParams = {
    ...params,
    policy: zagreb,
    timeZone: 'Europe/Zagreb',
    from: at('2026-10-18T22:00:00Z'), // Monday 19 October 00:00 CEST
    to: at('2026-10-25T23:00:00Z'), // Monday 26 October 00:00 CET: a 169-hour week
    now: at('2026-10-27T12:00:00Z'),
  };

  it('counts only open hours across a weekend and the clock change', () => {
    // Friday 17:30 CEST → Monday 08:45 CET: 30 min on Friday + 45 min on Monday = 75 min, missed.
    const m = mention({
      postedAt: at('2026-10-23T15:30:00Z'), label: 'complaint', status: 'responded', respondedAt: at('2026-10-26T07:45:00Z'),
    });
    const r = buildReport(week, [m]);
    expect(r.response.medianMs).toBe(75 * MIN);
    expect(r.response).toMatchObject({ met: 0, missed: 1 });
    // A stored first response time is used as recorded (the hours in force then).
    expect(buildReport(week, [{ ...m, firstResponseMs: 5 * MIN }]).response).toMatchObject({ medianMs: 5 * MIN, met: 1 });
  });

  it('a mention still waiting over the weekend has not missed a target the closed hours do not count', () => {
    // Posted Friday 17:50 CEST, as of Monday 08:05 CET: 10 + 5 counted minutes of 60: pending.
    const waiting = mention({ postedAt: at('2026-10-23T15:50:00Z'), label: 'complaint', status: 'new' });
    const r = buildReport({ ...week, now: at('2026-10-26T07:05:00Z') }, [waiting]);
    expect(r.response).toMatchObject({ pending: 1, missed: 0 });
    // Its wall-clock age is what the backlog shows: 2 days 15 hours 15 minutes.
    expect(r.backlog.find((b) => b.total)!.bucket).toBe('under3d');
  });

  it('days and hours follow the local clock: the repeated hour counts twice, the last day has 25 hours', () => {
    const repeated = [at('2026-10-25T00:30:00Z'), at('2026-10-25T01:30:00Z')]; // 02:30 CEST and 02:30 CET
    const lateSunday = at('2026-10-25T22:30:00Z'); // 23:30 CET, still Sunday
    const r = buildReport(
      week,
      [...repeated, lateSunday].map((postedAt) => mention({ postedAt, label: 'other' })),
    );
    expect(r.mix.rows.map((row) => row.date)).toEqual(['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25']);
    expect(r.mix.rows.at(-1)!.total).toBe(3);
    expect(r.heatmap[6 * 24 + 2]).toBe(2);
    expect(r.heatmap[6 * 24 + 23]).toBe(1);
  });

  it('the skipped hour of spring never appears', () => {
    // 2026-03-29 01:30 UTC is 03:30 CEST: Sunday hour 3 (02:00–03:00 does not exist that night).
    const r = buildReport(
      { ...week, from: at('2026-03-22T23:00:00Z'), to: at('2026-03-29T22:00:00Z') },
      [mention({ postedAt: at('2026-03-29T01:30:00Z'), label: 'other' })],
    );
    expect(r.heatmap[6 * 24 + 3]).toBe(1);
    expect(r.heatmap[6 * 24 + 2]).toBe(0);
  });
});
