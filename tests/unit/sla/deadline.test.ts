import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../lib/model';
import { computeDeadline, slaTargetMs, timerState } from '../../../lib/sla';
import { at, MIN, policy, weekdays } from './policies';

describe('targets', () => {
  it('uses the default first-response targets of the design', () => {
    const p = policy();
    expect(slaTargetMs('crisis', p)).toBe(15 * MIN);
    expect(slaTargetMs('complaint', p)).toBe(60 * MIN);
    expect(slaTargetMs('question', p)).toBe(60 * MIN);
    expect(slaTargetMs('praise', p)).toBe(24 * 60 * MIN);
    for (const label of ['troll', 'spam', 'other'] as const) expect(slaTargetMs(label, p)).toBeNull();
  });

  it('follows the policy when a team changes a target', () => {
    const p = policy();
    p.targets.question = 240;
    p.targets.other = 30;
    expect(slaTargetMs('question', p)).toBe(240 * MIN);
    expect(slaTargetMs('other', p)).toBe(30 * MIN);
  });
});

describe('computeDeadline', () => {
  it('gives no deadline to labels that expect no response', () => {
    for (const label of ['troll', 'spam', 'other'] as const) {
      expect(computeDeadline(at('2025-06-10T10:00:00Z'), label, policy())).toEqual({ deadline: null, dueSoonAt: null });
    }
  });

  it('puts due-soon at the start of the last quarter of the target, around the clock', () => {
    const posted = at('2025-06-10T10:00:00Z');
    expect(computeDeadline(posted, 'crisis', policy())).toEqual({
      deadline: at('2025-06-10T10:15:00Z'),
      dueSoonAt: at('2025-06-10T10:11:15Z'),
    });
    expect(computeDeadline(posted, 'praise', policy())).toEqual({
      deadline: at('2025-06-11T10:00:00Z'),
      dueSoonAt: at('2025-06-11T04:00:00Z'),
    });
  });

  it('honours another due-soon share', () => {
    const p = policy({ dueSoonShare: 0.1 });
    expect(computeDeadline(at('2025-06-10T10:00:00Z'), 'complaint', p).dueSoonAt).toBe(at('2025-06-10T10:54:00Z'));
  });

  it('counts only business hours: 17:55 with a 60-minute target and closing at 18:00 is due 08:55 next business day', () => {
    const p = policy({ timeZone: 'Europe/Zagreb', businessHours: weekdays('08:00', '18:00') });
    expect(computeDeadline(at('2025-06-10T17:55:00+02:00'), 'complaint', p)).toEqual({
      deadline: at('2025-06-11T08:55:00+02:00'),
      dueSoonAt: at('2025-06-11T08:40:00+02:00'),
    });
    // On a Friday the next business day is Monday.
    expect(computeDeadline(at('2025-06-13T17:55:00+02:00'), 'complaint', p).deadline).toBe(at('2025-06-16T08:55:00+02:00'));
  });

  it('gives no deadline when the clock never runs', () => {
    const p = policy({ businessHours: [null, null, null, null, null, null, null] });
    expect(computeDeadline(at('2025-06-10T10:00:00Z'), 'crisis', p)).toEqual({ deadline: null, dueSoonAt: null });
  });

  it('throws a clear error for a zone the runtime does not know', () => {
    const p = policy({ timeZone: 'Mars/Olympus_Mons', businessHours: weekdays('08:00', '18:00') });
    expect(() => computeDeadline(0, 'crisis', p)).toThrow(/Unknown time zone "Mars\/Olympus_Mons"/);
  });

  it('orders posted < due-soon < deadline for every label with a target', () => {
    const p = policy({ timeZone: 'America/New_York', businessHours: weekdays('09:00', '17:00') });
    const posted = at('2025-11-01T12:00:00-04:00');
    for (const label of LABELS) {
      const { deadline, dueSoonAt } = computeDeadline(posted, label, p);
      if (deadline === null) continue;
      expect(dueSoonAt!).toBeGreaterThan(posted);
      expect(deadline).toBeGreaterThan(dueSoonAt!);
    }
  });
});

describe('timerState', () => {
  const posted = at('2025-06-10T10:00:00Z');
  const { deadline, dueSoonAt } = computeDeadline(posted, 'complaint', policy());
  const t = { slaDeadline: deadline, slaDueSoonAt: dueSoonAt };

  it('is on track until 75 % of the target has passed', () => {
    expect(timerState(posted, t)).toBe('on_track');
    expect(timerState(posted + 45 * MIN - 1, t)).toBe('on_track');
  });

  it('turns due_soon at exactly 75 %', () => {
    expect(timerState(posted + 45 * MIN, t)).toBe('due_soon');
    expect(timerState(deadline! - 1, t)).toBe('due_soon');
  });

  it('is breached at the deadline and after', () => {
    expect(timerState(deadline!, t)).toBe('breached');
    expect(timerState(deadline! + 86_400_000, t)).toBe('breached');
  });

  it('stops once the mention is closed, late or not', () => {
    expect(timerState(posted + 10 * MIN, { ...t, closedAt: posted + 5 * MIN })).toBe('stopped');
    expect(timerState(deadline! + MIN, { ...t, closedAt: deadline! + 30 })).toBe('stopped');
  });

  it('has no timer without a target, closed or not', () => {
    expect(timerState(posted, { slaDeadline: null, slaDueSoonAt: null })).toBe('none');
    expect(timerState(posted, { slaDeadline: null, slaDueSoonAt: null, closedAt: posted })).toBe('none');
  });

  it('reads business-hours deadlines from the stored fields alone', () => {
    const p = policy({ timeZone: 'Europe/Zagreb', businessHours: weekdays('08:00', '18:00') });
    const d = computeDeadline(at('2025-06-10T17:55:00+02:00'), 'complaint', p);
    const stored = { slaDeadline: d.deadline, slaDueSoonAt: d.dueSoonAt };
    // Overnight the clock is paused: still on track at 07:00.
    expect(timerState(at('2025-06-11T07:00:00+02:00'), stored)).toBe('on_track');
    expect(timerState(at('2025-06-11T08:40:00+02:00'), stored)).toBe('due_soon');
    expect(timerState(at('2025-06-11T08:55:00+02:00'), stored)).toBe('breached');
  });
});
