// Index keys derived from a mention's status and label, stored on the mention so that the popup,
// the badge and the alerts count the open queue with a handful of index requests (schema v4).
// A closed mention carries neither key: IndexedDB leaves a record out of an index whose key path
// is missing, so the queue's indexes hold only the few open mentions, and writing a closed one
// (most of a restore) costs no entry in them. Computed here only, and set on every write by the
// middleware in queue-keys-middleware.ts; a backup leaves them out and a restore recomputes them.
import { OPEN_STATUSES, RESPONSE_LABELS, THANK_LABEL, type Label, type MentionStatus } from '../model-constants';

/** `awaiting` of an open mention whose label expects a response (crisis, complaint, question). */
export const AWAITS_RESPONSE = 1;
/** `awaiting` of open praise: the quieter "thank within" goal, counted apart. */
export const AWAITS_THANKS = 2;
export type Awaiting = typeof AWAITS_RESPONSE | typeof AWAITS_THANKS;

export interface QueueKeys {
  /** The label, while the mention is open (new, in progress, escalated). */
  openLabel?: Label;
  /** What the open mention waits for, when it waits for anything; troll, spam and other wait for nothing. */
  awaiting?: Awaiting;
}

/** The stored fields that are derived (never in a backup, never set by hand). */
export const QUEUE_KEY_FIELDS = ['openLabel', 'awaiting'] as const;

export function queueKeys(m: { status: MentionStatus; label: Label }): QueueKeys {
  if (!OPEN_STATUSES.includes(m.status)) return {};
  if (RESPONSE_LABELS.includes(m.label)) return { openLabel: m.label, awaiting: AWAITS_RESPONSE };
  if (m.label === THANK_LABEL) return { openLabel: m.label, awaiting: AWAITS_THANKS };
  return { openLabel: m.label };
}

/** A copy of a stored mention row with its queue keys as its status and label say (stale ones removed). */
export function withQueueKeys<T extends object>(row: T): T & QueueKeys {
  const { openLabel: _l, awaiting: _a, ...rest } = row as T & QueueKeys;
  const r = rest as { status?: unknown; label?: unknown };
  // Not a mention (a hand-made test row): stored as it is, with no stale keys.
  if (typeof r.status !== 'string' || typeof r.label !== 'string') return rest as T;
  return { ...rest, ...queueKeys(r as { status: MentionStatus; label: Label }) } as T & QueueKeys;
}

