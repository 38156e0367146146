import { describe, expect, it } from 'vitest';
import { snapshotOf, snapshotStillValid, type CountsSnapshot } from '../../../lib/popup/snapshot';
import type { StoredAlert } from '../../../lib/crisis/model';
import type { SlaCounts } from '../../../lib/mentions/sla-snapshot';
import { LABELS } from '../../../lib/model-constants';

const counts = (): SlaCounts => ({
  total: 4,
  breached: 1,
  dueSoon: 2,
  thanks: { waiting: 1, late: 0 },
  byLabel: { ...Object.fromEntries(LABELS.map((l) => [l, 0])), complaint: 3, praise: 1 } as SlaCounts['byLabel'],
  next: { statusId: '1234567890', deadline: 2_000, label: 'complaint', authorHandle: 'marta_k', text: '<b>hi</b>', url: 'https://x.com/marta_k/status/1234567890' },
});
const notice = () => ({ alertId: 'outage@1', topic: ['outage', 'zagreb'], mentions: 42, windowMinutes: 10, negativeShare: 0.8, incidentId: null });
const snap = (over: Partial<CountsSnapshot> = {}): CountsSnapshot => ({ at: 1_000, validUntil: 2_000, counts: counts(), surge: null, ...over });

describe('snapshotStillValid', () => {
  it('gives the counts between the moment they were taken and the next time-driven change', () => {
    expect(snapshotStillValid(snap(), 1_000)).toEqual({ counts: counts(), surge: null });
    expect(snapshotStillValid(snap(), 1_999)?.counts).toEqual(counts());
    expect(snapshotStillValid(snap({ validUntil: null }), 10 ** 13)?.counts).toEqual(counts());
    expect(snapshotStillValid(snap({ surge: notice() }), 1_500)).toEqual({ counts: counts(), surge: notice() });
  });

  it('refuses counts whose next deadline has passed, or taken after now (the clock went back)', () => {
    expect(snapshotStillValid(snap(), 2_000)).toBeUndefined();
    expect(snapshotStillValid(snap(), 999)).toBeUndefined();
  });

  it('refuses anything that is not a whole snapshot', () => {
    const broken: unknown[] = [
      undefined,
      null,
      'counts',
      {},
      { ...snap(), at: 'yesterday' },
      { ...snap(), validUntil: '2000' },
      { ...snap(), counts: { ...counts(), breached: -1 } },
      { ...snap(), counts: { ...counts(), total: 1.5 } },
      { ...snap(), counts: { ...counts(), byLabel: { complaint: 3 } } },
      { ...snap(), counts: { ...counts(), thanks: null } },
      { ...snap(), counts: { ...counts(), next: { ...counts().next, statusId: '../x' } } },
      { ...snap(), counts: { ...counts(), next: { ...counts().next, label: 'urgent' } } },
      { ...snap(), surge: undefined },
      { ...snap(), surge: { ...notice(), negativeShare: 1.5 } },
      { ...snap(), surge: { ...notice(), topic: 'outage' } },
      { ...snap(), surge: { ...notice(), windowMinutes: 0 } },
      { ...snap(), surge: { ...notice(), incidentId: 7 } },
    ];
    for (const raw of broken) expect(snapshotStillValid(raw, 1_500)).toBeUndefined();
  });
});

describe('snapshotOf', () => {
  const HOUR = 3_600_000;
  const alert = (over: Partial<StoredAlert> = {}): StoredAlert => ({
    id: 'outage@1', raisedAt: 0, scope: 'topic', windowMinutes: 10, windowStart: 0, mentions: 42, negative: 34, negativeShare: 0.8,
    expected: 2, evidence: 36, pValue: 1e-9, topic: { terms: ['outage', 'quote:123', 'zagreb'] }, ...over,
  });

  it('holds until the next deadline or the banner’s end, whichever comes first', () => {
    expect(snapshotOf(10, 500, counts(), null)).toMatchObject({ at: 10, validUntil: 500, surge: null });
    expect(snapshotOf(10, null, counts(), null).validUntil).toBeNull();
    expect(snapshotOf(10, null, counts(), alert({ updatedAt: HOUR })).validUntil).toBe(3 * HOUR);
    expect(snapshotOf(10, 500, counts(), alert()).validUntil).toBe(500);
  });

  it('carries the banner as the figures-only notice', () => {
    expect(snapshotOf(10, null, counts(), alert({ incidentId: 'inc-1' })).surge).toEqual({
      alertId: 'outage@1', topic: ['outage', 'zagreb'], mentions: 42, windowMinutes: 10, negativeShare: 0.8, incidentId: 'inc-1',
    });
  });
});
