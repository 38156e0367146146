// Restore a backup file: stage (read, upgrade, validate) then commit (one transaction). Whatever
// goes wrong, the database is as it was and the answer says what was wrong with the file.
import type { CarelineDB } from '../db/database';
import { commitRestore, type RestoreMode, type RestoreSummary } from './commit';
import { toProblem, type BackupProblem } from './problems';
import { stageBackup } from './stage';

export type RestorePhase = 'reading' | 'writing';

export interface RestoreOptions {
  mode: RestoreMode;
  now: number;
  /** Who restores, for the audit log. */
  actor: string;
  signal?: AbortSignal;
  /** Characters of rows held in memory before staging in IndexedDB (stage.ts, MEMORY_STAGE_CHARS). */
  memoryChars?: number;
  onProgress?(phase: RestorePhase, done: number, total: number): void;
}

export type RestoreOutcome =
  | { ok: true; mode: RestoreMode; summary: RestoreSummary; schema: number; exportedAt: string }
  | { ok: false; problem: BackupProblem };

export async function restoreBackup(db: CarelineDB, file: Blob, opts: RestoreOptions): Promise<RestoreOutcome> {
  const restoreId = crypto.randomUUID();
  try {
    // Left-overs of a restore that never finished (a closed tab) are of no use to anyone.
    await db.restoreStaging.clear();
    const staged = await stageBackup(db, file, restoreId, {
      signal: opts.signal,
      memoryChars: opts.memoryChars,
      onBytes: (read) => opts.onProgress?.('reading', read, file.size),
    });
    opts.signal?.throwIfAborted();
    // Read by the benchmark (scripts/bench/reports-scale.ts): reading and checking done, writing begins.
    performance.mark('careline:restore-staged');
    const summary = await commitRestore(db, staged, {
      mode: opts.mode,
      audit: { at: opts.now, actor: opts.actor },
      onChunk: (done, total) => opts.onProgress?.('writing', done, total),
    });
    return { ok: true, mode: opts.mode, summary, schema: staged.header.schema, exportedAt: staged.header.exportedAt };
  } catch (err) {
    await db.restoreStaging.where('restoreId').equals(restoreId).delete().catch(() => undefined);
    return { ok: false, problem: toProblem(err) };
  }
}
