// The reports page's figures straight from the database, window by window.
import type { CarelineDB } from '../db/database';
import { forEachMentionInRange, type ReadOptions } from './load';
import { ReportBuilder, type Report, type ReportParams } from './report-builder';

export async function computeReport(db: CarelineDB, params: ReportParams, opts: ReadOptions = {}): Promise<Report> {
  const builder = new ReportBuilder(params);
  await forEachMentionInRange(db, params, (chunk) => {
    for (const m of chunk) builder.add(m);
  }, opts);
  return builder.finish();
}
