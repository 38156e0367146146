import { describe, expect, it } from 'vitest';
import { rangeBounds } from '../../../lib/reports/range';

const at = (iso: string) => Date.parse(iso);
const now = at('2026-10-27T10:00:00Z'); // Tuesday

describe('report ranges', () => {
  it('presets are local days of the zone, real length', () => {
    expect(rangeBounds({ preset: 'today' }, now, 'Europe/Zagreb')).toEqual({ from: at('2026-10-26T23:00:00Z'), to: at('2026-10-27T23:00:00Z') });
    // Seven days back crosses the end of summer time: 7 × 24 h + 1 h.
    const last7 = rangeBounds({ preset: 'last7' }, now, 'Europe/Zagreb')!;
    expect(last7).toEqual({ from: at('2026-10-20T22:00:00Z'), to: at('2026-10-27T23:00:00Z') });
    expect((last7.to - last7.from) / 3_600_000).toBe(169);
    expect(rangeBounds({ preset: 'yesterday' }, now, 'UTC')).toEqual({ from: at('2026-10-26T00:00:00Z'), to: at('2026-10-27T00:00:00Z') });
    expect(rangeBounds({ preset: 'last28' }, now, 'UTC')!.from).toBe(at('2026-09-30T00:00:00Z'));
    expect(rangeBounds({ preset: 'last90' }, now, 'UTC')!.from).toBe(at('2026-07-30T00:00:00Z'));
  });

  it('weeks start on Monday', () => {
    expect(rangeBounds({ preset: 'thisWeek' }, now, 'UTC')).toEqual({ from: at('2026-10-26T00:00:00Z'), to: at('2026-11-02T00:00:00Z') });
    expect(rangeBounds({ preset: 'lastWeek' }, now, 'UTC')).toEqual({ from: at('2026-10-19T00:00:00Z'), to: at('2026-10-26T00:00:00Z') });
    // On a Sunday this week is still the one that began on Monday.
    expect(rangeBounds({ preset: 'thisWeek' }, at('2026-11-01T12:00:00Z'), 'UTC')!.from).toBe(at('2026-10-26T00:00:00Z'));
  });

  it('custom ranges include both days; missing or reversed dates give no range', () => {
    expect(rangeBounds({ preset: 'custom', fromDate: '2026-10-25', toDate: '2026-10-25' }, now, 'Europe/Zagreb')).toEqual({
      from: at('2026-10-24T22:00:00Z'),
      to: at('2026-10-25T23:00:00Z'),
    });
    expect(rangeBounds({ preset: 'custom', fromDate: '2026-10-25' }, now, 'UTC')).toBeNull();
    expect(rangeBounds({ preset: 'custom', fromDate: '2026-10-26', toDate: '2026-10-25' }, now, 'UTC')).toBeNull();
  });
});
