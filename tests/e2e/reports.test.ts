// Reports end to end in real Chromium with the built extension: a filled database, the figures
// on the Reports page, the mentions CSV checked row by row against the database and figure by
// figure against the page, then a backup restored into a fresh profile with nothing lost.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mention, Settings } from '../../lib/model';
import { effectiveBrand } from '../../lib/settings/brand';
import { buildReport } from '../../lib/reports/report-builder';
import { seedReportData } from '../../scripts/bench/reports-seed';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { readCsv } from '../unit/csv/read-csv';
import { mentionsFromCsv } from '../unit/reports/from-csv';
import { readMentions } from './support';

const TABLES = ['mentions', 'templates', 'settings', 'audit', 'triageModel'] as const;
type Dump = Record<(typeof TABLES)[number], Record<string, unknown>[]>;

let first: CarelineBrowser;
let fresh: CarelineBrowser | undefined;
let dash: Page;
let backupPath = '';

/** Every backed-up table, read through an extension page (typed arrays as plain arrays for comparison). */
function dumpTables(page: Page): Promise<Dump> {
  return page.evaluate(async (tables) => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('careline');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const plain = (v: unknown): unknown =>
      ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v;
    const out: Record<string, unknown[]> = {};
    for (const t of tables) {
      out[t] = await new Promise((ok, fail) => {
        const r = db.transaction(t).objectStore(t).getAll();
        r.onsuccess = () => ok((r.result as unknown[]).map(plain));
        r.onerror = () => fail(r.error);
      });
    }
    db.close();
    return out;
  }, [...TABLES]) as Promise<Dump>;
}

const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; data?: unknown }>;
const figure = async (page: Page, id: string) => {
  const v = await page.locator(`[data-figure="${id}"]`).getAttribute('data-value');
  return v === null ? null : Number(v);
};

