// A backup holds the whole database and a restore brings it back exactly; merge keeps the newer
// side; the lead lock is restored with the settings.
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { mayRestore } from '../../../lib/backup/permission';
import { commitRestore } from '../../../lib/backup/commit';
import { restoreBackup } from '../../../lib/backup/restore';
import { stageBackup } from '../../../lib/backup/stage';
import { LATEST_VERSION } from '../../../lib/db/schema';
import { createTriage } from '../../../lib/triage';
import { mention } from '../factories';
import { dropDbs, dump, fill, freshDb, template } from './fixture';

const NOW = Date.parse('2026-12-01T10:00:00Z');
afterEach(dropDbs);

describe('backup and restore', () => {
  it('replace into an empty database brings back every table, typed arrays and the lead lock included', async () => {
    const source = freshDb();
    await fill(source);
    const progress: number[] = [];
    const { blob, counts } = await exportBackup(source, { now: NOW, chunkRows: 64, onProgress: (done) => progress.push(done) });
    expect(counts).toEqual({
      settings: 1, triageModel: 1, templates: 2, audit: 50, mentions: 300,
      incidents: 1, incidentLinks: 1, incidentLog: 2, surgeAlerts: 0, crisisState: 1,
    });
    expect(progress.at(-1)).toBe(360); // every row read, the focus included
    expect(new Uint8Array(await blob.slice(0, 2).arrayBuffer())).toEqual(new Uint8Array([0x1f, 0x8b]));

    const target = freshDb();
    const phases = new Set<string>();
    const outcome = await restoreBackup(target, blob, { mode: 'replace', now: NOW, actor: 'Lea', onProgress: (p) => phases.add(p) });
    expect(outcome).toMatchObject({ ok: true, mode: 'replace', schema: LATEST_VERSION });
    expect([...phases]).toEqual(['reading', 'writing']);

    const before = await dump(source);
    const after = await dump(target);
    expect(after.mentions).toEqual(before.mentions);
    // The queue keys are derived: left out of the file, set again by the restore's writes.
    const text = await new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();
    expect(text).not.toMatch(/"openLabel"|"awaiting"/);
    expect(after.mentions.filter((m) => (m as { openLabel?: string }).openLabel !== undefined).length).toBeGreaterThan(0);
    expect(after.templates).toEqual(before.templates);
    expect(after.triageModel).toEqual(before.triageModel);
    // The post in focus is passing state; everything else in settings comes back, lead lock included.
    expect(after.settings).toEqual(before.settings.filter((r) => (r as { key: string }).key !== 'focus'));
    expect(after.audit.slice(0, 50)).toEqual(before.audit);
    expect(after.audit.at(-1)).toMatchObject({ kind: 'backup_restored', actor: 'Lea', at: NOW });
    expect(after.restoreStaging).toEqual([]);
    expect(after.incidents).toEqual(before.incidents);
    expect(after.incidentLinks).toEqual(before.incidentLinks);
    expect(after.incidentLog).toEqual(before.incidentLog);
    expect(after.crisisState).toEqual(before.crisisState);
    // The learned model still classifies.
    const learned = (after.triageModel[0] as { value: Parameters<typeof createTriage>[0] }).value;
    expect(createTriage(learned).corrections()).toBe(2);
  });

  it('rows are held in memory up to the bound, staged in IndexedDB beyond it, and restore the same either way', async () => {
    const source = freshDb();
    await fill(source);
    const { blob } = await exportBackup(source, { now: NOW });

    const inMemory = freshDb();
    const held = await stageBackup(inMemory, blob, 'm');
    expect(held.memory?.get('mentions')).toHaveLength(300);
    expect(held.chunks).toBe(0);
    expect(await inMemory.restoreStaging.count()).toBe(0);
    await commitRestore(inMemory, held, { mode: 'replace', audit: { at: NOW, actor: 'Lea' } });

    // A bound a few rows long: what was held spills to the staging table and the rest follows in chunks.
    const spilled = freshDb();
    const staged = await stageBackup(spilled, blob, 's', { memoryChars: 20_000 });
    expect(staged.memory).toBeUndefined();
    expect(staged.chunks).toBeGreaterThan(1);
    expect(await spilled.restoreStaging.count()).toBe(staged.chunks);
    await commitRestore(spilled, staged, { mode: 'replace', audit: { at: NOW, actor: 'Lea' } });

    const a = await dump(inMemory);
    const b = await dump(spilled);
    expect(b.restoreStaging).toEqual([]);
    expect(b).toEqual(a);
    expect(a.mentions).toEqual((await dump(source)).mentions);
  });

  it('a file holding one key twice is refused by replace, which changes nothing', async () => {
    const source = freshDb();
    await fill(source, 10);
    const text = await new Response((await exportBackup(source, { now: NOW })).blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();
    const lines = text.trimEnd().split('\n');
    const row = lines.findIndex((l) => l.startsWith('{"t":"mentions"'));
    lines.splice(row, 0, lines[row]!);
    const end = JSON.parse(lines.at(-1)!) as { end: Record<string, number> };
    end.end.mentions! += 1;
    lines[lines.length - 1] = JSON.stringify(end);
    const target = freshDb();
    await fill(target, 5);
    const before = await dump(target);
    const outcome = await restoreBackup(target, new Blob([lines.join('\n') + '\n']), { mode: 'replace', now: NOW, actor: 'Lea' });
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'write_failed' } });
    expect(await dump(target)).toEqual(before);
  });

  it('replace removes what the backup does not have', async () => {
    const source = freshDb();
    await fill(source, 10);
    const { blob } = await exportBackup(source, { now: NOW });
    const target = freshDb();
    await target.mentions.add(mention({ statusId: '42' }));
    await target.templates.add(template('local-only'));
    expect(await restoreBackup(target, blob, { mode: 'replace', now: NOW, actor: 'Lea' })).toMatchObject({ ok: true });
    expect(await target.mentions.get('42')).toBeUndefined();
    expect(await target.templates.get('local-only')).toBeUndefined();
    expect(await target.mentions.count()).toBe(10);
  });

  it('merge keeps the newer of each mention and template, local settings and model, and adds missing audit events once', async () => {
    const source = freshDb();
    await fill(source, 20);
    const { blob } = await exportBackup(source, { now: NOW });
    const target = freshDb();
    const ids = (await source.mentions.toCollection().primaryKeys()) as string[];
    const newer = { ...(await source.mentions.get(ids[0]!))!, label: 'crisis' as const, updatedAt: NOW };
    const older = { ...(await source.mentions.get(ids[1]!))!, label: 'spam' as const, updatedAt: 1 };
    await target.mentions.bulkAdd([newer, older, mention({ statusId: '42' })]);
    await target.settings.put({ key: 'settings', value: { agentName: 'Local' } });
    await target.audit.bulkAdd((await source.audit.limit(10).toArray()).map(({ id: _id, ...e }) => e));

    const outcome = await restoreBackup(target, blob, { mode: 'merge', now: NOW, actor: 'Lea' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(await target.mentions.count()).toBe(21);
    expect((await target.mentions.get(ids[0]!))!.label).toBe('crisis'); // local is newer: kept
    expect((await target.mentions.get(ids[1]!))!.label).toBe((await source.mentions.get(ids[1]!))!.label); // backup newer
    expect(await target.mentions.get('42')).toBeDefined();
    expect((await target.settings.get('settings'))!.value).toEqual({ agentName: 'Local' });
    expect(await target.triageModel.count()).toBe(1); // none locally: the backup's is added
    expect(await target.audit.count()).toBe(50 + 1); // 10 already there, 40 added, plus the restore itself
    expect(outcome.summary.audit).toEqual({ incoming: 50, written: 40 });
    expect(outcome.summary.mentions).toEqual({ incoming: 20, written: 19 });

    // Merging the same file again changes nothing but the log of the restore.
    const again = await restoreBackup(target, blob, { mode: 'merge', now: NOW, actor: 'Lea' });
    expect(again.ok && again.summary.mentions?.written).toBe(0);
    expect(await target.audit.count()).toBe(52);
  });

  it('only the lead may restore once a lead lock exists', () => {
    expect(mayRestore({ role: 'agent', hasLead: false })).toBe(true);
    expect(mayRestore({ role: 'agent', hasLead: true })).toBe(false);
    expect(mayRestore({ role: 'lead', hasLead: true })).toBe(true);
  });
});
