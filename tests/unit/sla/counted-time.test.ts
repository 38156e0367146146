import { describe, expect, it } from 'vitest';
import { addCountedMs, countedMs } from '../../../lib/sla';
import { at, HOUR, MIN, onlyDays, policy, weekdays } from './policies';

const zagrebOffice = policy({ timeZone: 'Europe/Zagreb', businessHours: weekdays('08:00', '18:00') });
const nyOffice = policy({ timeZone: 'America/New_York', businessHours: weekdays('09:00', '17:00') });
const allDay = { start: '00:00', end: '24:00' };

describe('counted time under business hours', () => {
  it('stops counting at closing time and resumes at the next opening', () => {
    const posted = at('2025-06-10T17:55:00+02:00'); // a Tuesday
    expect(addCountedMs(posted, 60 * MIN, zagrebOffice)).toBe(at('2025-06-11T08:55:00+02:00'));
    expect(countedMs(posted, at('2025-06-11T08:55:00+02:00'), zagrebOffice)).toBe(60 * MIN);
    expect(countedMs(posted, at('2025-06-10T23:00:00+02:00'), zagrebOffice)).toBe(5 * MIN);
  });

  it('reaches a target that ends exactly at closing time on the same day', () => {
    expect(addCountedMs(at('2025-06-10T17:00:00+02:00'), 60 * MIN, zagrebOffice)).toBe(at('2025-06-10T18:00:00+02:00'));
  });

  it('starts the clock at the next opening for a mention posted while closed', () => {
    expect(addCountedMs(at('2025-06-10T06:30:00+02:00'), 60 * MIN, zagrebOffice)).toBe(at('2025-06-10T09:00:00+02:00'));
    expect(addCountedMs(at('2025-06-10T18:00:00+02:00'), 60 * MIN, zagrebOffice)).toBe(at('2025-06-11T09:00:00+02:00'));
    expect(countedMs(at('2025-06-10T19:00:00+02:00'), at('2025-06-11T07:59:00+02:00'), zagrebOffice)).toBe(0);
  });

  it('skips the weekend', () => {
    expect(addCountedMs(at('2025-06-13T17:55:00+02:00'), 60 * MIN, zagrebOffice)).toBe(at('2025-06-16T08:55:00+02:00'));
    expect(addCountedMs(at('2025-06-14T11:00:00+02:00'), 60 * MIN, zagrebOffice)).toBe(at('2025-06-16T09:00:00+02:00'));
    expect(countedMs(at('2025-06-13T00:00:00+02:00'), at('2025-06-16T00:00:00+02:00'), zagrebOffice)).toBe(10 * HOUR);
  });

  it('skips holidays, read as dates in the policy zone', () => {
    const withHoliday = { ...zagrebOffice, holidays: ['2025-06-16'] };
    expect(addCountedMs(at('2025-06-13T17:55:00+02:00'), 60 * MIN, withHoliday)).toBe(at('2025-06-17T08:55:00+02:00'));
    // Christmas in Auckland begins while it is still 24 December in UTC.
    const auckland = policy({
      timeZone: 'Pacific/Auckland',
      businessHours: weekdays('09:00', '17:00'),
      holidays: ['2025-12-25'],
    });
    expect(addCountedMs(at('2025-12-24T16:30:00+13:00'), 60 * MIN, auckland)).toBe(at('2025-12-26T09:30:00+13:00'));
  });

  it('counts real elapsed time when Zagreb springs forward and falls back', () => {
    const sundays = policy({ timeZone: 'Europe/Zagreb', businessHours: onlyDays({ 0: allDay }) });
    expect(countedMs(at('2025-03-30T00:00:00+01:00'), at('2025-03-31T00:00:00+02:00'), sundays)).toBe(23 * HOUR);
    expect(countedMs(at('2025-10-26T00:00:00+02:00'), at('2025-10-27T00:00:00+01:00'), sundays)).toBe(25 * HOUR);
    // Three hours from Sunday's midnight: the wall clock reads 04:00 in spring, 02:00 in autumn.
    expect(addCountedMs(at('2025-03-29T23:30:00+01:00'), 3 * HOUR, sundays)).toBe(at('2025-03-30T04:00:00+02:00'));
    expect(addCountedMs(at('2025-10-25T23:30:00+02:00'), 3 * HOUR, sundays)).toBe(at('2025-10-26T02:00:00+01:00'));
  });

  it('keeps office hours on local time across a weekend clock change', () => {
    expect(addCountedMs(at('2025-03-28T17:30:00+01:00'), 60 * MIN, zagrebOffice)).toBe(at('2025-03-31T08:30:00+02:00'));
    expect(addCountedMs(at('2025-10-24T17:30:00+02:00'), 60 * MIN, zagrebOffice)).toBe(at('2025-10-27T08:30:00+01:00'));
    expect(addCountedMs(at('2025-03-07T16:30:00-05:00'), 60 * MIN, nyOffice)).toBe(at('2025-03-10T09:30:00-04:00'));
    expect(addCountedMs(at('2025-10-31T16:30:00-04:00'), 60 * MIN, nyOffice)).toBe(at('2025-11-03T09:30:00-05:00'));
  });

  it('counts hours that include a repeated or skipped hour by the clock on the wall', () => {
    const earlySunday = policy({ timeZone: 'Europe/Zagreb', businessHours: onlyDays({ 0: { start: '01:00', end: '04:00' } }) });
    // 01:00 CEST to 04:00 CET is four real hours on the autumn night.
    expect(countedMs(at('2025-10-26T00:00:00+02:00'), at('2025-10-27T00:00:00+01:00'), earlySunday)).toBe(4 * HOUR);
    // 01:00 CET to 04:00 CEST is two on the spring night.
    expect(countedMs(at('2025-03-30T00:00:00+01:00'), at('2025-03-31T00:00:00+02:00'), earlySunday)).toBe(2 * HOUR);
    // Opening at 02:30 on the night New York skips 02:00–03:00 opens when the clock shows 03:00.
    const nySunday = policy({ timeZone: 'America/New_York', businessHours: onlyDays({ 0: { start: '02:30', end: '05:00' } }) });
    expect(addCountedMs(at('2025-03-09T00:00:00-05:00'), 30 * MIN, nySunday)).toBe(at('2025-03-09T03:30:00-04:00'));
  });

  it('runs around the clock when there are no business hours, whatever the zone', () => {
    const always = policy({ timeZone: 'Europe/Zagreb', businessHours: null });
    expect(addCountedMs(at('2025-03-30T01:30:00+01:00'), 60 * MIN, always)).toBe(at('2025-03-30T03:30:00+02:00'));
    expect(countedMs(at('2025-06-14T11:00:00Z'), at('2025-06-15T11:00:00Z'), always)).toBe(24 * HOUR);
  });

  it('counts nothing backwards: a response stamped before the post is 0', () => {
    expect(countedMs(at('2025-06-10T10:00:00+02:00'), at('2025-06-10T09:59:00+02:00'), zagrebOffice)).toBe(0);
    expect(countedMs(at('2025-06-10T10:00:00Z'), at('2025-06-10T09:00:00Z'), policy())).toBe(0);
  });

  it('never reaches a deadline when every weekday is closed', () => {
    const neverOpen = policy({ businessHours: [null, null, null, null, null, null, null] });
    expect(addCountedMs(at('2025-06-10T10:00:00Z'), 60 * MIN, neverOpen)).toBeNull();
    expect(countedMs(at('2025-06-10T10:00:00Z'), at('2025-06-20T10:00:00Z'), neverOpen)).toBe(0);
  });

  it('rejects instants that are not finite numbers', () => {
    expect(() => countedMs(Number.NaN, 0, zagrebOffice)).toThrow(RangeError);
    expect(() => addCountedMs(0, -1, zagrebOffice)).toThrow(RangeError);
  });

  it('is the exact inverse of itself over weeks, holidays and clock changes', () => {
    const busy = policy({
      timeZone: 'America/New_York',
      businessHours: [null, { start: '09:00', end: '17:30' }, allDay, { start: '07:15', end: '19:00' }, allDay, { start: '10:00', end: '12:00' }, { start: '01:00', end: '03:30' }],
      holidays: ['2025-03-10', '2025-11-03', '2025-12-25'],
    });
    const starts = ['2025-03-06T22:41:13-05:00', '2025-03-09T01:59:00-05:00', '2025-10-30T12:00:00-04:00', '2025-12-24T18:00:00-05:00'];
    for (const iso of starts) {
      const from = at(iso);
      for (const amount of [1, 59 * MIN + 999, 15 * MIN, 8 * HOUR, 3 * 24 * HOUR, 14 * 24 * HOUR]) {
        const until = addCountedMs(from, amount, busy);
        expect(until).not.toBeNull();
        expect(countedMs(from, until!, busy)).toBe(amount);
        // And not a millisecond earlier.
        expect(countedMs(from, until! - 1, busy)).toBe(amount - 1);
      }
    }
  });
});
