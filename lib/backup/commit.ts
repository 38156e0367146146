// Restore, second half: ONE read-write transaction over every backed-up table. Replace clears
// them and adds the staged rows (each row written once, in batches: Dexie's bulk operations
// issue them back to back); merge combines them with what is there by each table's rule
// (tables.ts). Inside the transaction only IndexedDB work is awaited, so it stays open however
// many batches there are; if anything throws, IndexedDB rolls all of it back.
import type { IndexableType, Table } from 'dexie';
import type { CarelineDB, RestoreChunk } from '../db/database';
import type { AuditEvent } from '../model';
import { BackupError } from './problems';
import type { Staged } from './stage';
import { BACKUP_TABLES, backupTable, type BackupTable } from './tables';

export type RestoreMode = 'merge' | 'replace';

export interface TableSummary {
  /** Rows the backup held. */
  incoming: number;
  /** Rows written (all of them when replacing; the winners when merging). */
  written: number;
}
export type RestoreSummary = Record<string, TableSummary>;

type Row = Record<string, unknown>;

/** Rows per bulk write: small enough that issuing one batch is a short task for the page. */
export const WRITE_BATCH_ROWS = 500;

interface Batch {
  table: string;
  rows: Row[];
}

/**
 * The staged rows in batches: from memory, or chunk by chunk from the staging table (whose chunks
 * must all still be there). Nothing but IndexedDB is awaited, as the transaction requires.
 */
async function stagedBatches(db: CarelineDB, staged: Staged): Promise<{ memory: Batch[] } | { seqs: number[] }> {
  const memory = staged.memory;
  if (memory) {
    const batches: Batch[] = [];
    // In file order (BACKUP_TABLES), as the rows were read.
    for (const { name } of BACKUP_TABLES) {
      const rows = memory.get(name) ?? [];
      for (let i = 0; i < rows.length; i += WRITE_BATCH_ROWS) batches.push({ table: name, rows: rows.slice(i, i + WRITE_BATCH_ROWS) });
    }
    return { memory: batches };
  }
  const seqs = (await db.restoreStaging.where('restoreId').equals(staged.restoreId).primaryKeys()).sort((a, b) => a - b);
  // Another restore started meanwhile and cleared the staging area: write nothing.
  if (seqs.length !== staged.chunks) throw new BackupError({ code: 'interrupted' });
  return { seqs };
}

function keyOf(table: Table, row: Row): IndexableType {
  const path = table.schema.primKey.keyPath;
  // Compound keys ([incidentId+statusId]) are arrays of their parts.
  return (Array.isArray(path) ? path.map((p) => row[p]) : row[path as string]) as IndexableType;
}
// Audit events and incident log entries: the same event twice is the same moment, kind, actor and content.
const eventSignature = (e: Row): string => JSON.stringify([e.at, e.kind, e.statusId, e.actor, e.from, e.to, e.detail, e.incidentId, e.stepId]);

async function mergeRows(spec: BackupTable, table: Table, rows: Row[]): Promise<number> {
  if (spec.merge === 'append') {
    const ats = [...new Set(rows.map((r) => r.at as number))];
    const present = new Set((await table.where('at').anyOf(ats).toArray()).map(eventSignature));
    const fresh: Row[] = [];
    for (const { id: _id, ...event } of rows) {
      const sig = eventSignature(event);
      if (present.has(sig)) continue;
      present.add(sig);
      fresh.push(event);
    }
    await table.bulkAdd(fresh);
    return fresh.length;
  }
  const existing = (await table.bulkGet(rows.map((r) => keyOf(table, r)))) as (Row | undefined)[];
  const winners = rows.filter((row, i) => {
    const local = existing[i];
    if (!local) return true;
    return spec.merge === 'newer' && (row.updatedAt as number) > (local.updatedAt as number);
  });
  await table.bulkPut(winners);
  return winners.length;
}

export interface CommitOptions {
  mode: RestoreMode;
  /** The audit entry for the restore itself. */
  audit: Omit<AuditEvent, 'id' | 'kind' | 'detail'>;
  onChunk?(done: number, total: number): void;
}

export async function commitRestore(db: CarelineDB, staged: Staged, opts: CommitOptions): Promise<RestoreSummary> {
  const tables = [...BACKUP_TABLES.map((t) => db.table(t.name)), db.restoreStaging];
  return db.transaction('rw', tables, async () => {
    const source = await stagedBatches(db, staged);
    const total = 'memory' in source ? source.memory.length : source.seqs.length;
    const summary: RestoreSummary = Object.fromEntries(BACKUP_TABLES.map((t) => [t.name, { incoming: 0, written: 0 }]));
    if (opts.mode === 'replace') for (const spec of BACKUP_TABLES) await db.table(spec.name).clear();
    for (let i = 0; i < total; i++) {
      let batch: Batch;
      if ('memory' in source) batch = source.memory[i]!;
      else {
        const chunk = (await db.restoreStaging.get(source.seqs[i]!)) as RestoreChunk;
        batch = { table: chunk.table, rows: chunk.rows as Row[] };
      }
      const { table: name, rows } = batch;
      const spec = backupTable(name)!;
      const table = db.table(spec.name);
      summary[spec.name]!.incoming += rows.length;
      if (opts.mode === 'replace') {
        // The tables were just cleared: adding needs no look-up of an existing row. Two rows with
        // one key (a hand-edited file) fail here and roll everything back.
        await table.bulkAdd(rows);
        summary[spec.name]!.written += rows.length;
      } else {
        summary[spec.name]!.written += await mergeRows(spec, table, rows);
      }
      opts.onChunk?.(i + 1, total);
    }
    await db.restoreStaging.where('restoreId').equals(staged.restoreId).delete();
    const detail = `${opts.mode}: ${BACKUP_TABLES.map((t) => `${summary[t.name]!.written}/${summary[t.name]!.incoming} ${t.name}`).join(', ')}`;
    await db.audit.add({ ...opts.audit, kind: 'backup_restored', detail });
    return summary;
  });
}
