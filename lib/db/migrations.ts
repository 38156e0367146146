import type { Transaction } from 'dexie';
import { DEFAULT_SETTINGS, Settings, type AuditEvent, type Label, type SlaPolicy } from '../model';
import type { MentionStatus } from '../model-constants';
import { computeDeadline } from '../sla';
import { queueKeys } from './queue-keys';

/** The SLA policy of a stored settings value, or the default one when it is missing or damaged. */
export function storedPolicy(value: unknown): SlaPolicy {
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(value as object | undefined) });
  return parsed.success ? parsed.data.sla : DEFAULT_SETTINGS.sla;
}

type V1Mention = { postedAt: number; label: Label; slaDeadline: number | null; slaDueSoonAt?: number | null };

/** v1 → v2 for one mention: its due-soon instant under the policy (in place). */
export function addDueSoon(m: V1Mention, policy: SlaPolicy): void {
  if (m.slaDueSoonAt !== undefined) return;
  m.slaDueSoonAt = m.slaDeadline === null ? null : computeDeadline(m.postedAt, m.label, policy).dueSoonAt;
}

/** v1 → v2: mentions stored before v2 get their due-soon instant from the stored SLA policy. */
export async function backfillDueSoon(tx: Transaction): Promise<void> {
  const row = (await tx.table('settings').get('settings')) as { value?: unknown } | undefined;
  const policy = storedPolicy(row?.value);
  await tx
    .table('mentions')
    .toCollection()
    .modify((m: V1Mention) => addDueSoon(m, policy));
}

export type ResponderEvent = Pick<AuditEvent, 'kind' | 'statusId' | 'actor'> & { id?: number };
/** The actor Careline logs for a brand reply it saw in a thread: not a person. */
const SEEN_IN_THREAD = 'Careline';

/**
 * Who gave each mention's current first response, from its audit trail: the first `responded`
 * or `handed_off` event after the last `reopened` one. Events must be in the order they were
 * logged. A thread reply Careline saw names no one (null).
 */
export function respondersFromAudit(events: Iterable<ResponderEvent>): Map<string, string | null> {
  const responders = new Map<string, string | null>();
  for (const e of events) {
    if (!e.statusId) continue;
    if (e.kind === 'reopened') responders.delete(e.statusId);
    else if ((e.kind === 'responded' || e.kind === 'handed_off') && !responders.has(e.statusId)) {
      responders.set(e.statusId, e.actor === SEEN_IN_THREAD ? null : e.actor);
    }
  }
  return responders;
}

export const RESPONDER_EVENT_KINDS = ['responded', 'handed_off', 'reopened'] as const;

/** v2 → v3: answered mentions get `respondedBy` from the audit log, where it names someone. */
export async function backfillRespondedBy(tx: Transaction): Promise<void> {
  const events = (await tx.table('audit').where('kind').anyOf([...RESPONDER_EVENT_KINDS]).toArray()) as ResponderEvent[];
  events.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const responders = respondersFromAudit(events);
  if (responders.size === 0) return;
  await tx
    .table('mentions')
    .where('respondedAt')
    .above(-Infinity)
    .modify((m: { statusId: string; respondedBy?: string }) => {
      const who = responders.get(m.statusId);
      if (m.respondedBy === undefined && who) m.respondedBy = who;
    });
}

/**
 * v3 → v4: open mentions get their queue keys (lib/db/queue-keys.ts). Closed ones need none and
 * are not rewritten: the upgrade reads every mention but writes only the open few.
 */
export async function backfillQueueKeys(tx: Transaction): Promise<void> {
  await tx
    .table('mentions')
    .toCollection()
    .modify((m: { status: MentionStatus; label: Label }) => {
      const keys = queueKeys(m);
      if (keys.openLabel === undefined) return false;
      Object.assign(m, keys);
      return true;
    });
}
