// Wall-clock time in an IANA zone, independent of the machine's own zone. Offsets come from
// @date-fns/tz (Intl underneath); the one thing it does not define, which instant a local time
// names when the clocks skip or repeat it, is decided here.
import { tzOffset } from '@date-fns/tz';

export const SECOND_MS = 1_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The zone's UTC offset at an instant in ms (east positive), NaN for an unknown zone. */
export function offsetMs(timeZone: string, instant: number): number {
  return tzOffset(timeZone, new Date(instant)) * MINUTE_MS;
}

/** True when the runtime knows the zone (IANA name or a fixed offset such as "+02:00"). */
export function isValidTimeZone(timeZone: string): boolean {
  return timeZone.length > 0 && Number.isFinite(offsetMs(timeZone, 0));
}

/** Wall-clock reading at an instant, as ms since 1970-01-01T00:00 of that wall clock. */
export function instantToWall(timeZone: string, instant: number): number {
  return instant + offsetMs(timeZone, instant);
}

/**
 * The earliest instant whose wall clock reads `wall` or later. A time the clocks skip (spring
 * forward) names the moment the clocks jump, because an office opening at 02:30 on that night
 * opens when the clock shows 03:00; a time they repeat (fall back) names its first occurrence.
 * Assumes at most one offset change within a day of `wall`, true of every zone in use.
 */
export function wallToInstant(timeZone: string, wall: number): number {
  const before = offsetMs(timeZone, wall - DAY_MS);
  const after = offsetMs(timeZone, wall + DAY_MS);
  const underBefore = wall - before;
  const underAfter = wall - after;
  const validBefore = offsetMs(timeZone, underBefore) === before;
  const validAfter = offsetMs(timeZone, underAfter) === after;
  if (validBefore && validAfter) return Math.min(underBefore, underAfter);
  if (validBefore) return underBefore;
  if (validAfter) return underAfter;
  // In a gap: the offset still reads `before` at underAfter and `after` at underBefore; the jump
  // happens on a whole second between them.
  let lo = Math.floor(underAfter / SECOND_MS) * SECOND_MS;
  let hi = Math.ceil(underBefore / SECOND_MS) * SECOND_MS;
  while (hi - lo > SECOND_MS) {
    const mid = lo + Math.floor((hi - lo) / (2 * SECOND_MS)) * SECOND_MS;
    if (offsetMs(timeZone, mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Calendar date of a local day number (days since 1970-01-01) as YYYY-MM-DD. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, as SlaPolicy.businessHours counts. */
export function weekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}
