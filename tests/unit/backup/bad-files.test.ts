// Bad, truncated, hostile and too-new files: the restore says what is wrong and the database
// is exactly as it was, in both modes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CarelineDB } from '../../../lib/db/database';
import { exportBackup } from '../../../lib/backup/export-backup';
import { commitRestore } from '../../../lib/backup/commit';
import { restoreBackup, type RestoreOutcome } from '../../../lib/backup/restore';
import { stageBackup } from '../../../lib/backup/stage';
import { dropDbs, dump, fill, freshDb } from './fixture';

const NOW = Date.parse('2026-12-01T10:00:00Z');
let db: CarelineDB;
let good: Blob;
let lines: string[];

const gunzip = async (blob: Blob) => new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();
const gzip = (text: string) => new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).blob();
const file = (ls: string[]) => new Blob([ls.join('\n') + '\n']);
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases below reach into any field of a backup line
const edit = (i: number, change: (o: Record<string, any>) => void) =>
  lines.map((l, j) => {
    if (j !== i) return l;
    const o = JSON.parse(l);
    change(o);
    return JSON.stringify(o);
  });
const firstRow = (table: string) => lines.findIndex((l) => l.startsWith(`{"t":"${table}"`));

beforeEach(async () => {
  const source = freshDb('source');
  await fill(source, 30);
  good = (await exportBackup(source, { now: NOW })).blob;
  lines = (await gunzip(good)).trimEnd().split('\n');
  db = freshDb('target');
  await fill(db, 5);
});
afterEach(dropDbs);

async function refused(blob: Blob, mode: 'merge' | 'replace' = 'replace'): Promise<RestoreOutcome & { ok: false }> {
  const before = await dump(db);
  const outcome = await restoreBackup(db, blob, { mode, now: NOW, actor: 'Lea' });
  expect(outcome.ok).toBe(false);
  expect(await dump(db)).toEqual(before);
  return outcome as RestoreOutcome & { ok: false };
}

