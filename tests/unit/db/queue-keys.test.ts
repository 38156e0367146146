import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { AWAITS_RESPONSE, AWAITS_THANKS, queueKeys, withQueueKeys } from '../../../lib/db/queue-keys';
import { LABELS, STATUSES } from '../../../lib/model-constants';
import { mention } from '../factories';

describe('queueKeys (pure)', () => {
  it('gives open mentions their label, and what they await by label', () => {
    expect(queueKeys({ status: 'new', label: 'crisis' })).toEqual({ openLabel: 'crisis', awaiting: AWAITS_RESPONSE });
    expect(queueKeys({ status: 'in_progress', label: 'complaint' })).toEqual({ openLabel: 'complaint', awaiting: AWAITS_RESPONSE });
    expect(queueKeys({ status: 'escalated', label: 'question' })).toEqual({ openLabel: 'question', awaiting: AWAITS_RESPONSE });
    expect(queueKeys({ status: 'new', label: 'praise' })).toEqual({ openLabel: 'praise', awaiting: AWAITS_THANKS });
    for (const label of ['troll', 'spam', 'other'] as const) expect(queueKeys({ status: 'new', label })).toEqual({ openLabel: label });
  });

  it('gives closed mentions no key at all, whatever their label', () => {
    for (const status of ['responded', 'handed_off', 'dismissed'] as const) {
      for (const label of LABELS) expect(queueKeys({ status, label })).toEqual({});
    }
  });

  it('covers every status: open ones carry their label', () => {
    for (const status of STATUSES) {
      const open = status === 'new' || status === 'in_progress' || status === 'escalated';
      expect(queueKeys({ status, label: 'question' }).openLabel).toBe(open ? 'question' : undefined);
    }
  });

  it('replaces stale keys in a copy and leaves the given row alone', () => {
    const row = { ...mention({ status: 'responded' }), openLabel: 'complaint', awaiting: AWAITS_RESPONSE };
    const out = withQueueKeys(row);
    expect(out).not.toHaveProperty('openLabel');
    expect(out).not.toHaveProperty('awaiting');
    expect(row.openLabel).toBe('complaint');
    expect(withQueueKeys({ ...row, status: 'new', label: 'praise' })).toMatchObject({ openLabel: 'praise', awaiting: AWAITS_THANKS });
  });
});

describe('queue keys on every write (the database middleware)', () => {
  const opened: CarelineDB[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  const open = () => {
    const db = new CarelineDB(`careline-test-queue-${Math.random().toString(36).slice(2)}`);
    opened.push(db);
    return db;
  };
  const keysOf = async (db: CarelineDB, id: string) => {
    const m = (await db.mentions.get(id)) as Record<string, unknown>;
    return { openLabel: m.openLabel, awaiting: m.awaiting };
  };

  it('sets them on add, put and bulk writes, and keeps the caller’s object as it was', async () => {
    const db = open();
    const given = mention({ statusId: '1', label: 'crisis' });
    await db.mentions.add(given);
    expect(given).not.toHaveProperty('openLabel');
    await db.mentions.bulkPut([mention({ statusId: '2', label: 'praise' }), mention({ statusId: '3', label: 'spam', status: 'dismissed' })]);
    await db.mentions.put(mention({ statusId: '4', label: 'troll' }));
    expect(await keysOf(db, '1')).toEqual({ openLabel: 'crisis', awaiting: AWAITS_RESPONSE });
    expect(await keysOf(db, '2')).toEqual({ openLabel: 'praise', awaiting: AWAITS_THANKS });
    expect(await keysOf(db, '3')).toEqual({ openLabel: undefined, awaiting: undefined });
    expect(await keysOf(db, '4')).toEqual({ openLabel: 'troll', awaiting: undefined });
  });

  it('follows a status change, a relabel and a reopen (update, modify, bulkUpdate)', async () => {
    const db = open();
    await db.mentions.bulkAdd([mention({ statusId: '1' }), mention({ statusId: '2' }), mention({ statusId: '3' })]);
    await db.mentions.update('1', { status: 'responded', respondedAt: 5 });
    await db.mentions.where('statusId').equals('2').modify({ label: 'praise' });
    await db.mentions.bulkUpdate([{ key: '3', changes: { status: 'dismissed' } }]);
    expect(await keysOf(db, '1')).toEqual({ openLabel: undefined, awaiting: undefined });
    expect(await keysOf(db, '2')).toEqual({ openLabel: 'praise', awaiting: AWAITS_THANKS });
    expect(await keysOf(db, '3')).toEqual({ openLabel: undefined, awaiting: undefined });
    await db.mentions.update('1', { status: 'in_progress' });
    expect(await keysOf(db, '1')).toEqual({ openLabel: 'complaint', awaiting: AWAITS_RESPONSE });
    expect(await db.mentions.where('openLabel').equals('complaint').primaryKeys()).toEqual(['1']);
  });

  it('cannot be set by hand: a written key that disagrees with status and label is replaced', async () => {
    const db = open();
    await db.mentions.put({ ...mention({ statusId: '1', status: 'responded' }), openLabel: 'crisis', awaiting: AWAITS_RESPONSE } as never);
    expect(await keysOf(db, '1')).toEqual({ openLabel: undefined, awaiting: undefined });
  });
});
