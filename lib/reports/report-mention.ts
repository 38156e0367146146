// What a report reads of a mention, and what it makes of one: the first response, its counted
// time and the SLA outcome. One definition, used by the page and by the CSV export, so a figure
// computed from the exported file is the figure on the page.
import { isClosed, type Label, type Mention, type SlaPolicy } from '../model';
import { countedMs, firstResponseAt, slaTargetMs } from '../sla';

export type ReportMention = Pick<
  Mention,
  'statusId' | 'postedAt' | 'label' | 'status' | 'text' | 'respondedAt' | 'handedOffAt' | 'dismissedAt' | 'firstResponseMs' | 'respondedBy'
>;

/**
 * - met / missed: answered within / after the target (counted time, business hours respected);
 *   still waiting once the target has passed is missed too.
 * - pending: still waiting, target not reached yet.
 * - not_needed: dismissed without an answer (the agent decided no reply was needed).
 * - no_target: the label expects no response.
 */
export const SLA_OUTCOMES = ['met', 'missed', 'pending', 'not_needed', 'no_target'] as const;
export type SlaOutcome = (typeof SLA_OUTCOMES)[number];

/**
 * Which figures a label feeds: `response` (a first response is expected: crisis, complaint and
 * question by default, any label the policy gives a target except praise), `praise` (its own
 * quieter "thank within" goal, kept apart) or `none` (troll, spam, other).
 */
export type LabelGroup = 'response' | 'praise' | 'none';

export function labelGroup(label: Label, policy: Pick<SlaPolicy, 'targets'>): LabelGroup {
  if (label === 'praise') return 'praise';
  return policy.targets[label] === null ? 'none' : 'response';
}

export interface MentionFacts {
  /** When the first response came (public reply or move to DM), if any. */
  firstAt: number | undefined;
  /** First response time in counted ms: as recorded on the mention, else counted under the policy. */
  firstMs: number | undefined;
  outcome: SlaOutcome;
  /** Still waiting for the team: new, in progress or escalated. */
  open: boolean;
}

export function mentionFacts(m: ReportMention, policy: SlaPolicy, now: number): MentionFacts {
  const firstAt = firstResponseAt(m);
  const firstMs = firstAt === undefined ? undefined : (m.firstResponseMs ?? countedMs(m.postedAt, firstAt, policy));
  const open = !isClosed(m.status);
  const target = slaTargetMs(m.label, policy);
  let outcome: SlaOutcome;
  if (target === null) outcome = 'no_target';
  else if (firstMs !== undefined) outcome = firstMs <= target ? 'met' : 'missed';
  else if (!open) outcome = 'not_needed';
  // The deadline is the first breached instant, as the timers count it.
  else outcome = countedMs(m.postedAt, now, policy) >= target ? 'missed' : 'pending';
  return { firstAt, firstMs, outcome, open };
}
