import { describe, expect, it } from 'vitest';
import { mergeState, stamp, supersedes } from '../../../lib/team/merge';
import { decodeEvent, encodeEvent, type Field, type FieldValues, type TeamEvent } from '../../../lib/team/records';

const ID = '1800000000000000001';
const T = Date.parse('2026-12-03T10:00:00Z');

function ev<F extends Field>(field: F, value: FieldValues[F], at: number, writer: string, base: Record<string, number> = {}): TeamEvent<F> {
  return { statusId: ID, field, value, at, writer, by: writer.toUpperCase(), base };
}
const status = (kind: FieldValues['status']['kind'], at: number, writer: string, extra: Partial<FieldValues['status']> = {}, base = {}) =>
  ev('status', { kind, ...extra }, at, writer, base);

/** Every permutation of a list: merges must not depend on arrival order. */
function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

function sameForEveryOrder(events: TeamEvent[]) {
  const results = permutations(events).map((p) => JSON.stringify({ ...mergeState(p), decided: [...mergeState(p).decided].sort() }));
  expect(new Set(results).size).toBe(1);
  return mergeState(events);
}

describe('status: the latest human decision wins', () => {
  it('a later dismissal wins over an earlier response, and the response stays a fact', () => {
    const s = sameForEveryOrder([
      status('responded', T + 3_000, 'ana', { respondedAt: T + 3_000, responseKind: 'reply' }),
      status('dismissed', T + 5_000, 'bo'),
    ]);
    expect(s.status).toBe('dismissed');
    expect(s.statusBy).toBe('BO');
    expect(s.respondedAt).toBe(T + 3_000);
    expect(s.dismissedAt).toBe(T + 5_000);
  });

  it('responded is never undone by a stale start: "start" only counts while nobody decided', () => {
    // Bo opened the post (start) later, without having seen Ana's response.
    const s = sameForEveryOrder([
      status('responded', T + 3_000, 'ana', { respondedAt: T + 2_000, responseKind: 'reply' }),
      status('start', T + 9_000, 'bo'),
    ]);
    expect(s.status).toBe('responded');
    expect(s.respondedAt).toBe(T + 2_000);
    expect(s.responseKind).toBe('reply');
  });

  it('with only starts the mention is in progress; with no status event the field is left to each machine', () => {
    expect(mergeState([status('start', T, 'bo')]).status).toBe('in_progress');
    const none = mergeState([ev('notes', 'x', T, 'ana')]);
    expect(none.decided.has('status')).toBe(false);
  });

  it('equal times fall to the writer id, the same way everywhere', () => {
    const s = sameForEveryOrder([status('dismissed', T, 'ana'), status('escalated', T, 'bo')]);
    expect(s.status).toBe('escalated');
  });

  it('the first response is kept: the earliest respondedAt of all responses', () => {
    const s = sameForEveryOrder([
      status('responded', T + 10_000, 'ana', { respondedAt: T + 10_000, responseKind: 'reply' }),
      status('handed_off', T + 12_000, 'bo', { respondedAt: T + 4_000, responseKind: 'dm_handoff' }),
    ]);
    expect(s.status).toBe('handed_off');
    expect(s.respondedAt).toBe(T + 4_000);
    expect(s.responseKind).toBe('dm_handoff');
    expect(s.handedOffAt).toBe(T + 12_000);
  });

  it('a reopen that saw the response clears it; one that did not see it leaves it standing', () => {
    const response = status('responded', T + 3_000, 'ana', { respondedAt: T + 3_000, responseKind: 'reply' });
    const informed = sameForEveryOrder([response, status('reopened', T + 6_000, 'bo', {}, { ana: T + 3_000 })]);
    expect(informed.status).toBe('in_progress');
    expect(informed.respondedAt).toBeUndefined();
    // Cy reopened what Dee had dismissed, offline, never having seen Ana's response.
    const stale = sameForEveryOrder([
      response,
      status('dismissed', T + 1_000, 'dee'),
      status('reopened', T + 6_000, 'cy', {}, { dee: T + 1_000 }),
    ]);
    expect(stale.status).toBe('in_progress');
    expect(stale.respondedAt).toBe(T + 3_000);
  });
});

