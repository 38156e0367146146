// The merge rules: a mention's shared state as a pure function of its set of events. The result
// does not depend on the order events arrive in, so every machine that has the same events shows
// the same state (docs/team.md, "Merge rules").
//
// - Order: a later `at` wins; equal `at` (two machines, same millisecond) falls to the writer id.
//   Writers stamp `at` strictly after every event they had seen on that field (records.ts), so a
//   decision made after seeing another one always sorts after it, whatever the clocks say.
// - Status: the latest decision wins (responded, handed off, dismissed, escalated, reopened).
//   `start` (an agent opened the post) only counts while nobody decided, and `new` is never sent,
//   so a stale "new" or "start" never undoes a response. A response is a fact: the first one
//   stays (earliest `respondedAt`) unless a reopen that had seen it came after.
// - Label, case id, assignee: the latest decision wins.
// - Notes: the latest wins over everything its writer had seen; notes written without seeing each
//   other (offline) are both kept, joined in time order, so no one's note is lost.
import type { Label, MentionStatus, ResponseKind } from '../model';
import type { Field, FieldValues, StatusDecision, TeamEvent } from './records';

export interface SharedState {
  status: MentionStatus;
  /** Who made the decision behind the status, and when; absent while nobody decided. */
  statusBy?: string;
  statusAt?: number;
  respondedAt?: number;
  responseKind?: ResponseKind;
  handedOffAt?: number;
  escalatedAt?: number;
  dismissedAt?: number;
  /** An agent's label; absent while the first reading's label stands. */
  label?: Label;
  labelBy?: string;
  caseId?: string;
  notes?: string;
  assignee?: string;
  assignedBy?: string;
  assignedAt?: number;
  /** The fields some event decided; the others are left to each agent's own record. */
  decided: Set<Field>;
}

export function isLater(a: TeamEvent, b: TeamEvent): boolean {
  return a.at > b.at || (a.at === b.at && a.writer > b.writer);
}

function latest<E extends TeamEvent>(events: readonly E[]): E | undefined {
  let best: E | undefined;
  for (const e of events) if (!best || isLater(e, best)) best = e;
  return best;
}

/** True when `e`'s writer had seen `f` (or is `f`'s writer, later) when writing `e`. */
export function supersedes(e: TeamEvent, f: TeamEvent): boolean {
  if (e === f) return false;
  if (e.writer === f.writer) return e.at > f.at;
  const seen = e.base[f.writer];
  return seen !== undefined && seen >= f.at;
}

/** What a writer had seen of one field when deciding now: its `base`, and an `at` after all of it. */
export function stamp(events: readonly TeamEvent[], now: number): { at: number; base: Record<string, number> } {
  const base: Record<string, number> = {};
  let at = now;
  for (const e of events) {
    base[e.writer] = Math.max(base[e.writer] ?? -Infinity, e.at);
    at = Math.max(at, e.at + 1);
  }
  return { at, base };
}

const STATUS_OF: Record<StatusDecision['kind'], MentionStatus> = {
  start: 'in_progress',
  responded: 'responded',
  handed_off: 'handed_off',
  dismissed: 'dismissed',
  escalated: 'escalated',
  reopened: 'in_progress',
};

function mergeStatus(events: TeamEvent<'status'>[], out: SharedState): void {
  const decisions = events.filter((e) => e.value.kind !== 'start');
  const winner = latest(decisions) ?? latest(events);
  if (!winner) return;
  out.decided.add('status');
  out.status = STATUS_OF[winner.value.kind];
  out.statusBy = winner.by;
  out.statusAt = winner.at;
  const reopens = events.filter((e) => e.value.kind === 'reopened');
  const stands = (f: TeamEvent<'status'>) => !reopens.some((r) => supersedes(r, f));
  let first: { at: number; kind: ResponseKind } | undefined;
  for (const e of events) {
    const { kind, respondedAt, responseKind } = e.value;
    if (kind !== 'responded' && respondedAt === undefined) continue;
    if (!stands(e)) continue;
    const at = respondedAt ?? e.at;
    if (!first || at < first.at) first = { at, kind: responseKind ?? 'manual' };
  }
  if (first) {
    out.respondedAt = first.at;
    out.responseKind = first.kind;
  }
  const lastOf = (kind: StatusDecision['kind']) => latest(events.filter((e) => e.value.kind === kind && stands(e)))?.at;
  out.handedOffAt = lastOf('handed_off');
  out.escalatedAt = lastOf('escalated');
  // A dismissal is undone by any later decision, as on one machine (reopen clears it).
  if (out.status === 'dismissed') out.dismissedAt = winner.at;
}

function mergeNotes(events: TeamEvent<'notes'>[], out: SharedState): void {
  if (!events.length) return;
  out.decided.add('notes');
  const live = events.filter((f) => !events.some((e) => supersedes(e, f))).sort((a, b) => (isLater(a, b) ? 1 : -1));
  const texts: string[] = [];
  for (const e of live) if (e.value.trim() && !texts.includes(e.value)) texts.push(e.value);
  out.notes = texts.join('\n');
}

export function mergeState(events: readonly TeamEvent[]): SharedState {
  const out: SharedState = { status: 'new', decided: new Set() };
  const byField = groupByField(events);
  mergeStatus(byField.status, out);
  const label = latest(byField.label);
  if (label) {
    out.decided.add('label');
    out.label = label.value;
    out.labelBy = label.by;
  }
  const caseId = latest(byField.caseId);
  if (caseId) {
    out.decided.add('caseId');
    out.caseId = caseId.value;
  }
  mergeNotes(byField.notes, out);
  const assignee = latest(byField.assignee);
  if (assignee) {
    out.decided.add('assignee');
    out.assignee = assignee.value ?? undefined;
    out.assignedBy = assignee.by;
    out.assignedAt = assignee.at;
  }
  return out;
}

export type EventsByField = { [F in Field]: TeamEvent<F>[] };

export function groupByField(events: readonly TeamEvent[]): EventsByField {
  const out: EventsByField = { status: [], label: [], caseId: [], notes: [], assignee: [] };
  for (const e of events) (out[e.field] as TeamEvent[]).push(e);
  return out;
}

export type { Field, FieldValues };
