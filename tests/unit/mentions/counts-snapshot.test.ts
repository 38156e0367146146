import { describe, expect, it } from 'vitest';
import { countsStillValid, type CountsSnapshot } from '../../../lib/mentions/counts-snapshot';
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
const snap = (over: Partial<CountsSnapshot> = {}): CountsSnapshot => ({ at: 1_000, validUntil: 2_000, counts: counts(), ...over });

describe('countsStillValid', () => {
  it('gives the counts between the moment they were taken and the next time-driven change', () => {
    expect(countsStillValid(snap(), 1_000)).toEqual(counts());
    expect(countsStillValid(snap(), 1_999)).toEqual(counts());
    expect(countsStillValid(snap({ validUntil: null }), 10 ** 13)).toEqual(counts());
  });

  it('refuses counts whose next deadline has passed, or taken after now (the clock went back)', () => {
    expect(countsStillValid(snap(), 2_000)).toBeUndefined();
    expect(countsStillValid(snap(), 999)).toBeUndefined();
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
    ];
    for (const raw of broken) expect(countsStillValid(raw, 1_500)).toBeUndefined();
  });
});