beforeAll(async () => {
  first = await launchWithExtension();
  dash = await first.openExtensionPage('options.html#brand');
  await dash.waitForSelector('.dash-nav');
  await seedReportData(dash, { count: 2_000, days: 20, now: Date.now(), seed: 7 });
  // Real flows for the rest of the database: settings, a lead passphrase, a relabel the triage model learns.
  await send(dash, { type: 'saveSettings', change: { agentName: 'Lea', brandName: 'Lumen Mobile' } });
  expect((await send(dash, { type: 'leadSetPassphrase', next: 'care team passphrase' })).ok).toBe(true);
  const someone = (await readMentions(first)).find((m) => m.status === 'new')!;
  await send(dash, { type: 'mentionAction', statusId: someone.statusId, action: { kind: 'relabel', label: 'crisis' } });
  await dash.evaluate(() => localStorage.setItem('careline.reports', JSON.stringify({ state: { range: { preset: 'last28' }, zone: 'policy', handlingMinutes: 5, goalPercent: null }, version: 0 })));
  await dash.goto(dash.url().replace(/#.*/, '#reports'));
  await dash.reload();
});

afterAll(async () => {
  await fresh?.close();
  await first?.close();
});

describe('reports, CSV and backup end to end', () => {
  it('shows the figures of the stored mentions', async () => {
    await dash.locator('[data-figure="received"]').waitFor({ timeout: 30_000 });
    expect(await figure(dash, 'received')).toBe(2_000);
    for (const name of ['Mentions received', 'Answered', 'Response rate', 'First response, median', 'First response, 90th percentile', 'SLA attainment']) {
      await dash.getByRole('group', { name }).waitFor();
    }
    await dash.getByRole('img', { name: 'Volume by weekday and hour' }).waitFor();
  });

  it('exports the range’s mentions as CSV: one row per stored mention, and the page’s figures again', async () => {
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'Export mentions (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^careline-mentions-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const records = readCsv(text);

    const span = dash.locator('[data-as-of]');
    const [asOf, from, to] = await Promise.all(['data-as-of', 'data-from', 'data-to'].map(async (a) => Number(await span.getAttribute(a))));
    const stored = (await readMentions(first)).filter((m) => m.postedAt >= from! && m.postedAt < to!);
    expect(records).toHaveLength(stored.length);
    const byId = new Map<string, Mention>(stored.map((m) => [m.statusId, m]));
    for (const r of records) {
      const m = byId.get(r.status_id!)!;
      expect(m, r.status_id).toBeDefined();
      expect(r).toMatchObject({ label: m.label, status: m.status, text: m.text, author_handle: m.authorHandle, url: m.url, responded_by: m.respondedBy ?? '' });
      expect(Date.parse(r.posted_at!)).toBe(m.postedAt);
    }

    const settings = (await dumpTables(dash)).settings.find((s) => s.key === 'settings')!.value as Settings;
    const params = { from: from!, to: to!, timeZone: 'UTC', now: asOf!, policy: settings.sla, brand: effectiveBrand(settings) };
    const fromCsv = buildReport(params, mentionsFromCsv(records));
    expect(await figure(dash, 'received')).toBe(fromCsv.received);
    expect(await figure(dash, 'answered')).toBe(fromCsv.response.answered);
    expect(await figure(dash, 'response-rate')).toBe(fromCsv.response.responseRate);
    expect(await figure(dash, 'frt-median')).toBe(fromCsv.response.medianMs);
    expect(await figure(dash, 'frt-p90')).toBe(fromCsv.response.p90Ms);
    expect(await figure(dash, 'attainment')).toBe(fromCsv.response.attainment);
    expect(await figure(dash, 'praise')).toBe(fromCsv.praise.attainment);
  });

  it('downloads a backup of the whole database', async () => {
    await dash.evaluate(() => (location.hash = 'backup'));
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'Download backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.careline-backup\.jsonl\.gz$/);
    backupPath = (await download.path())!;
    await dash.getByText(/Saved .*2,000 mentions/).waitFor({ timeout: 30_000 });
  });

  it('restores it into a fresh profile with nothing lost, and the background follows', async () => {
    fresh = await launchWithExtension();
    const page = await fresh.openExtensionPage('options.html#backup');
    const input = page.getByLabel('Backup file');
    await expect.poll(() => input.isEnabled()).toBe(true);
    await input.setInputFiles(backupPath);
    await page.getByRole('radio', { name: /Replace/ }).check();
    await page.getByRole('button', { name: 'Replace with backup…' }).click();
    await page.getByRole('button', { name: 'Yes, replace' }).click();
    await page.getByText('Backup restored.', { exact: false }).waitFor({ timeout: 60_000 });

    const before = await dumpTables(dash);
    const after = await dumpTables(page);
    const byKey = <T extends Record<string, unknown>>(rows: T[], key: string) => [...rows].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
    expect(after.mentions.length).toBe(2_000);
    expect(byKey(after.mentions, 'statusId')).toEqual(byKey(before.mentions, 'statusId'));
    expect(byKey(after.templates, 'id')).toEqual(byKey(before.templates, 'id'));
    expect(after.triageModel).toEqual(before.triageModel);
    expect(after.settings.find((s) => s.key === 'settings')).toEqual(before.settings.find((s) => s.key === 'settings'));
    // Every event of the first profile, then the restore itself.
    expect(after.audit.slice(0, before.audit.length)).toEqual(before.audit);
    // Restored by whoever uses the fresh profile: nobody named yet, no lead there before the restore.
    expect(after.audit.at(-1)).toMatchObject({ kind: 'backup_restored', actor: 'agent' });

    // The background reads the restored database: the lead lock exists, the learned model counts its correction.
    expect(await send(page, { type: 'role' })).toEqual({ ok: true, data: { role: 'agent', hasLead: true } });
    expect(await send(page, { type: 'triageInfo' })).toEqual({ ok: true, data: { corrections: 1 } });
  });
});
