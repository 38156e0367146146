import { describe, expect, it } from 'vitest';
import { mergeState } from '../../../lib/team/merge';
import { cardOf, changesOf, withTeamState } from '../../../lib/team/mention-mapping';
import { decodeCard, encodeCard, type TeamEvent } from '../../../lib/team/records';
import { mention, settings } from '../factories';

const T = Date.parse('2026-11-23T10:00:00Z');
const ev = (e: Partial<TeamEvent> & Pick<TeamEvent, 'field' | 'value'>): TeamEvent =>
  ({ statusId: '1800000000000000001', at: T, writer: 'w1', by: 'Ana', base: {}, ...e }) as TeamEvent;

describe('Dexie record → team entries', () => {
  it('a mention becomes a card with what the queue needs to show it, and round-trips through the wire', () => {
    const m = mention({ statusId: '1800000000000000001', text: 'x'.repeat(800), inReplyTo: ['LumenMobile'] });
    const card = cardOf(m);
    expect(card.text).toHaveLength(280);
    expect(decodeCard(encodeCard(card))).toEqual(card);
    expect(decodeCard(encodeCard({ ...card, authorHandle: 'not a handle!' }))).toBeNull();
  });

  it("an agent's label does not go into the card (it travels as a decision)", () => {
    const card = cardOf(mention({ label: 'crisis', labelSource: 'agent', confidence: 1 }));
    expect(card.labelSource).toBe('model');
  });

  it('a mention merely seen makes no decision', () => {
    expect(changesOf(undefined, mention())).toEqual([]);
  });

  it('each kind of local change becomes its decision', () => {
    const m = mention();
    expect(changesOf(m, { ...m, status: 'in_progress' })).toEqual([{ field: 'status', value: { kind: 'start' } }]);
    expect(changesOf({ ...m, status: 'dismissed' }, { ...m, status: 'in_progress' })).toEqual([{ field: 'status', value: { kind: 'reopened' } }]);
    expect(changesOf(m, { ...m, status: 'responded', respondedAt: T, responseKind: 'reply' })).toEqual([
      { field: 'status', value: { kind: 'responded', respondedAt: T, responseKind: 'reply' } },
    ]);
    expect(changesOf(m, { ...m, label: 'crisis', labelSource: 'agent' })).toEqual([{ field: 'label', value: 'crisis' }]);
    expect(changesOf(m, { ...m, label: 'crisis', labelSource: 'model' })).toEqual([]);
    expect(changesOf(m, { ...m, caseId: 'C-1', notes: 'n', assignee: 'Bo' })).toEqual([
      { field: 'caseId', value: 'C-1' },
      { field: 'notes', value: 'n' },
      { field: 'assignee', value: 'Bo' },
    ]);
    expect(changesOf({ ...m, assignee: 'Bo', notes: 'n' }, m)).toEqual([
      { field: 'notes', value: '' },
      { field: 'assignee', value: null },
    ]);
  });
});

describe('team state → Dexie record', () => {
  const s = settings();

  it('builds a record for a mention this machine never saw, from its card, with its own deadline', () => {
    const card = cardOf(mention({ statusId: '1800000000000000001', label: 'crisis' }));
    const m = withTeamState(undefined, card, mergeState([]), s, T)!;
    expect(m).toMatchObject({ statusId: card.statusId, label: 'crisis', status: 'new', reasons: [], updatedAt: T });
    expect(m.slaDeadline).toBe(card.postedAt + 15 * 60_000);
    expect(withTeamState(undefined, undefined, mergeState([]), s, T)).toBeNull();
  });

  it("takes only the fields the team decided; the machine's own reading stays for the others", () => {
    const local = mention({ statusId: '1800000000000000001', label: 'question', labelSource: 'model', notes: 'mine' });
    const next = withTeamState(local, undefined, mergeState([ev({ field: 'status', value: { kind: 'dismissed' } })]), s, T)!;
    expect(next).toMatchObject({ status: 'dismissed', dismissedAt: T, label: 'question', notes: 'mine' });
  });

  it('applies an agent label with its deadline, and a response with its first-response time', () => {
    const local = mention({ statusId: '1800000000000000001', label: 'question' });
    const state = mergeState([
      ev({ field: 'label', value: 'crisis' }),
      ev({ field: 'status', value: { kind: 'responded', respondedAt: local.postedAt + 10 * 60_000, responseKind: 'reply' } }),
    ]);
    const next = withTeamState(local, undefined, state, s, T)!;
    expect(next).toMatchObject({ label: 'crisis', labelSource: 'agent', confidence: 1, status: 'responded', firstResponseMs: 10 * 60_000 });
    expect(next.slaDeadline).toBe(local.postedAt + 15 * 60_000);
  });

  it('a reopen clears the response fields, as on one machine', () => {
    const local = mention({ statusId: '1800000000000000001', status: 'responded', respondedAt: T - 1, responseKind: 'reply', firstResponseMs: 5 });
    const state = mergeState([
      ev({ field: 'status', value: { kind: 'responded', respondedAt: T - 1, responseKind: 'reply' }, at: T - 1 }),
      ev({ field: 'status', value: { kind: 'reopened' }, at: T, writer: 'w2', base: { w1: T - 1 } }),
    ]);
    const next = withTeamState(local, undefined, state, s, T)!;
    expect(next.status).toBe('in_progress');
    expect(next).not.toHaveProperty('respondedAt');
    expect(next).not.toHaveProperty('firstResponseMs');
  });

  it('returns null when the record already shows the team state', () => {
    const local = mention({ statusId: '1800000000000000001', assignee: 'Bo' });
    expect(withTeamState(local, undefined, mergeState([ev({ field: 'assignee', value: 'Bo' })]), s, T)).toBeNull();
  });
});