describe('label, case id and assignee: the latest wins', () => {
  it('takes the latest label with who set it', () => {
    const s = sameForEveryOrder([ev('label', 'complaint', T + 1, 'ana'), ev('label', 'crisis', T + 2, 'bo'), ev('label', 'praise', T, 'cy')]);
    expect(s.label).toBe('crisis');
    expect(s.labelBy).toBe('BO');
  });

  it('keeps assignment with who assigned and when; null takes it away', () => {
    const s = sameForEveryOrder([ev('assignee', 'Ana', T, 'lead1'), ev('assignee', 'Bo', T + 5, 'lead2')]);
    expect(s).toMatchObject({ assignee: 'Bo', assignedBy: 'LEAD2', assignedAt: T + 5 });
    const cleared = mergeState([ev('assignee', 'Ana', T, 'lead1'), ev('assignee', null, T + 1, 'lead1')]);
    expect(cleared.assignee).toBeUndefined();
    expect(cleared.decided.has('assignee')).toBe(true);
  });

  it('takes the latest case id', () => {
    expect(sameForEveryOrder([ev('caseId', 'C-1', T, 'ana'), ev('caseId', 'C-2', T + 1, 'bo')]).caseId).toBe('C-2');
  });
});

describe('notes: nothing written offline is lost', () => {
  it('an edit that had seen the other note replaces it', () => {
    const s = sameForEveryOrder([ev('notes', 'called back', T, 'ana'), ev('notes', 'called back, refund sent', T + 5, 'bo', { ana: T })]);
    expect(s.notes).toBe('called back, refund sent');
  });

  it('notes written without seeing each other are both kept, in time order', () => {
    const s = sameForEveryOrder([ev('notes', 'refund sent', T + 5, 'bo'), ev('notes', 'called back', T, 'ana')]);
    expect(s.notes).toBe('called back\nrefund sent');
  });

  it("a writer's own later note replaces its earlier one", () => {
    expect(mergeState([ev('notes', 'a', T, 'ana'), ev('notes', 'b', T + 1, 'ana')]).notes).toBe('b');
  });
});

describe('stamping a new decision', () => {
  it('sorts after everything seen, even when this clock is behind', () => {
    const seen = [status('responded', T + 60_000, 'ana', { respondedAt: T, responseKind: 'manual' })];
    const { at, base } = stamp(seen, T);
    expect(at).toBe(T + 60_001);
    expect(base).toEqual({ ana: T + 60_000 });
    const mine = status('reopened', at, 'bo', {}, base);
    expect(supersedes(mine, seen[0]!)).toBe(true);
    expect(supersedes(seen[0]!, mine)).toBe(false);
  });
});

describe('wire format', () => {
  it('round-trips every field and refuses malformed entries', () => {
    const events: TeamEvent[] = [
      status('responded', T, 'm_abc.x1', { respondedAt: T - 5, responseKind: 'reply' }),
      status('start', T, 'm_abc.x1'),
      ev('label', 'crisis', T, 'm_abc.x1', { 'm_d.e': 3 }),
      ev('caseId', 'C-7', T, 'm_abc.x1'),
      ev('notes', 'line\nline', T, 'm_abc.x1'),
      ev('assignee', null, T, 'm_abc.x1'),
    ];
    for (const e of events) expect(decodeEvent(encodeEvent(e))).toEqual(e);
    for (const bad of [
      '{}',
      'not json',
      JSON.stringify([ID, 'lb', 'furious', T, 'w', 'W', {}]),
      JSON.stringify(['12a', 'lb', 'crisis', T, 'w', 'W', {}]),
      JSON.stringify([ID, 'st', ['closed'], T, 'w', 'W', {}]),
      JSON.stringify([ID, 'xx', 'crisis', T, 'w', 'W', {}]),
      42,
    ]) {
      expect(decodeEvent(bad)).toBeNull();
    }
  });
});
