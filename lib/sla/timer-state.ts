// The overlay asks this every second for every visible timer: comparisons of stored numbers only.
import type { SlaState } from '../model';

export interface TimerFields {
  slaDeadline: number | null;
  slaDueSoonAt: number | null;
  /** When the mention was responded, handed off or dismissed; absent while the clock runs. */
  closedAt?: number;
}

/**
 * State of a timer at `now`. A label with no target has no timer ('none') even once closed.
 * The deadline itself is the first breached instant, and the due-soon instant the first due_soon one.
 */
export function timerState(now: number, t: TimerFields): SlaState {
  if (t.slaDeadline === null) return 'none';
  if (t.closedAt !== undefined) return 'stopped';
  if (now >= t.slaDeadline) return 'breached';
  if (t.slaDueSoonAt !== null && now >= t.slaDueSoonAt) return 'due_soon';
  return 'on_track';
}
