// Counted time: the real time that passes while the SLA clock runs. Both directions walk local
// days, so the cost grows with the days spanned, never with minutes.
import type { SlaPolicy } from '../model';
import { businessCalendar, type CalendarPolicy } from './business-calendar';

// A deadline further away than this is treated as never reached (a policy open one minute a
// week with a two-week target); it also bounds the walk.
const MAX_DAYS_AHEAD = 3_660;

function assertInstant(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite epoch ms, got ${value}`);
}

/** Counted (business) milliseconds between two instants under the policy; 0 when `to` is not after `from`. */
export function countedMs(from: number, to: number, policy: CalendarPolicy | SlaPolicy): number {
  assertInstant('from', from);
  assertInstant('to', to);
  if (to <= from) return 0;
  const calendar = businessCalendar(policy);
  if (!calendar) return to - from;
  let total = 0;
  const last = calendar.zone.dayOf(to);
  for (let day = calendar.zone.dayOf(from); day <= last; day += 1) {
    const open = calendar.openOn(day);
    if (!open) continue;
    const start = Math.max(open[0], from);
    const end = Math.min(open[1], to);
    if (end > start) total += end - start;
  }
  return total;
}

/**
 * The instant at which `amount` ms of counted time have passed since `from`: the inverse of
 * countedMs. Time outside business hours is skipped, so the clock of a mention posted while
 * closed starts at the next opening. Null when the clock never gets there.
 */
export function addCountedMs(from: number, amount: number, policy: CalendarPolicy | SlaPolicy): number | null {
  assertInstant('from', from);
  if (!(amount >= 0) || !Number.isFinite(amount)) throw new RangeError(`amount must be ≥ 0 ms, got ${amount}`);
  const calendar = businessCalendar(policy);
  if (!calendar) return from + amount;
  if (amount === 0) return from;
  if (!calendar.opensAtAll) return null;
  let remaining = amount;
  const first = calendar.zone.dayOf(from);
  for (let day = first; day < first + MAX_DAYS_AHEAD; day += 1) {
    const open = calendar.openOn(day);
    if (!open) continue;
    const start = Math.max(open[0], from);
    if (open[1] <= start) continue;
    const available = open[1] - start;
    if (remaining <= available) return start + remaining;
    remaining -= available;
  }
  return null;
}
