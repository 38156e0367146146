// What an agent (or Careline, on seeing a reply) can do to a mention. Pure: the same action
// on the same mention always gives the same record and audit trail.
import { z } from 'zod';
import type { NewAuditEvent } from '../db/audit';
import { isClosed, Label, type Mention, type Settings } from '../model';
import { firstResponseMs } from '../sla';
import { deadlines } from './classify';

export const MentionAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('relabel'), label: Label }),
  z.object({ kind: z.literal('start') }),
  z.object({ kind: z.literal('respond') }),
  z.object({ kind: z.literal('dismiss') }),
  z.object({ kind: z.literal('escalate') }),
  z.object({ kind: z.literal('reopen') }),
  z.object({ kind: z.literal('handoff'), caseId: z.string().min(1).max(40) }),
  /** Careline saw the reply: sent from X's composer or shown in a thread. */
  z.object({ kind: z.literal('replied'), at: z.number(), via: z.enum(['reply', 'thread_reply']) }),
]);
export type MentionAction = z.infer<typeof MentionAction>;

export interface ActionContext {
  now: number;
  settings: Settings;
  actor: string;
}

export interface ActionOutcome {
  mention: Mention;
  events: NewAuditEvent[];
  /** False when the action changed nothing (already in that state). */
  changed: boolean;
}

export function applyAction(m: Mention, action: MentionAction, ctx: ActionContext): ActionOutcome {
  const unchanged: ActionOutcome = { mention: m, events: [], changed: false };
  const event = (kind: NewAuditEvent['kind'], extra: Partial<NewAuditEvent> = {}): NewAuditEvent => ({
    at: ctx.now,
    kind,
    statusId: m.statusId,
    actor: ctx.actor,
    ...extra,
  });
  const next: Mention = { ...m, updatedAt: ctx.now };
  const closeWithResponse = (at: number, kind: Mention['responseKind']) => {
    next.respondedAt = at;
    next.responseKind = kind;
    // A brand reply seen in a thread could be anyone's: the reports count it as "not recorded".
    if (kind === 'thread_reply') delete next.respondedBy;
    else next.respondedBy = ctx.actor;
    next.firstResponseMs = firstResponseMs({ postedAt: m.postedAt, respondedAt: at }, ctx.settings.sla);
  };

  switch (action.kind) {
    case 'relabel': {
      if (m.label === action.label && m.labelSource === 'agent') return unchanged;
      Object.assign(next, {
        label: action.label,
        labelSource: 'agent',
        confidence: 1,
        reasons: [{ kind: 'agent_correction' }],
        ...deadlines(m.postedAt, action.label, ctx.settings),
      });
      return { mention: next, events: [event('label_changed', { from: m.label, to: action.label })], changed: true };
    }
    case 'start': {
      if (m.status !== 'new') return unchanged;
      next.status = 'in_progress';
      return { mention: next, events: [event('status_changed', { from: m.status, to: next.status })], changed: true };
    }
    case 'respond': {
      if (isClosed(m.status)) return unchanged;
      next.status = 'responded';
      closeWithResponse(ctx.now, 'manual');
      return { mention: next, events: [event('responded', { from: m.status, to: 'responded' })], changed: true };
    }
    case 'replied': {
      if (isClosed(m.status)) return unchanged;
      // A reply cannot answer a post before it existed: clocks differ, so clamp.
      const at = Math.max(action.at, m.postedAt);
      next.status = 'responded';
      closeWithResponse(at, action.via);
      const detail = action.via === 'reply' ? 'reply sent from X' : 'brand reply seen in thread';
      return { mention: next, events: [event('responded', { from: m.status, to: 'responded', detail })], changed: true };
    }
    case 'handoff': {
      if (m.status === 'handed_off' && m.caseId === action.caseId) return unchanged;
      next.status = 'handed_off';
      next.handedOffAt = ctx.now;
      next.caseId = action.caseId;
      // Moving to DMs is the first response unless a public reply came first.
      if (m.respondedAt === undefined) closeWithResponse(ctx.now, 'dm_handoff');
      return {
        mention: next,
        events: [event('handed_off', { from: m.status, to: 'handed_off', detail: action.caseId })],
        changed: true,
      };
    }
    case 'dismiss': {
      if (m.status === 'dismissed') return unchanged;
      next.status = 'dismissed';
      next.dismissedAt = ctx.now;
      return { mention: next, events: [event('dismissed', { from: m.status, to: 'dismissed' })], changed: true };
    }
    case 'escalate': {
      if (m.status === 'escalated') return unchanged;
      next.status = 'escalated';
      next.escalatedAt = ctx.now;
      return { mention: next, events: [event('escalated', { from: m.status, to: 'escalated' })], changed: true };
    }
    case 'reopen': {
      if (!isClosed(m.status)) return unchanged;
      next.status = 'in_progress';
      for (const k of ['respondedAt', 'responseKind', 'respondedBy', 'firstResponseMs', 'handedOffAt', 'dismissedAt'] as const) delete next[k];
      return { mention: next, events: [event('reopened', { from: m.status, to: 'in_progress' })], changed: true };
    }
  }
}
