// Between a Careline mention (lib/model.ts, stored in Dexie) and the team queue: the card a new
// mention becomes, the events a local change becomes, and the record the team's merged state
// gives on this machine. Only shared state travels; SLA deadlines, triage reasons and alerts are
// recomputed by each Careline from its own policy copy.
import { deadlines } from '../mentions/classify';
import { isClosed, type Mention, type Settings } from '../model';
import { firstResponseMs } from '../sla';
import type { SharedState } from './merge';
import { MAX_CARD_TEXT, MAX_NOTES, type Card, type DecisionKind, type Field, type FieldValues, type StatusDecision } from './records';

export function cardOf(m: Mention): Card {
  return {
    statusId: m.statusId,
    authorHandle: m.authorHandle,
    authorName: m.authorName,
    text: m.text.slice(0, MAX_CARD_TEXT),
    lang: m.lang,
    postedAt: m.postedAt,
    firstSeenAt: m.firstSeenAt,
    inReplyTo: m.inReplyTo,
    // A label an agent chose travels as an event; the card keeps the first reading's.
    label: m.label,
    labelSource: m.labelSource === 'agent' ? 'model' : m.labelSource,
    confidence: m.labelSource === 'agent' ? 0.5 : m.confidence,
  };
}

export type Change = { [F in Field]: { field: F; value: FieldValues[F] } }[Field];

function decisionKind(before: Mention | undefined, after: Mention): DecisionKind | null {
  switch (after.status) {
    case 'new':
      return null;
    case 'in_progress':
      return before && (isClosed(before.status) || before.status === 'escalated') ? 'reopened' : 'start';
    default:
      return after.status;
  }
}

/** The decisions a local write made, field by field (nothing for a mention merely seen). */
export function changesOf(before: Mention | undefined, after: Mention): Change[] {
  const out: Change[] = [];
  if (before?.status !== after.status) {
    const kind = decisionKind(before, after);
    if (kind) {
      const value: StatusDecision = { kind };
      if (after.respondedAt !== undefined && after.respondedAt !== before?.respondedAt && after.responseKind) {
        value.respondedAt = after.respondedAt;
        value.responseKind = after.responseKind;
      }
      out.push({ field: 'status', value });
    }
  }
  if (after.labelSource === 'agent' && (before?.label !== after.label || before?.labelSource !== 'agent')) {
    out.push({ field: 'label', value: after.label });
  }
  if (after.caseId !== undefined && after.caseId !== before?.caseId) out.push({ field: 'caseId', value: after.caseId });
  if ((after.notes ?? '') !== (before?.notes ?? '')) out.push({ field: 'notes', value: (after.notes ?? '').slice(0, MAX_NOTES) });
  if ((after.assignee ?? null) !== (before?.assignee ?? null)) out.push({ field: 'assignee', value: after.assignee ?? null });
  return out;
}

/** Decisions a mention carries from before the team (or from a time offline without the team). */
export function standingChanges(m: Mention): Change[] {
  return changesOf(undefined, m);
}

export function postUrl(handle: string, statusId: string): string {
  return `https://x.com/${handle}/status/${statusId}`;
}

function fromCard(card: Card, settings: Settings, now: number): Mention {
  return {
    statusId: card.statusId,
    authorHandle: card.authorHandle,
    authorName: card.authorName,
    text: card.text,
    lang: card.lang,
    postedAt: card.postedAt,
    firstSeenAt: card.firstSeenAt,
    url: postUrl(card.authorHandle, card.statusId),
    inReplyTo: card.inReplyTo,
    label: card.label,
    labelSource: card.labelSource,
    confidence: card.confidence,
    reasons: [],
    status: 'new',
    ...deadlines(card.postedAt, card.label, settings),
    updatedAt: now,
  };
}

const STATUS_FIELDS = ['status', 'respondedAt', 'responseKind', 'handedOffAt', 'escalatedAt', 'dismissedAt'] as const;

function setOrDelete<K extends keyof Mention>(m: Mention, key: K, value: Mention[K] | undefined): void {
  if (value === undefined) delete m[key];
  else m[key] = value;
}

/**
 * This machine's record once the team's state is applied, or null when nothing changes. Only the
 * fields some event decided are taken from the team; the rest stay as this Careline has them.
 * A mention this machine never saw is built from its card (null without one).
 */
export function withTeamState(
  local: Mention | undefined,
  card: Card | undefined,
  state: SharedState,
  settings: Settings,
  now: number,
): Mention | null {
  const base = local ?? (card ? fromCard(card, settings, now) : undefined);
  if (!base) return null;
  const next: Mention = { ...base };
  if (state.decided.has('status')) {
    for (const k of STATUS_FIELDS) setOrDelete(next, k, state[k]);
    next.firstResponseMs = firstResponseMs(next, settings.sla);
    if (next.firstResponseMs === undefined) delete next.firstResponseMs;
  }
  if (state.decided.has('label') && state.label && (next.label !== state.label || next.labelSource !== 'agent')) {
    Object.assign(next, {
      label: state.label,
      labelSource: 'agent',
      confidence: 1,
      reasons: [{ kind: 'agent_correction' }],
      ...deadlines(next.postedAt, state.label, settings),
    });
  }
  if (state.decided.has('caseId')) setOrDelete(next, 'caseId', state.caseId);
  if (state.decided.has('notes')) setOrDelete(next, 'notes', state.notes || undefined);
  if (state.decided.has('assignee')) setOrDelete(next, 'assignee', state.assignee);
  if (local && sameShared(local, next)) return null;
  next.updatedAt = now;
  return next;
}

const COMPARED = [...STATUS_FIELDS, 'firstResponseMs', 'label', 'labelSource', 'caseId', 'notes', 'assignee'] as const;

export function sameShared(a: Mention, b: Mention): boolean {
  return COMPARED.every((k) => a[k] === b[k]);
}
