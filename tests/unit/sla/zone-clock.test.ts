import { describe, expect, it } from 'vitest';
import {
  instantToWall,
  isoDateOfDay,
  isValidTimeZone,
  offsetMs,
  wallToInstant,
  weekdayOfDay,
} from '../../../lib/sla/zone-clock';
import { zoneDays } from '../../../lib/sla/zone-days';
import { at, HOUR } from './policies';

const wall = (isoWithoutOffset: string) => Date.parse(`${isoWithoutOffset}Z`);

describe('offsets and wall clocks', () => {
  it('reads the offset a zone has at an instant, summer and winter', () => {
    expect(offsetMs('Europe/Zagreb', at('2025-01-15T12:00:00Z'))).toBe(1 * HOUR);
    expect(offsetMs('Europe/Zagreb', at('2025-07-15T12:00:00Z'))).toBe(2 * HOUR);
    expect(offsetMs('America/New_York', at('2025-01-15T12:00:00Z'))).toBe(-5 * HOUR);
    expect(offsetMs('Asia/Kolkata', at('2025-01-15T12:00:00Z'))).toBe(5.5 * HOUR);
  });

  it('maps an ordinary local time to its one instant', () => {
    expect(wallToInstant('Europe/Zagreb', wall('2025-06-10T17:55:00'))).toBe(at('2025-06-10T17:55:00+02:00'));
    expect(wallToInstant('Pacific/Auckland', wall('2025-06-10T09:00:00'))).toBe(at('2025-06-10T09:00:00+12:00'));
    expect(instantToWall('Pacific/Auckland', at('2025-06-10T09:00:00+12:00'))).toBe(wall('2025-06-10T09:00:00'));
  });

  it('maps a skipped local time to the moment the clocks jump', () => {
    // 02:30 does not exist on these nights; the clocks read 03:00 straight after 01:59:59.
    expect(wallToInstant('Europe/Zagreb', wall('2025-03-30T02:30:00'))).toBe(at('2025-03-30T03:00:00+02:00'));
    expect(wallToInstant('America/New_York', wall('2025-03-09T02:30:00'))).toBe(at('2025-03-09T03:00:00-04:00'));
  });

  it('maps a repeated local time to its first occurrence', () => {
    expect(wallToInstant('Europe/Zagreb', wall('2025-10-26T02:30:00'))).toBe(at('2025-10-26T02:30:00+02:00'));
    expect(wallToInstant('America/New_York', wall('2025-11-02T01:30:00'))).toBe(at('2025-11-02T01:30:00-04:00'));
  });

  it('knows which zones exist', () => {
    expect(isValidTimeZone('Europe/Zagreb')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Europe/Atlantis')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(() => zoneDays('Europe/Atlantis')).toThrow(/Unknown time zone/);
  });

  it('numbers days from 1970-01-01, a Thursday', () => {
    expect(isoDateOfDay(0)).toBe('1970-01-01');
    expect(weekdayOfDay(0)).toBe(4);
    expect(weekdayOfDay(-1)).toBe(3);
    const day = Date.parse('2025-03-30T00:00:00Z') / 86_400_000;
    expect(isoDateOfDay(day)).toBe('2025-03-30');
    expect(weekdayOfDay(day)).toBe(0);
  });
});

describe('local days of a zone', () => {
  it('puts an instant on the local date, not the UTC date', () => {
    const auckland = zoneDays('Pacific/Auckland');
    // 20:00 UTC on 1 June is 08:00 on 2 June in Auckland.
    expect(isoDateOfDay(auckland.dayOf(at('2025-06-01T20:00:00Z')))).toBe('2025-06-02');
    const ny = zoneDays('America/New_York');
    expect(isoDateOfDay(ny.dayOf(at('2025-06-02T02:00:00Z')))).toBe('2025-06-01');
  });

  it('gives days their real length across the clock changes', () => {
    const z = zoneDays('Europe/Zagreb');
    const spring = z.dayOf(at('2025-03-30T12:00:00+02:00'));
    const autumn = z.dayOf(at('2025-10-26T12:00:00+01:00'));
    expect(z.dayStart(spring + 1) - z.dayStart(spring)).toBe(23 * HOUR);
    expect(z.dayStart(autumn + 1) - z.dayStart(autumn)).toBe(25 * HOUR);
    expect(z.dayStart(spring)).toBe(at('2025-03-30T00:00:00+01:00'));
    expect(z.at(spring, 24 * 60)).toBe(at('2025-03-31T00:00:00+02:00'));
  });

  it('starts a day at the first instant when midnight is skipped', () => {
    // Santiago springs forward at 24:00 on 6 September 2025: the day begins at 01:00.
    const z = zoneDays('America/Santiago');
    const day = z.dayOf(at('2025-09-07T12:00:00-03:00'));
    expect(isoDateOfDay(day)).toBe('2025-09-07');
    expect(z.dayStart(day)).toBe(at('2025-09-07T01:00:00-03:00'));
  });
});
