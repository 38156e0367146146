// When the SLA clock runs: the policy's business hours and holidays turned into open intervals of
// real time, one per local day, memoised per policy so a policy change over 100,000 mentions
// does the zone maths once per distinct day.
import type { DayHours, SlaPolicy } from '../model';
import { isoDateOfDay, weekdayOfDay } from './zone-clock';
import { zoneDays, type ZoneDays } from './zone-days';

export type CalendarPolicy = Pick<SlaPolicy, 'timeZone' | 'businessHours' | 'holidays'>;

/** [open, close) in epoch ms: real elapsed time, so a day the clocks change has its true length. */
export type OpenInterval = readonly [open: number, close: number];

export interface BusinessCalendar {
  readonly zone: ZoneDays;
  /** False when every weekday is closed: the clock never runs. */
  readonly opensAtAll: boolean;
  /** The open interval of a local day, or null when closed (weekday off or holiday). */
  openOn(day: number): OpenInterval | null;
}

const MAX_CACHED_DAYS = 50_000;
// Policies are usually the same object (settings in memory), sometimes an equal copy read back
// from storage; the signature map catches the copies.
const byObject = new WeakMap<CalendarPolicy, BusinessCalendar>();
const bySignature = new Map<string, BusinessCalendar>();
const MAX_SIGNATURES = 32;

/** The policy's calendar, or null when the clock runs around the clock (no business hours). */
export function businessCalendar(policy: CalendarPolicy): BusinessCalendar | null {
  if (policy.businessHours === null) return null;
  let calendar = byObject.get(policy);
  if (calendar) return calendar;
  const signature = JSON.stringify([policy.timeZone, policy.businessHours, policy.holidays]);
  calendar = bySignature.get(signature);
  if (!calendar) {
    calendar = makeCalendar(policy.timeZone, policy.businessHours, policy.holidays);
    if (bySignature.size >= MAX_SIGNATURES) bySignature.clear();
    bySignature.set(signature, calendar);
  }
  byObject.set(policy, calendar);
  return calendar;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

function makeCalendar(
  timeZone: string,
  hours: readonly (DayHours | null)[],
  holidays: readonly string[],
): BusinessCalendar {
  const zone = zoneDays(timeZone);
  const weekly = hours.map((h) => (h ? { start: minutesOf(h.start), end: minutesOf(h.end) } : null));
  const closedDates = new Set(holidays);
  const intervals = new Map<number, OpenInterval | null>();
  return {
    zone,
    opensAtAll: weekly.some((h) => h !== null && h.end > h.start),
    openOn(day) {
      const cached = intervals.get(day);
      if (cached !== undefined) return cached;
      let interval: OpenInterval | null = null;
      const h = weekly[weekdayOfDay(day)];
      if (h && !closedDates.has(isoDateOfDay(day))) {
        const open = zone.at(day, h.start);
        const close = zone.at(day, h.end);
        // Hours that fall wholly inside a skipped hour are empty that day.
        if (close > open) interval = [open, close];
      }
      if (intervals.size >= MAX_CACHED_DAYS) intervals.clear();
      intervals.set(day, interval);
      return interval;
    },
  };
}
