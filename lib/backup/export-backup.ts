// Writes the whole database into one backup file, streamed: tables are read a chunk at a time by
// primary key (the next chunk is read while the last is written out), each chunk becomes JSON
// lines, gzip compresses as they come and the browser keeps the result as a Blob. Memory holds
// two chunks, never the database.
//
// Chunks are separate read transactions: a mention changed while the export runs is saved as it
// was when its chunk was read (each row is whole; the file is not a single-instant snapshot).
import type { IndexableType, Table } from 'dexie';
import type { CarelineDB } from '../db/database';
import { LATEST_VERSION } from '../db/schema';
import { BACKUP_FORMAT, type BackupHeader } from './format';
import { BACKUP_TABLES, type BackupTable } from './tables';
import { typedReplacer } from './typed-json';

export interface ExportOptions {
  now: number;
  signal?: AbortSignal;
  /** Rows written so far and rows counted when the export began. */
  onProgress?(rows: number, total: number): void;
  chunkRows?: number;
}

export interface ExportResult {
  blob: Blob;
  counts: Record<string, number>;
}

export const BACKUP_MIME = 'application/gzip';

async function* tableChunks(table: Table, size: number): AsyncGenerator<Record<string, unknown>[]> {
  const keyPath = table.schema.primKey.keyPath as string;
  const read = (after: IndexableType | undefined) =>
    ((after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(size).toArray() as Promise<Record<string, unknown>[]>);
  let next = read(undefined);
  try {
    for (;;) {
      const rows = await next;
      if (rows.length === 0) return;
      if (rows.length < size) {
        yield rows;
        return;
      }
      // The next chunk is read while this one is written out: the database works while the page
      // turns rows into lines and gzip compresses them.
      next = read(rows[rows.length - 1]![keyPath] as IndexableType);
      yield rows;
    }
  } finally {
    // Stopped early (cancelled): a read still under way has nobody to report its failure to.
    next.catch(() => undefined);
  }
}

function lineOf(spec: BackupTable, row: Record<string, unknown>): string {
  if (spec.derivedFields) {
    row = { ...row };
    for (const f of spec.derivedFields) delete row[f];
  }
  return JSON.stringify({ t: spec.name, r: row }, spec.typed ? typedReplacer : undefined) + '\n';
}

export async function exportBackup(db: CarelineDB, opts: ExportOptions): Promise<ExportResult> {
  const size = opts.chunkRows ?? 1_000;
  const total: Record<string, number> = {};
  for (const spec of BACKUP_TABLES) total[spec.name] = await db.table(spec.name).count();
  const grandTotal = Object.values(total).reduce((a, b) => a + b, 0);
  const counts: Record<string, number> = Object.fromEntries(BACKUP_TABLES.map((t) => [t.name, 0]));
  const header: BackupHeader = {
    careline: 'backup', format: BACKUP_FORMAT, schema: LATEST_VERSION, exportedAt: new Date(opts.now).toISOString(), tables: total,
  };

  async function* lines(): AsyncGenerator<string> {
    yield JSON.stringify(header) + '\n';
    let written = 0;
    for (const spec of BACKUP_TABLES) {
      for await (const rows of tableChunks(db.table(spec.name), size)) {
        opts.signal?.throwIfAborted();
        let text = '';
        for (const row of rows) {
          if (spec.transientKeys?.includes(row.key as string)) continue;
          text += lineOf(spec, row);
          counts[spec.name]!++;
        }
        written += rows.length;
        opts.onProgress?.(written, grandTotal);
        yield text;
      }
    }
    yield JSON.stringify({ end: counts }) + '\n';
  }

  const source = lines();
  const text = new ReadableStream<string>({
    async pull(controller) {
      const next = await source.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await source.return(undefined);
    },
  });
  const gz = text.pipeThrough(new TextEncoderStream()).pipeThrough(new CompressionStream('gzip'));
  const blob = await new Response(gz).blob();
  return { blob: new Blob([blob], { type: BACKUP_MIME }), counts };
}
