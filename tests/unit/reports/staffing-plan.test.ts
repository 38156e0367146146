// The weekly grid: observed arrivals per hour of the week → load → Erlang C agents.
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../lib/model';
import { buildReport, type ReportParams } from '../../../lib/reports/report-builder';
import { agentsNeeded } from '../../../lib/reports/staffing/erlang-c';
import { staffingPlan } from '../../../lib/reports/staffing/staffing-plan';
import { mention, settings } from '../factories';

const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;
const policy = settings().sla;
const week: ReportParams = {
  from: at('2026-11-23T00:00:00Z'), // Monday
  to: at('2026-11-30T00:00:00Z'),
  timeZone: 'UTC',
  now: at('2026-12-01T00:00:00Z'),
  policy,
  brand: { handles: [], keywords: [] },
};
const many = (n: number, iso: string, label: 'crisis' | 'complaint' | 'spam') =>
  Array.from({ length: n }, (_, i) => mention({ postedAt: at(iso) + i * MIN, label }));

describe('staffing plan', () => {
  it('Monday 09:00: 20 complaints and 4 crises an hour, 6 minutes each', () => {
    const r = buildReport(week, [...many(20, '2026-11-23T09:00:00Z', 'complaint'), ...many(4, '2026-11-23T09:30:00Z', 'crisis'), ...many(9, '2026-11-23T09:10:00Z', 'spam')]);
    const plan = staffingPlan(r, policy, { handlingMinutes: 6, goal: 0.9 });
    const slot = plan.slots[9]!;
    // Spam expects no answer: 24 arrivals, load 24 × 6 / 60 = 2.4 Erlangs.
    expect(slot).toMatchObject({ state: 'open', observedHours: 1, arrivals: 24, rate: 24 });
    expect(slot.load).toBeCloseTo(2.4, 12);
    const expected = agentsNeeded(2.4, [{ share: 20, waitMs: 60 * MIN }, { share: 4, waitMs: 15 * MIN }], 6 * MIN, 0.9);
    expect(slot.agents).toBe(expected);
    expect(slot.agents).toBe(3);
    expect(slot.serviceLevel!).toBeGreaterThanOrEqual(0.9);
    expect(slot.occupancy).toBeCloseTo(0.8, 12);
    // Every other hour saw nothing: nobody needed; the week needs 3 agent-hours.
    expect(plan.slots.filter((s) => s.agents > 0)).toHaveLength(1);
    expect(plan).toMatchObject({ agentHours: 3, peakAgents: 3 });
    expect(plan.weeksObserved).toBeCloseTo(1, 12);
  });

  it('two weeks of data halve the rate per hour', () => {
    const twoWeeks = { ...week, to: at('2026-12-07T00:00:00Z'), now: at('2026-12-08T00:00:00Z') };
    const r = buildReport(twoWeeks, [...many(10, '2026-11-23T09:00:00Z', 'complaint'), ...many(10, '2026-11-30T09:00:00Z', 'complaint')]);
    const slot = staffingPlan(r, policy, { handlingMinutes: 6, goal: 0.9 }).slots[9]!;
    expect(slot).toMatchObject({ observedHours: 2, arrivals: 20, rate: 10 });
    expect(slot.load).toBeCloseTo(1, 12);
  });

  it('mentions that arrive while closed wait for the next open hour', () => {
    const hours = { ...policy, businessHours: [null, ...Array(5).fill({ start: '09:00', end: '17:00' }), null] };
    const r = buildReport({ ...week, policy: hours }, [...many(6, '2026-11-29T20:00:00Z', 'complaint'), ...many(4, '2026-11-23T09:00:00Z', 'complaint')]);
    const plan = staffingPlan(r, hours, { handlingMinutes: 10, goal: 0.9 });
    expect(plan.slots[6 * 24 + 20]).toMatchObject({ state: 'closed', agents: 0, arrivals: 0 });
    // Sunday evening's 6 join Monday 09:00's 4.
    expect(plan.slots[9]).toMatchObject({ state: 'open', arrivals: 10 });
    expect(plan.slots.filter((s) => s.state === 'open')).toHaveLength(40);
  });

  it('hours the range did not cover are unseen, not zero', () => {
    const r = buildReport({ ...week, now: at('2026-11-24T00:00:00Z') }, many(3, '2026-11-23T09:00:00Z', 'complaint'));
    const plan = staffingPlan(r, policy, { handlingMinutes: 5, goal: 0.9 });
    expect(plan.slots.filter((s) => s.state === 'open')).toHaveLength(24);
    expect(plan.slots[24]).toMatchObject({ state: 'unseen', agents: 0 });
    expect(plan.weeksObserved).toBeCloseTo(1 / 7, 12);
  });

  it('the hour repeated when summer time ends counts as two observed hours', () => {
    const zagreb = { ...policy, timeZone: 'Europe/Zagreb' };
    const r = buildReport(
      { ...week, policy: zagreb, timeZone: 'Europe/Zagreb', from: at('2026-10-18T22:00:00Z'), to: at('2026-10-25T23:00:00Z'), now: at('2026-11-01T00:00:00Z') },
      [],
    );
    const plan = staffingPlan(r, zagreb, { handlingMinutes: 5, goal: 0.9 });
    expect(plan.slots[6 * 24 + 2]!.observedHours).toBe(2);
    expect(plan.weeksObserved).toBeCloseTo(169 / 168, 12);
  });

  it('a goal of 100 % is planned as 99.9 %, and handling time must be positive', () => {
    const r = buildReport(week, many(5, '2026-11-23T09:00:00Z', 'crisis'));
    expect(staffingPlan(r, policy, { handlingMinutes: 5, goal: 1 }).slots[9]!.agents).toBeLessThan(20);
    expect(() => staffingPlan(r, policy, { handlingMinutes: 0, goal: 0.9 })).toThrow(RangeError);
    expect(r.arrivals).toHaveLength(168 * LABELS.length);
  });
});
