// Restore (replace) of one 100,000-mention backup into two builds, alternating round by round, so
// both see the same machine load: what a schema change does to the restore's write transaction.
//   npx tsx scripts/bench/restore-ab.ts <older build> <newer build> [mentions] [rounds]
// The older build seeds its database and exports the file (a newer schema's file is refused by an
// older build, an older one is upgraded by a newer build), then each build restores it in turn.
import { loadavg } from 'node:os';
import { launchWithExtension } from '../../tests/harness/extension';
import { replaceWithBackup } from './dashboard-measures';
import { seedReportData } from './reports-seed';
import { ms, summarise } from './stats';

const [dirA, dirB, countArg, roundsArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: restore-ab.ts <older build> <newer build> [mentions] [rounds]');
const count = Number(countArg ?? 100_000);
const rounds = Number(roundsArg ?? 3);

const a = await launchWithExtension({ extensionDir: dirA });
const b = await launchWithExtension({ extensionDir: dirB });
try {
  const seedPage = await a.openExtensionPage('options.html#brand');
  await seedPage.waitForSelector('.dash-nav');
  const seeded = await seedReportData(seedPage, { count, days: 90, now: Date.now() });
  await seedPage.evaluate(() => (location.hash = 'backup'));
  await seedPage.getByRole('button', { name: 'Download backup' }).waitFor();
  const [download] = await Promise.all([seedPage.waitForEvent('download', { timeout: 300_000 }), seedPage.getByRole('button', { name: 'Download backup' }).click()]);
  const file = (await download.path())!;
  await seedPage.close();

  const pages = [await a.openExtensionPage('options.html#backup'), await b.openExtensionPage('options.html#backup')];
  const results: { total: number[]; staged: number[] }[] = [{ total: [], staged: [] }, { total: [], staged: [] }];
  const loads: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const r = await replaceWithBackup(pages[k]!, file);
      results[k]!.total.push(r.total);
      results[k]!.staged.push(r.staged);
      loads.push(loadavg()[0]!);
    }
  }
  console.log(`${seeded.toLocaleString('en')} mentions · ${rounds} restores each, alternating · load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`);
  [dirA, dirB].forEach((dir, k) => {
    const total = summarise(results[k]!.total);
    const staged = summarise(results[k]!.staged);
    const writing = summarise(results[k]!.total.map((t, i) => t - results[k]!.staged[i]!));
    console.log(`${dir.padEnd(28)} restore median ${ms(total.median)} (p95 ${ms(total.p95)}) · reading+checking ${ms(staged.median)} · writing ${ms(writing.median)}`);
  });
  console.log(JSON.stringify({ dirs: [dirA, dirB], results }));
} finally {
  await a.close();
  await b.close();
}
