// SLA engine speed: deadlines for 100,000 mentions when the policy changes (business hours,
// with the zone maths done from cold and with warm day caches, against the 24/7 baseline),
// and the per-second overlay tick over 200 timers.
import { bench, describe } from 'vitest';
import { DEFAULT_SETTINGS, type SlaPolicy } from '../../lib/model';
import { computeDeadline, timerState } from '../../lib/sla';

const N = 100_000;
const start = Date.parse('2025-01-06T00:00:00Z');
// 100,000 mentions spread over a year, about 274 a day.
const posted = Array.from({ length: N }, (_, i) => start + Math.floor((i * 365 * 86_400_000) / N) + ((i * 7919) % 3_600_000));
const weekdays = { start: '08:00', end: '18:00' };
const officePolicy = (holidays: string[]): SlaPolicy => ({
  ...DEFAULT_SETTINGS.sla,
  timeZone: 'Europe/Zagreb',
  businessHours: [null, weekdays, weekdays, weekdays, weekdays, weekdays, null],
  holidays,
});
const aroundTheClock: SlaPolicy = { ...DEFAULT_SETTINGS.sla, timeZone: 'Europe/Zagreb' };
const warm = officePolicy(['2025-12-25']);
let coldRuns = 0;

function deadlinesFor(policy: SlaPolicy): number {
  let sum = 0;
  for (let i = 0; i < N; i += 1) sum += computeDeadline(posted[i]!, 'complaint', policy).deadline ?? 0;
  return sum;
}

describe('computeDeadline × 100,000 mentions', () => {
  bench('24/7 policy', () => {
    deadlinesFor(aroundTheClock);
  });
  bench('business hours, warm day cache', () => {
    deadlinesFor(warm);
  });
  bench('business hours, new policy (cold day cache)', () => {
    // A holiday list never seen before makes a new calendar, as a settings change does.
    coldRuns += 1;
    deadlinesFor(officePolicy([`2030-01-${String((coldRuns % 28) + 1).padStart(2, '0')}`, `${2031 + coldRuns}-01-01`]));
  });
});

describe('overlay tick', () => {
  const timers = posted.slice(0, 200).map((p) => {
    const d = computeDeadline(p, 'complaint', warm);
    return { slaDeadline: d.deadline, slaDueSoonAt: d.dueSoonAt };
  });
  bench('timerState × 200', () => {
    const now = posted[100]!;
    for (const t of timers) timerState(now, t);
  });
});
