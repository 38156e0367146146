// What the dashboard benchmarks read from a page: its performance measures, and a restore driven
// through the Backup section as a lead would (reports-scale.ts, restore-ab.ts).
import type { Page } from 'playwright-core';

/** The latest measure named `name`, once the page has one. */
export async function lastMeasure(page: Page, name: string, timeout = 120_000): Promise<{ duration: number; start: number; end: number }> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout, polling: 50 });
  return page.evaluate((n) => {
    const e = performance.getEntriesByName(n).at(-1)!;
    return { duration: e.duration, start: e.startTime, end: e.startTime + e.duration };
  }, name);
}

/** One replace restore of `file` in the Backup section: total ms, and the part spent reading and checking the file. */
export async function replaceWithBackup(page: Page, file: string): Promise<{ total: number; staged: number }> {
  const input = page.getByLabel('Backup file');
  while (!(await input.isEnabled())) await page.waitForTimeout(50);
  await input.setInputFiles(file);
  await page.getByRole('radio', { name: /Replace/ }).check();
  await page.getByRole('button', { name: 'Replace with backup…' }).click();
  await page.getByRole('button', { name: 'Yes, replace' }).click();
  const m = await lastMeasure(page, 'careline:backup-restore', 600_000);
  const staged = await page.evaluate((start) => performance.getEntriesByName('careline:restore-staged').at(-1)!.startTime - start, m.start);
  await page.evaluate(() => performance.clearMeasures('careline:backup-restore'));
  return { total: m.duration, staged };
}
