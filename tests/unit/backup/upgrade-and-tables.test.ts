import { afterEach, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../lib/backup/restore';
import { BACKUP_TABLES, NOT_BACKED_UP } from '../../../lib/backup/tables';
import { reviveTyped, typedReplacer } from '../../../lib/backup/typed-json';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '../../../lib/db/schema';
import { Mention } from '../../../lib/model';
import { mention, settings } from '../factories';
import { dropDbs, freshDb } from './fixture';

const NOW = Date.parse('2026-12-01T10:00:00Z');
afterEach(dropDbs);

const file = (rows: object[]) => new Blob([rows.map((r) => JSON.stringify(r)).join('\n') + '\n']);

describe('older backups are upgraded', () => {
  it('a schema 1 backup gets due-soon instants from its own policy and responders from its audit log', async () => {
    const postedAt = Date.parse('2026-11-23T09:00:00Z');
    const { slaDueSoonAt: _a, ...v1Open } = mention({ statusId: '1', postedAt });
    const { slaDueSoonAt: _b, ...v1Answered } = mention({ statusId: '2', postedAt, status: 'responded', respondedAt: postedAt + 60_000 });
    const policy = { ...settings().sla, targets: { ...settings().sla.targets, complaint: 120 } };
    const backup = file([
      { careline: 'backup', format: 1, schema: 1, exportedAt: new Date(NOW).toISOString(), tables: {} },
      { t: 'settings', r: { key: 'settings', value: { ...settings(), sla: policy } } },
      { t: 'audit', r: { id: 1, at: postedAt + 60_000, kind: 'responded', statusId: '2', actor: 'Ivo' } },
      { t: 'mentions', r: v1Open },
      { t: 'mentions', r: v1Answered },
      { end: { settings: 1, audit: 1, mentions: 2 } },
    ]);
    const db = freshDb();
    expect(await restoreBackup(db, backup, { mode: 'replace', now: NOW, actor: 'Lea' })).toMatchObject({ ok: true, schema: 1 });
    const [open, answered] = await db.mentions.bulkGet(['1', '2']);
    // 75 % of the backup's 120-minute complaint target.
    expect(open!.slaDueSoonAt).toBe(postedAt + 90 * 60_000);
    expect(answered!.respondedBy).toBe('Ivo');
    expect(Mention.safeParse(open).success).toBe(true);
  });

  it('a current backup is not touched by upgrades', async () => {
    const m = mention({ statusId: '3', status: 'responded', respondedAt: 5 });
    const db = freshDb();
    const outcome = await restoreBackup(
      db,
      file([
        { careline: 'backup', format: 1, schema: LATEST_VERSION, exportedAt: new Date(NOW).toISOString(), tables: {} },
        { t: 'audit', r: { id: 1, at: 5, kind: 'responded', statusId: '3', actor: 'Ivo' } },
        { t: 'mentions', r: m },
        { end: { audit: 1, mentions: 1 } },
      ]),
      { mode: 'replace', now: NOW, actor: 'Lea' },
    );
    expect(outcome.ok).toBe(true);
    expect((await db.mentions.get('3'))!.respondedBy).toBeUndefined();
  });
});

describe('the table list', () => {
  it('names every table of the latest database: backed up, or left out with a reason', () => {
    const tables = Object.keys(SCHEMA_VERSIONS.at(-1)!.stores);
    const listed = [...BACKUP_TABLES.map((t) => t.name), ...Object.keys(NOT_BACKED_UP)];
    expect(listed.sort()).toEqual([...tables].sort());
  });
});

describe('typed arrays in JSON', () => {
  it('round-trip exactly, views of a larger buffer included', () => {
    const big = new Float32Array([1.5, -2.25, 3, 4]);
    const value = { a: new Uint32Array([1, 2 ** 32 - 1]), b: [new Int32Array([-7]), big.subarray(1, 3)], c: 'text', d: new Uint8Array(0) };
    const back = reviveTyped(JSON.parse(JSON.stringify(value, typedReplacer))) as typeof value;
    expect(back.a).toEqual(value.a);
    expect(back.b[0]).toEqual(value.b[0]);
    expect(back.b[1]).toEqual(new Float32Array([-2.25, 3]));
    expect(back.d).toEqual(new Uint8Array(0));
    expect(back.c).toBe('text');
  });

  it('refuses tags it does not know or bytes that do not fit', () => {
    expect(() => reviveTyped({ $typed: 'Function', b64: '' })).toThrow(TypeError);
    expect(() => reviveTyped({ $typed: 'Float32Array', b64: 'AAA=' })).toThrow(TypeError);
    expect(() => reviveTyped({ $typed: 'Uint8Array', b64: 'AA==', extra: 1 })).toThrow(TypeError);
    expect(() => reviveTyped({ $typed: 'Uint8Array', b64: '!!' })).toThrow();
  });
});
