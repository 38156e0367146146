// Reporting periods in the team's zone, so "today" means the team's day wherever the browser is.
import { weekdayOfDay } from './zone-clock';
import { zoneDays } from './zone-days';

export type PeriodKind = 'today' | 'week';

/** [from, to) of the local day or Monday-based week containing `now`; real length, 23–25 h days included. */
export function periodBounds(kind: PeriodKind, now: number, timeZone: string): { from: number; to: number } {
  const zone = zoneDays(timeZone);
  const day = zone.dayOf(now);
  if (kind === 'today') return { from: zone.dayStart(day), to: zone.dayStart(day + 1) };
  const monday = day - ((weekdayOfDay(day) + 6) % 7);
  return { from: zone.dayStart(monday), to: zone.dayStart(monday + 7) };
}
