// Local calendar days of one zone, with their start instants memoised: deadlines for 100,000
// mentions touch a few hundred distinct days, so time-zone maths runs once per day, not per mention.
import { DAY_MS, isValidTimeZone, MINUTE_MS, wallToInstant } from './zone-clock';

export interface ZoneDays {
  readonly timeZone: string;
  /** First instant of local day `day` (days since 1970-01-01 on the zone's calendar). */
  dayStart(day: number): number;
  /** The local day an instant falls on. */
  dayOf(instant: number): number;
  /** Instant of a wall-clock time on a local day, in minutes after midnight (1440 = next midnight). */
  at(day: number, minutes: number): number;
}

// A cache that outgrows this (decades of days) is simply dropped and rebuilt.
const MAX_CACHED_DAYS = 50_000;
const zones = new Map<string, ZoneDays>();

/** Days of a zone; throws a RangeError for a zone the runtime does not know. */
export function zoneDays(timeZone: string): ZoneDays {
  let zone = zones.get(timeZone);
  if (!zone) {
    if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
    zone = makeZoneDays(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}

function makeZoneDays(timeZone: string): ZoneDays {
  const starts = new Map<number, number>();
  const dayStart = (day: number): number => {
    let start = starts.get(day);
    if (start === undefined) {
      if (starts.size >= MAX_CACHED_DAYS) starts.clear();
      start = wallToInstant(timeZone, day * DAY_MS);
      starts.set(day, start);
    }
    return start;
  };
  return {
    timeZone,
    dayStart,
    dayOf(instant) {
      if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}`);
      // Offsets stay within ±14 h, so the local day is the UTC day or one either side.
      let day = Math.floor(instant / DAY_MS);
      while (instant < dayStart(day)) day -= 1;
      while (instant >= dayStart(day + 1)) day += 1;
      return day;
    },
    at(day, minutes) {
      if (minutes === 0) return dayStart(day);
      if (minutes === 24 * 60) return dayStart(day + 1);
      return wallToInstant(timeZone, day * DAY_MS + minutes * MINUTE_MS);
    },
  };
}
