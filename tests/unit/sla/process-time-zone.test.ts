// The SLA engine must give the same answers whatever zone the agent's machine is in: every
// figure here is computed afresh (new module instances, so no cache carries over) with the
// process in three different zones, and compared.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { at, MIN, policy, weekdays } from './policies';

const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

async function figuresWithProcessIn(tz: string) {
  process.env.TZ = tz;
  vi.resetModules();
  const sla = await import('../../../lib/sla');
  const office = policy({ timeZone: 'Europe/Zagreb', businessHours: weekdays('08:00', '18:00'), holidays: ['2025-12-25'] });
  const ny = policy({ timeZone: 'America/New_York', businessHours: weekdays('09:00', '17:00') });
  const posted = [at('2025-03-28T17:30:00+01:00'), at('2025-10-24T17:55:00+02:00'), at('2025-12-24T17:30:00+01:00'), at('2025-11-01T12:00:00-04:00')];
  return {
    machineOffset: new Date(at('2025-01-15T12:00:00Z')).getTimezoneOffset(),
    deadlines: posted.flatMap((p) => [sla.computeDeadline(p, 'complaint', office), sla.computeDeadline(p, 'crisis', ny)]),
    counted: sla.countedMs(posted[0]!, posted[3]!, office),
    today: sla.periodBounds('today', at('2025-06-01T20:00:00Z'), 'Pacific/Auckland'),
    week: sla.periodBounds('week', at('2025-03-30T12:00:00+02:00'), 'Europe/Zagreb'),
    stats: sla.responseStats(
      [{ label: 'complaint', postedAt: posted[0]!, respondedAt: posted[0]! + 90 * MIN }],
      office,
      { from: 0, to: Number.POSITIVE_INFINITY },
    ),
  };
}

describe('independence from the machine zone', () => {
  it('gives identical results with the process in UTC, Auckland and Los Angeles', async () => {
    const utc = await figuresWithProcessIn('UTC');
    const auckland = await figuresWithProcessIn('Pacific/Auckland');
    const la = await figuresWithProcessIn('America/Los_Angeles');
    // The switch took effect, so a dependence on the machine zone would show.
    expect(new Set([utc.machineOffset, auckland.machineOffset, la.machineOffset]).size).toBe(3);
    const strip = ({ machineOffset: _m, ...rest }: typeof utc) => rest;
    expect(strip(auckland)).toEqual(strip(utc));
    expect(strip(la)).toEqual(strip(utc));
    // And the shared answer is the right one: Friday 17:30 + 60 business minutes is Monday 08:30 (CEST).
    expect(utc.deadlines[0]!.deadline).toBe(at('2025-03-31T08:30:00+02:00'));
    expect(utc.stats.medianMs).toBe(30 * MIN); // 17:30–18:00 on Friday; the evening does not count
  });
});
