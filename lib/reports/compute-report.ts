// The reports page's figures from the database: the range's day facts (day-facts-store.ts), fed
// to the same builder the CSV check uses.
import type { CarelineDB } from '../db/database';
import { forEachFact } from './day-facts';
import { forEachDayFacts } from './day-facts-store';
import type { ReadOptions } from './load';
import { ReportBuilder, type Report, type ReportParams } from './report-builder';

export async function computeReport(db: CarelineDB, params: ReportParams, opts: ReadOptions = {}): Promise<Report> {
  const builder = new ReportBuilder(params);
  const add = builder.add.bind(builder);
  await forEachDayFacts(db, params, (facts) => forEachFact(facts, add), opts);
  return builder.finish();
}
