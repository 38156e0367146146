// The page's figures, read from the database window by window, equal the figures computed from
// the exported CSV alone; and every mention of the range is in the file, as stored.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { LABELS, STATUSES, type Mention } from '../../../lib/model';
import { computeReport } from '../../../lib/reports/compute-report';
import { mentionsCsv, MENTION_CSV_HEADER } from '../../../lib/reports/mention-csv';
import { buildReport, type ReportParams } from '../../../lib/reports/report-builder';
import { byAgentTable, byLabelTable, csvRows, summaryTable } from '../../../lib/reports/report-tables';
import { readCsv } from '../csv/read-csv';
import { mention, settings } from '../factories';
import { mentionsFromCsv } from './from-csv';

const at = (iso: string) => Date.parse(iso);
const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** A week of varied mentions, some with text a spreadsheet would run. */
function week(n: number): Mention[] {
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const texts = ['@LumenMobile my bill is wrong', '=HYPERLINK("http://x.example")', '-1 stars, "awful", no signal', '@LumenMobile\nline two, refund?'];
  return Array.from({ length: n }, (_, i) => {
    const postedAt = at('2026-11-16T00:00:00Z') + Math.floor(rnd() * 8 * 86_400_000) - 43_200_000;
    const label = LABELS[Math.floor(rnd() * LABELS.length)]!;
    const status = STATUSES[Math.floor(rnd() * STATUSES.length)]!;
    const answered = status === 'responded' || status === 'handed_off' || (status === 'escalated' && rnd() < 0.5);
    const respondedAt = answered ? postedAt + Math.floor(rnd() * 4 * 3_600_000) : undefined;
    return mention({
      statusId: String(1_800_000_000_000_000_000n + BigInt(i)), postedAt, label, status, text: texts[i % texts.length]!,
      ...(answered ? { respondedAt, firstResponseMs: rnd() < 0.8 ? respondedAt! - postedAt : undefined, respondedBy: ['Ana', 'Ivo', undefined][i % 3] } : {}),
      ...(status === 'handed_off' ? { handedOffAt: respondedAt, caseId: 'CL-7' } : {}),
      ...(status === 'dismissed' ? { dismissedAt: postedAt + 60_000 } : {}),
    });
  });
}

describe('figures agree with the exported CSV', () => {
  it('computeReport (chunked, from IndexedDB) = the report built from the CSV rows', async () => {
    const name = `careline-test-export-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const db = new CarelineDB(name);
    const all = week(600);
    await db.mentions.bulkAdd(all);
    const params: ReportParams = {
      from: at('2026-11-16T00:00:00Z'), to: at('2026-11-23T00:00:00Z'), timeZone: 'Europe/Zagreb', now: at('2026-11-23T10:00:00Z'),
      policy: { ...settings().sla, timeZone: 'Europe/Zagreb', businessHours: [null, ...Array(5).fill({ start: '08:00', end: '18:00' }), null] },
      brand: { handles: ['LumenMobile'], keywords: [] },
    };
    const page = await computeReport(db, params);
    const { blob, rows } = await mentionsCsv(db, params);
    const records = readCsv(await blob.text());
    const inRange = all.filter((m) => m.postedAt >= params.from && m.postedAt < params.to);
    expect(rows).toBe(inRange.length);
    expect(records).toHaveLength(inRange.length);
    expect(Object.keys(records[0]!)).toEqual([...MENTION_CSV_HEADER]);

    const fromFile = buildReport(params, mentionsFromCsv(records));
    expect(fromFile).toEqual(page);
    for (const table of [summaryTable, byLabelTable, byAgentTable]) expect(csvRows(table(fromFile))).toEqual(csvRows(table(page)));
    expect(page.received).toBe(inRange.length);

    // Each row is its mention, text included (neutralised in the file, restored by the reader).
    const byId = new Map(inRange.map((m) => [m.statusId, m]));
    for (const r of records) {
      const m = byId.get(r.status_id!)!;
      expect(r).toMatchObject({ url: m.url, label: m.label, status: m.status, text: m.text, author_handle: m.authorHandle });
      expect(Date.parse(r.posted_at!)).toBe(m.postedAt);
    }
    db.close();
  });
});
