// The local drift log: the last sightings of X's page changing under Careline (which part, when, on
// which kind of page), kept on this machine only, so an agent can tell the team what broke.
import { z } from 'zod';
import type { CarelineDB } from '../db/database';
import { DriftRecord } from './drift-record';

const KEY = 'driftLog';
export const DRIFT_LOG_MAX = 50;

const DriftLog = z.array(DriftRecord);

/** The log, newest first; a damaged record reads as an empty log. */
export async function readDriftLog(db: CarelineDB): Promise<DriftRecord[]> {
  const parsed = DriftLog.safeParse((await db.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : [];
}

/** Adds a sighting at the top, keeping the newest DRIFT_LOG_MAX. */
export async function logDrift(db: CarelineDB, record: DriftRecord): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const log = [record, ...(await readDriftLog(db))].slice(0, DRIFT_LOG_MAX);
    await db.settings.put({ key: KEY, value: log });
  });
}
