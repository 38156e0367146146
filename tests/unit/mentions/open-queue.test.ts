// The queries that read the open queue through the v4 queue keys (lib/db/queue-keys.ts): a
// recompute after a policy change, assigning every open mention of a label.
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { recomputeOpenDeadlines } from '../../../lib/mentions/recompute';
import { assignOpenByLabel } from '../../../lib/team/assign';
import { mention, settings } from '../factories';

const T = Date.parse('2026-11-23T09:00:00Z');
let db: CarelineDB;

beforeEach(async () => {
  db = new CarelineDB(`open-queue-${Math.random().toString(36).slice(2)}`);
  await db.mentions.bulkAdd([
    mention({ statusId: '1', label: 'complaint', postedAt: T }),
    mention({ statusId: '2', label: 'complaint', status: 'escalated', postedAt: T }),
    mention({ statusId: '3', label: 'complaint', status: 'responded', respondedAt: T + 1, postedAt: T }),
    mention({ statusId: '4', label: 'question', status: 'in_progress', postedAt: T }),
  ]);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('the open queue through its keys', () => {
  it('a recompute gives open mentions the new policy’s deadlines and leaves closed ones alone', async () => {
    const s = settings();
    s.sla.targets.complaint = 30;
    expect(await recomputeOpenDeadlines(db, s)).toBe(3);
    expect((await db.mentions.get('1'))!.slaDeadline).toBe(T + 30 * 60_000);
    expect((await db.mentions.get('2'))!.slaDeadline).toBe(T + 30 * 60_000);
    expect((await db.mentions.get('3'))!.slaDeadline).toBe(T + 60 * 60_000);
  });

  it('assigning a label’s open mentions takes the open ones of that label only', async () => {
    const changed = await assignOpenByLabel(db, 'complaint', 'Ana', 'Lea', T);
    expect(changed.map((m) => m.statusId).sort()).toEqual(['1', '2']);
    expect((await db.mentions.get('3'))!.assignee).toBeUndefined();
    expect((await db.mentions.get('4'))!.assignee).toBeUndefined();
  });
});
