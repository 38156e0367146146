// Targets and deadlines: what a new mention stores so that its timer never needs zone maths again.
import type { Label, SlaPolicy } from '../model';
import { addCountedMs } from './counted-time';
import { MINUTE_MS } from './zone-clock';

/** First-response target of a label in ms, or null when the label expects no response. */
export function slaTargetMs(label: Label, policy: Pick<SlaPolicy, 'targets'>): number | null {
  const minutes = policy.targets[label];
  return minutes === null ? null : minutes * MINUTE_MS;
}

export interface Deadline {
  /** When the target is reached, in wall-clock epoch ms; null with no target. */
  deadline: number | null;
  /** When the last dueSoonShare of counted time begins; null with no target. */
  dueSoonAt: number | null;
}

/**
 * Deadline and due-soon instant of a mention posted at `postedAt`. Both count only time the
 * clock runs, so a mention posted at 17:55 with a 60-minute target and hours ending at 18:00
 * is due at 08:55 on the next business day.
 */
export function computeDeadline(postedAt: number, label: Label, policy: SlaPolicy): Deadline {
  const target = slaTargetMs(label, policy);
  if (target === null) return { deadline: null, dueSoonAt: null };
  const deadline = addCountedMs(postedAt, target, policy);
  if (deadline === null) return { deadline: null, dueSoonAt: null };
  const dueSoonAt = addCountedMs(postedAt, Math.round(target * (1 - policy.dueSoonShare)), policy);
  return { deadline, dueSoonAt };
}
