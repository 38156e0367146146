// The report's period: presets and custom dates as local days of the report's time zone, so
// "last 7 days" means the team's days (23- and 25-hour days included) wherever the browser is.
import { z } from 'zod';
import { DAY_MS, weekdayOfDay } from '../sla/zone-clock';
import { zoneDays } from '../sla/zone-days';

export const RANGE_PRESETS = ['today', 'yesterday', 'last7', 'last28', 'last90', 'thisWeek', 'lastWeek', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');
export const RangeChoice = z.object({
  preset: z.enum(RANGE_PRESETS),
  /** Custom range: first and last local day, both included. */
  fromDate: IsoDate.optional(),
  toDate: IsoDate.optional(),
});
export type RangeChoice = z.infer<typeof RangeChoice>;

export interface Range {
  /** First instant of the first local day. */
  from: number;
  /** First instant after the last local day (exclusive). */
  to: number;
}

/** Local day number (days since 1970-01-01 on the zone's calendar) of a YYYY-MM-DD date. */
export function dayOfIsoDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY_MS;
}

export function isoDateOfLocalDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** [from, to) of a choice in a zone at `now`; null for a custom range with missing or reversed dates. */
export function rangeBounds(choice: RangeChoice, now: number, timeZone: string): Range | null {
  const zone = zoneDays(timeZone);
  const today = zone.dayOf(now);
  const days = (first: number, last: number): Range => ({ from: zone.dayStart(first), to: zone.dayStart(last + 1) });
  // Monday-based weeks, as the SLA engine's periods.
  const monday = today - ((weekdayOfDay(today) + 6) % 7);
  switch (choice.preset) {
    case 'today':
      return days(today, today);
    case 'yesterday':
      return days(today - 1, today - 1);
    case 'last7':
      return days(today - 6, today);
    case 'last28':
      return days(today - 27, today);
    case 'last90':
      return days(today - 89, today);
    case 'thisWeek':
      return days(monday, monday + 6);
    case 'lastWeek':
      return days(monday - 7, monday - 1);
    case 'custom': {
      if (!choice.fromDate || !choice.toDate) return null;
      const first = dayOfIsoDate(choice.fromDate);
      const last = dayOfIsoDate(choice.toDate);
      return last < first ? null : days(first, last);
    }
  }
}
