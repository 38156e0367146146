// Policies the SLA tests share. Instants in tests are written as ISO strings with the offset
// the zone really has on that date, so expectations do not come from the code under test.
import { DEFAULT_SETTINGS, type DayHours, type SlaPolicy } from '../../../lib/model';

export const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad ISO instant in test: ${iso}`);
  return ms;
};

export const MIN = 60_000;
export const HOUR = 60 * MIN;

const closed = null;

/** Monday to Friday with the same hours; weekend closed. */
export function weekdays(start: string, end: string): (DayHours | null)[] {
  const h = { start, end };
  return [closed, h, h, h, h, h, closed];
}

/** Only the given weekdays (0 = Sunday) open. */
export function onlyDays(days: Record<number, DayHours>): (DayHours | null)[] {
  return Array.from({ length: 7 }, (_, i) => days[i] ?? null);
}

export function policy(overrides: Partial<SlaPolicy> = {}): SlaPolicy {
  return { ...DEFAULT_SETTINGS.sla, targets: { ...DEFAULT_SETTINGS.sla.targets }, ...overrides };
}
