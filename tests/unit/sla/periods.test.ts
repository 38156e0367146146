import { describe, expect, it } from 'vitest';
import { periodBounds } from '../../../lib/sla';
import { at } from './policies';

describe('periodBounds', () => {
  it("gives today's local midnight to the next, however long the day", () => {
    expect(periodBounds('today', at('2025-03-30T12:00:00+02:00'), 'Europe/Zagreb')).toEqual({
      from: at('2025-03-30T00:00:00+01:00'),
      to: at('2025-03-31T00:00:00+02:00'),
    });
    expect(periodBounds('today', at('2025-11-02T23:59:59-05:00'), 'America/New_York')).toEqual({
      from: at('2025-11-02T00:00:00-04:00'),
      to: at('2025-11-03T00:00:00-05:00'),
    });
  });

  it("uses the policy zone's date, not the UTC date", () => {
    // 20:00 UTC on Sunday 1 June is Monday 2 June, 08:00, in Auckland.
    expect(periodBounds('today', at('2025-06-01T20:00:00Z'), 'Pacific/Auckland')).toEqual({
      from: at('2025-06-02T00:00:00+12:00'),
      to: at('2025-06-03T00:00:00+12:00'),
    });
  });

  it('starts the week on Monday', () => {
    const week = { from: at('2025-03-24T00:00:00+01:00'), to: at('2025-03-31T00:00:00+02:00') };
    expect(periodBounds('week', at('2025-03-24T00:00:00+01:00'), 'Europe/Zagreb')).toEqual(week);
    expect(periodBounds('week', at('2025-03-26T15:00:00+01:00'), 'Europe/Zagreb')).toEqual(week);
    // Sunday is the last day of the week, not the first of the next.
    expect(periodBounds('week', at('2025-03-30T23:59:00+02:00'), 'Europe/Zagreb')).toEqual(week);
    expect(periodBounds('week', at('2025-03-31T00:00:00+02:00'), 'Europe/Zagreb').from).toBe(week.to);
  });

  it('rejects an unknown zone', () => {
    expect(() => periodBounds('today', 0, 'Nowhere/Special')).toThrow(RangeError);
  });
});
