// Where an instant falls on the report zone's calendar: its local day, Monday-based week and
// hour of the week. Offsets are looked up once per quarter hour of real time (every zone changes
// its offset on a quarter hour), so 100,000 mentions cost a few thousand zone look-ups.
import { DAY_MS, HOUR_MS, offsetMs, weekdayOfDay } from '../sla/zone-clock';

const QUARTER_MS = 15 * 60_000;
export const HOURS_PER_WEEK = 168;

export interface ZoneSlots {
  /** Local day number (days since 1970-01-01 on the zone's calendar). */
  day(instant: number): number;
  /** Local day number of the Monday starting the instant's week. */
  week(instant: number): number;
  /** Hour of the week, 0 = Monday 00:00–01:00 … 167 = Sunday 23:00–24:00, by the wall clock. */
  hourOfWeek(instant: number): number;
  /** Wall-clock reading as ms since 1970-01-01T00:00 of that wall clock. */
  wall(instant: number): number;
}

/** Monday = 0 … Sunday = 6. */
export const isoWeekdayIndex = (day: number): number => (weekdayOfDay(day) + 6) % 7;

export function zoneSlots(timeZone: string): ZoneSlots {
  const offsets = new Map<number, number>();
  const wall = (instant: number): number => {
    const q = Math.floor(instant / QUARTER_MS);
    let off = offsets.get(q);
    if (off === undefined) {
      off = offsetMs(timeZone, q * QUARTER_MS);
      if (!Number.isFinite(off)) throw new RangeError(`Unknown time zone "${timeZone}"`);
      if (offsets.size > 100_000) offsets.clear();
      offsets.set(q, off);
    }
    return instant + off;
  };
  const day = (instant: number) => Math.floor(wall(instant) / DAY_MS);
  return {
    wall,
    day,
    week(instant) {
      const d = day(instant);
      return d - isoWeekdayIndex(d);
    },
    hourOfWeek(instant) {
      const w = wall(instant);
      const d = Math.floor(w / DAY_MS);
      return isoWeekdayIndex(d) * 24 + Math.floor((w - d * DAY_MS) / HOUR_MS);
    },
  };
}
