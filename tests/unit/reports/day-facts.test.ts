// The reports read compact day facts; every write through Dexie marks its day, so the next report
// rebuilds exactly the changed days and agrees with a report built from the mentions themselves.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../lib/backup/export-backup';
import { restoreBackup } from '../../../lib/backup/restore';
import { ALL_DAYS } from '../../../lib/db/change-marks';
import { CarelineDB } from '../../../lib/db/database';
import { computeReport } from '../../../lib/reports/compute-report';
import { buildReport, type ReportParams } from '../../../lib/reports/report-builder';
import { mention, settings } from '../factories';

const at = (iso: string) => Date.parse(iso);
const DAY = 86_400_000;
const names: string[] = [];
const fresh = () => {
  const name = `careline-test-facts-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new CarelineDB(name);
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const params: ReportParams = {
  from: at('2026-11-16T00:00:00Z'), to: at('2026-11-23T00:00:00Z'), timeZone: 'Europe/Zagreb', now: at('2026-11-23T10:00:00Z'),
  policy: settings().sla, brand: { handles: ['LumenMobile'], keywords: ['Lumen Mobile'] },
};
const week = () =>
  Array.from({ length: 70 }, (_, i) =>
    mention({
      statusId: String(500 + i), postedAt: at('2026-11-15T20:00:00Z') + i * 2.5 * 3_600_000, label: (['complaint', 'question', 'praise', 'crisis', 'spam'] as const)[i % 5],
      status: i % 3 ? 'responded' : 'new', respondedAt: i % 3 ? at('2026-11-15T20:00:00Z') + i * 2.5 * 3_600_000 + 600_000 : undefined,
      respondedBy: i % 3 ? ['Ana', 'Ivo'][i % 2] : undefined, text: `@LumenMobile Račun kriv, refund #${i % 4} l'appli`,
    }),
  );
const marks = (db: CarelineDB) => db.mentionChanges.toCollection().primaryKeys();

describe('day facts', () => {
  it('give the same report as the mentions themselves, in any zone', async () => {
    const db = fresh();
    const all = week();
    await db.mentions.bulkAdd(all);
    expect(await computeReport(db, params)).toEqual(buildReport(params, all));
    expect(await db.reportFacts.count()).toBe(7);
    // Marks of days outside the range stay until a report needs those days.
    const first = Math.floor(params.from / DAY);
    expect((await marks(db)).filter((d) => d >= first && d < first + 7)).toEqual([]);
  });

  it('every write through Dexie marks its day; the next report rebuilds it', async () => {
    const db = fresh();
    const all = week();
    await db.mentions.bulkAdd(all);
    await computeReport(db, params);
    const target = all[10]!;
    const before = await marks(db);
    await db.mentions.update(target.statusId, { label: 'crisis', status: 'new', respondedAt: undefined, respondedBy: undefined });
    expect(await marks(db)).toEqual([...before, Math.floor(target.postedAt / DAY)].sort());
    await db.transaction('rw', db.mentions, db.audit, () => db.mentions.filter((m) => m.status === 'new').modify({ status: 'escalated' }));
    const changed = (await db.mentions.toArray());
    expect(await computeReport(db, params)).toEqual(buildReport(params, changed));
    await db.mentions.delete(all[0]!.statusId);
    expect(await marks(db)).toContain(ALL_DAYS);
    expect(await computeReport(db, params)).toEqual(buildReport(params, await db.mentions.toArray()));
  });

  it('a transaction marks each day once, and again after a mark was removed inside it', async () => {
    const db = fresh();
    const all = week();
    const day = Math.floor(all[0]!.postedAt / DAY);
    await db.transaction('rw', db.mentions, db.mentionChanges, async () => {
      await db.mentions.bulkPut(all.slice(0, 40));
      await db.mentions.bulkPut(all.slice(20));
      expect(await marks(db)).toEqual([...new Set(all.map((m) => Math.floor(m.postedAt / DAY)))].sort());
      await db.mentionChanges.delete(day);
      await db.mentions.put({ ...all[0]!, label: 'crisis' });
      expect(await marks(db)).toContain(day);
    });
    expect(await computeReport(db, params)).toEqual(buildReport(params, await db.mentions.toArray()));
  });

  it('are read instead of the mentions once built (a write that bypasses Dexie is not seen)', async () => {
    const db = fresh();
    await db.mentions.bulkAdd(week());
    const before = await computeReport(db, params);
    const raw = new Dexie(db.name);
    await raw.open();
    await raw.table('mentions').clear();
    raw.close();
    expect(await computeReport(db, params)).toEqual(before);
  });

  it('a restore marks everything, so the next report is the restored data', async () => {
    const source = fresh();
    await source.mentions.bulkAdd(week());
    const { blob } = await exportBackup(source, { now: params.now });
    const db = fresh();
    await db.mentions.add(mention({ statusId: '1', postedAt: at('2026-11-18T10:00:00Z') }));
    await computeReport(db, params);
    expect(await restoreBackup(db, blob, { mode: 'replace', now: params.now, actor: 'Lea' })).toMatchObject({ ok: true });
    expect(await computeReport(db, params)).toEqual(buildReport(params, week()));
  });

  it('an empty range reads nothing and builds empty days', async () => {
    const db = fresh();
    const r = await computeReport(db, params);
    expect(r.received).toBe(0);
    expect(await db.reportFacts.count()).toBe(7);
  });
});