describe('restore refuses bad files and changes nothing', () => {
  it('a plain (not gzipped) backup is read too', async () => {
    expect((await restoreBackup(db, file(lines), { mode: 'replace', now: NOW, actor: 'Lea' })).ok).toBe(true);
  });

  it('an empty file, or something else entirely', async () => {
    expect((await refused(new Blob([]))).problem).toEqual({ code: 'empty' });
    expect((await refused(new Blob(['name,label\r\nx,y\r\n']))).problem).toEqual({ code: 'bad_line', line: 1 });
    expect((await refused(file(['{"hello":"world"}']))).problem).toEqual({ code: 'not_backup' });
    expect((await refused(await gzip('{"careline":"templates","format":1}\n'))).problem).toEqual({ code: 'not_backup' });
  });

  it('a gzip file cut short, in both modes', async () => {
    const cut = good.slice(0, Math.floor(good.size * 0.6));
    expect((await refused(cut)).problem).toEqual({ code: 'damaged' });
    expect((await refused(cut, 'merge')).problem).toEqual({ code: 'damaged' });
  });

  it('a plain file without its last line, or whose counts disagree', async () => {
    expect((await refused(file(lines.slice(0, -1)))).problem).toEqual({ code: 'truncated' });
    expect((await refused(file(lines.slice(0, -1)), 'merge')).problem).toEqual({ code: 'truncated' });
    const dropped = [...lines.slice(0, -2), lines.at(-1)!];
    expect((await refused(file(dropped))).problem).toEqual({ code: 'count_mismatch', table: 'crisisState', expected: 1, found: 0 });
    expect((await refused(file([...lines, lines[firstRow('mentions')]!]))).problem).toMatchObject({ code: 'after_end' });
  });

  it('bytes that are not UTF-8', async () => {
    const bad = new Blob([lines[0]! + '\n', new Uint8Array([0xff, 0xfe, 0x22, 0x0a])]);
    expect((await refused(bad)).problem).toEqual({ code: 'not_text' });
  });

  it('a file from a newer Careline, by format or by database version', async () => {
    expect((await refused(file(edit(0, (h) => (h.format = 2))))).problem).toEqual({ code: 'format_too_new', format: 2 });
    expect((await refused(file(edit(0, (h) => ((h.format = 9), delete h.exportedAt))))).problem).toEqual({ code: 'format_too_new', format: 9 });
    expect((await refused(file(edit(0, (h) => (h.schema = 99))))).problem).toEqual({ code: 'schema_too_new', schema: 99 });
  });

  it('a row that is not what its table holds names the line and the field', async () => {
    const i = firstRow('mentions');
    expect((await refused(file(edit(i, (o) => (o.r.label = 'evil'))))).problem).toMatchObject({
      code: 'bad_row', line: i + 1, table: 'mentions', field: 'label',
    });
    expect((await refused(file(edit(i, (o) => (o.r.statusId = '../../etc'))))).problem).toMatchObject({ code: 'bad_row', field: 'statusId' });
    const s = firstRow('settings');
    expect((await refused(file(edit(s, (o) => (o.r.value.sla.timeZone = 5))))).problem).toMatchObject({ code: 'bad_row', table: 'settings', field: 'sla.timeZone' });
    const t = firstRow('templates');
    expect((await refused(file(edit(t, (o) => (o.r.history = 'none'))))).problem).toMatchObject({ code: 'bad_row', table: 'templates', field: 'history' });
  });

  it('a learned triage state that does not hold together', async () => {
    const i = firstRow('triageModel');
    const problem = (await refused(file(edit(i, (o) => (o.r.value.learner.weights = { $typed: 'Float32Array', b64: 'AAAAAA==' }))))).problem;
    expect(problem).toMatchObject({ code: 'bad_row', table: 'triageModel' });
    expect((await refused(file(edit(i, (o) => (o.r.value.memory.words = { $typed: 'Function', b64: '' }))))).problem).toMatchObject({ code: 'bad_row' });
  });

  it('unknown tables and lines that are not rows', async () => {
    const i = firstRow('mentions');
    expect((await refused(file(edit(i, (o) => (o.t = 'secrets'))))).problem).toEqual({ code: 'unknown_table', line: i + 1, table: 'secrets' });
    const broken = [...lines];
    broken[i] = '{"t":"mentions","r":{';
    expect((await refused(file(broken))).problem).toEqual({ code: 'bad_line', line: i + 1 });
    broken[i] = '[1,2,3]';
    expect((await refused(file(broken))).problem).toEqual({ code: 'bad_line', line: i + 1 });
  });

  it('hostile extras are dropped, not stored', async () => {
    const i = firstRow('mentions');
    const hostile = edit(i, (o) => {
      o.r.__proto__polluted = true;
      o.r.onclick = 'alert(1)';
    });
    hostile[i] = hostile[i]!.replace('"onclick"', '"__proto__":{"admin":true},"onclick"');
    const outcome = await restoreBackup(db, file(hostile), { mode: 'replace', now: NOW, actor: 'Lea' });
    expect(outcome.ok).toBe(true);
    const stored = (await db.mentions.toArray()) as unknown as Record<string, unknown>[];
    expect(stored.some((m) => 'onclick' in m || '__proto__polluted' in m || Object.hasOwn(m, '__proto__'))).toBe(false);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('a failure while writing rolls the whole transaction back', async () => {
    const before = await dump(db);
    const outcome = await restoreBackup(db, good, {
      mode: 'replace', now: NOW, actor: 'Lea',
      onProgress: (phase, done) => {
        if (phase === 'writing' && done === 3) throw new Error('disk full');
      },
    });
    expect(outcome).toEqual({ ok: false, problem: { code: 'write_failed', message: 'disk full' } });
    expect(await dump(db)).toEqual(before);
  });

  it('a restore whose staged rows vanished (another restore began) writes nothing', async () => {
    const before = await dump(db);
    const staged = await stageBackup(db, good, 'r1', { memoryChars: 0 });
    await db.restoreStaging.clear();
    await expect(commitRestore(db, staged, { mode: 'replace', audit: { at: NOW, actor: 'Lea' } })).rejects.toMatchObject({
      problem: { code: 'interrupted' },
    });
    expect(await dump(db)).toEqual(before);
  });

  it('a cancelled restore says so', async () => {
    const abort = new AbortController();
    abort.abort();
    expect((await restoreBackup(db, good, { mode: 'replace', now: NOW, actor: 'Lea', signal: abort.signal })).ok).toBe(false);
    expect(await db.restoreStaging.count()).toBe(0);
  });
});
