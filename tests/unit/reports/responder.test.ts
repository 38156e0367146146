// Who responded: stored on the mention by every action that gives the first response, cleared
// on reopen, and back-filled from the audit log when a v2 database is upgraded.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { respondersFromAudit } from '../../../lib/db/migrations';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { applyAction } from '../../../lib/mentions/actions';
import { mention, settings } from '../factories';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const ctx = (actor = 'Ana') => ({ now: T0 + 20 * 60_000, settings: settings(), actor });
const names: string[] = [];

afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

describe('respondedBy', () => {
  it('is the actor of a reply, a manual response or a handoff, and nobody for a reply seen in a thread', () => {
    const m = mention({ postedAt: T0 });
    expect(applyAction(m, { kind: 'respond' }, ctx()).mention.respondedBy).toBe('Ana');
    expect(applyAction(m, { kind: 'replied', at: T0 + 1, via: 'reply' }, ctx('Ivo')).mention.respondedBy).toBe('Ivo');
    expect(applyAction(m, { kind: 'handoff', caseId: 'CL-1' }, ctx('Mia')).mention.respondedBy).toBe('Mia');
    expect(applyAction(m, { kind: 'replied', at: T0 + 1, via: 'thread_reply' }, ctx('Careline')).mention.respondedBy).toBeUndefined();
  });

  it('a handoff after a public reply keeps the first responder; reopening forgets it', () => {
    const replied = applyAction(mention({ postedAt: T0 }), { kind: 'respond' }, ctx('Ana')).mention;
    expect(applyAction(replied, { kind: 'handoff', caseId: 'CL-2' }, ctx('Ivo')).mention.respondedBy).toBe('Ana');
    expect(applyAction(replied, { kind: 'reopen' }, ctx('Ivo')).mention.respondedBy).toBeUndefined();
  });

  it('respondersFromAudit takes the first response after the last reopen, in log order', () => {
    const map = respondersFromAudit([
      { kind: 'responded', statusId: '1', actor: 'Ana' },
      { kind: 'handed_off', statusId: '1', actor: 'Ivo' },
      { kind: 'responded', statusId: '2', actor: 'Ana' },
      { kind: 'reopened', statusId: '2', actor: 'Ivo' },
      { kind: 'handed_off', statusId: '2', actor: 'Mia' },
      { kind: 'responded', statusId: '3', actor: 'Careline' },
      { kind: 'label_changed', statusId: '4', actor: 'Ana' },
    ]);
    expect([...map]).toEqual([
      ['1', 'Ana'],
      ['2', 'Mia'],
      ['3', null],
    ]);
  });

  it('the v3 upgrade back-fills respondedBy from the audit log and leaves the rest alone', async () => {
    const name = `careline-test-v3-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const v2 = new CarelineDB(name, SCHEMA_VERSIONS.slice(0, 2));
    await v2.mentions.bulkAdd([
      mention({ statusId: '10', status: 'responded', respondedAt: T0 + 5 }),
      mention({ statusId: '11', status: 'responded', respondedAt: T0 + 5 }),
      mention({ statusId: '12', status: 'new' }),
      mention({ statusId: '13', status: 'responded', respondedAt: T0 + 5 }),
    ]);
    await v2.audit.bulkAdd([
      { at: 1, kind: 'responded', statusId: '10', actor: 'Ana' },
      { at: 2, kind: 'responded', statusId: '11', actor: 'Careline' },
      { at: 3, kind: 'status_changed', statusId: '12', actor: 'Ivo' },
    ]);
    v2.close();
    const v3 = new CarelineDB(name);
    const byId = new Map((await v3.mentions.toArray()).map((m) => [m.statusId, m.respondedBy]));
    expect(Object.fromEntries(byId)).toEqual({ '10': 'Ana', '11': undefined, '12': undefined, '13': undefined });
    expect(await v3.restoreStaging.count()).toBe(0);
    v3.close();
  });
});
