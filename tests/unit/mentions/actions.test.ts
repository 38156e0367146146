import { describe, expect, it } from 'vitest';
import { applyAction, MentionAction } from '../../../lib/mentions/actions';
import { mention, settings } from '../factories';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const ctx = (now = T0 + 20 * 60_000) => ({ now, settings: settings(), actor: 'Ana' });

describe('mention actions', () => {
  it('relabel: the agent label wins, deadlines follow the new label, audit says from → to', () => {
    const m = mention({ postedAt: T0, label: 'question' });
    const r = applyAction(m, { kind: 'relabel', label: 'crisis' }, ctx());
    expect(r.mention).toMatchObject({ label: 'crisis', labelSource: 'agent', confidence: 1, slaDeadline: T0 + 15 * 60_000 });
    expect(r.events).toEqual([expect.objectContaining({ kind: 'label_changed', from: 'question', to: 'crisis', actor: 'Ana' })]);
    // Labels with no response expected have no deadline.
    expect(applyAction(m, { kind: 'relabel', label: 'spam' }, ctx()).mention.slaDeadline).toBeNull();
  });

  it('respond records the time and first response time, once', () => {
    const m = mention({ postedAt: T0 });
    const r = applyAction(m, { kind: 'respond' }, ctx(T0 + 20 * 60_000));
    expect(r.mention).toMatchObject({ status: 'responded', respondedAt: T0 + 20 * 60_000, firstResponseMs: 20 * 60_000, responseKind: 'manual' });
    expect(applyAction(r.mention, { kind: 'respond' }, ctx()).changed).toBe(false);
  });

  it('a reply seen by Careline uses the reply time, never before the post', () => {
    const m = mention({ postedAt: T0 });
    const r = applyAction(m, { kind: 'replied', at: T0 + 7 * 60_000, via: 'thread_reply' }, ctx());
    expect(r.mention).toMatchObject({ respondedAt: T0 + 7 * 60_000, responseKind: 'thread_reply', firstResponseMs: 7 * 60_000 });
    const skew = applyAction(m, { kind: 'replied', at: T0 - 5000, via: 'reply' }, ctx());
    expect(skew.mention.firstResponseMs).toBe(0);
  });

  it('handoff is the first response unless a public reply came first, and keeps the case id', () => {
    const m = mention({ postedAt: T0 });
    const h = applyAction(m, { kind: 'handoff', caseId: 'CL-24K7QF' }, ctx(T0 + 30 * 60_000));
    expect(h.mention).toMatchObject({ status: 'handed_off', caseId: 'CL-24K7QF', respondedAt: T0 + 30 * 60_000, responseKind: 'dm_handoff' });
    const replied = applyAction(m, { kind: 'respond' }, ctx(T0 + 10 * 60_000)).mention;
    const after = applyAction(replied, { kind: 'handoff', caseId: 'CL-1' }, ctx(T0 + 30 * 60_000)).mention;
    expect(after).toMatchObject({ respondedAt: T0 + 10 * 60_000, handedOffAt: T0 + 30 * 60_000, responseKind: 'manual' });
  });

  it('dismiss, escalate and reopen move the status and log it', () => {
    const m = mention();
    const esc = applyAction(m, { kind: 'escalate' }, ctx());
    expect(esc.mention.status).toBe('escalated');
    expect(esc.events[0]!.kind).toBe('escalated');
    const dis = applyAction(esc.mention, { kind: 'dismiss' }, ctx());
    expect(dis.mention.status).toBe('dismissed');
    const re = applyAction(dis.mention, { kind: 'reopen' }, ctx());
    expect(re.mention.status).toBe('in_progress');
    expect(re.mention.dismissedAt).toBeUndefined();
    expect(applyAction(m, { kind: 'reopen' }, ctx()).changed).toBe(false);
  });

  it('start moves new to in progress only', () => {
    expect(applyAction(mention(), { kind: 'start' }, ctx()).mention.status).toBe('in_progress');
    expect(applyAction(mention({ status: 'escalated' }), { kind: 'start' }, ctx()).changed).toBe(false);
  });

  it('validates actions from messages', () => {
    expect(MentionAction.safeParse({ kind: 'relabel', label: 'angry' }).success).toBe(false);
    expect(MentionAction.safeParse({ kind: 'handoff', caseId: '' }).success).toBe(false);
  });
});
