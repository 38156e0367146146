// Restore, first half: reads the file line by line, upgrades and validates every row, and holds
// the valid rows without touching any real table. Up to a bound (MEMORY_STAGE_CHARS of JSON) the
// rows stay in memory: writing them once, in the commit, is what makes a 100,000-mention restore
// take seconds instead of a minute (every IndexedDB write counts, and staging doubled them). A
// larger file spills what it holds to the restoreStaging table and continues there in chunks, so
// memory stays bounded whatever the file's size. Any problem stops here, and the caller drops
// whatever was staged.
import type { CarelineDB } from '../db/database';
import { LATEST_VERSION } from '../db/schema';
import { BACKUP_FORMAT, BackupHeader, EndLine, RowLine } from './format';
import { readLines } from './lines';
import { BackupError, type BackupProblem } from './problems';
import { backupTable } from './tables';
import { reviveTyped } from './typed-json';
import { RowUpgrader } from './upgrade';

export const STAGE_CHUNK_ROWS = 1_000;
/**
 * Rows are kept in memory while the file's row lines total at most this many characters. A
 * 100,000-mention backup is 54 MB of JSON and its parsed rows raise the heap by about 95 MB
 * (docs/benchmarks.md); above this the rows go to IndexedDB instead (staged, then copied).
 */
export const MEMORY_STAGE_CHARS = 128 * 1024 * 1024;

type Row = Record<string, unknown>;

export interface Staged {
  restoreId: string;
  header: BackupHeader;
  /** Valid rows read per table (transient ones included, as the file counts them). */
  counts: Record<string, number>;
  /** The rows per table when they were held in memory; absent when they were staged in IndexedDB. */
  memory?: Map<string, Row[]>;
  /** Chunks staged in IndexedDB: the commit checks they are all still there. */
  chunks: number;
}

export interface StageOptions {
  signal?: AbortSignal;
  onBytes?(read: number): void;
  /** Characters of row lines kept in memory before spilling to IndexedDB (MEMORY_STAGE_CHARS). */
  memoryChars?: number;
}

/**
 * Lets the page run (paint the progress bar, take input) once a frame's worth of rows has been
 * checked. Needed because nothing else yields: the file's decompressed text is usually already
 * there, so reading it resolves without ever leaving the task, and held rows are not written
 * until the commit (at 100,000 mentions the whole check was one task of 10–20 s without this).
 */
function pageYielder(budgetMs = 16): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
}

const fail = (problem: BackupProblem): never => {
  throw new BackupError(problem);
};

function parseLine(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fail({ code: 'bad_line', line });
  }
}

function checkHeader(json: unknown): BackupHeader {
  const h = BackupHeader.safeParse(json);
  if (!h.success) {
    const claimed = json as { careline?: unknown; format?: unknown } | null;
    // A later Careline may change the header itself; its format number still says so.
    if (claimed?.careline === 'backup' && typeof claimed.format === 'number' && claimed.format > BACKUP_FORMAT) {
      fail({ code: 'format_too_new', format: claimed.format });
    }
    fail({ code: 'not_backup' });
  }
  const header = h.data!;
  if (header.format > BACKUP_FORMAT) fail({ code: 'format_too_new', format: header.format });
  if (header.schema > LATEST_VERSION) fail({ code: 'schema_too_new', schema: header.schema });
  return header;
}

export async function stageBackup(db: CarelineDB, file: Blob, restoreId: string, opts: StageOptions = {}): Promise<Staged> {
  const bound = opts.memoryChars ?? MEMORY_STAGE_CHARS;
  let header: BackupHeader | undefined;
  let end: Record<string, number> | undefined;
  let upgrader: RowUpgrader | undefined;
  const counts: Record<string, number> = {};
  // Rows not yet written to the staging table, per table; all of them while in memory.
  const buffers = new Map<string, Row[]>();
  let inMemory = true;
  let chars = 0;
  let chunks = 0;
  let line = 0;
  const yieldToPage = pageYielder();

  const flush = async (table: string) => {
    const rows = buffers.get(table);
    if (!rows?.length) return;
    buffers.set(table, []);
    for (let i = 0; i < rows.length; i += STAGE_CHUNK_ROWS) {
      await db.restoreStaging.add({ restoreId, table, rows: rows.slice(i, i + STAGE_CHUNK_ROWS) });
      chunks++;
    }
  };

  for await (const text of readLines(file, opts.onBytes)) {
    line++;
    await yieldToPage();
    opts.signal?.throwIfAborted();
    if (text.trim() === '') continue;
    if (end) fail({ code: 'after_end', line });
    const json = parseLine(text, line);
    if (!header) {
      header = checkHeader(json);
      upgrader = new RowUpgrader(header.schema);
      continue;
    }
    if (json && typeof json === 'object' && 'end' in json) {
      const e = EndLine.safeParse(json);
      end = e.success ? e.data.end : fail({ code: 'bad_line', line });
      continue;
    }
    const parsed = RowLine.safeParse(json);
    if (!parsed.success) fail({ code: 'bad_line', line });
    const { t: table, r } = parsed.data!;
    const spec = backupTable(table) ?? fail({ code: 'unknown_table', line, table });
    let row: Row;
    try {
      row = spec.parse(upgrader!.upgrade(table, spec.typed ? reviveTyped(r) : r));
    } catch (err) {
      const issue = (err as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
      fail({ code: 'bad_row', line, table, field: issue?.path.map(String).join('.') ?? '', message: issue?.message ?? String(err) });
    }
    counts[table] = (counts[table] ?? 0) + 1;
    upgrader!.observe(table, row!);
    if (spec.transientKeys?.includes(row!.key as string)) continue;
    const buffer = buffers.get(table) ?? [];
    buffers.set(table, buffer);
    buffer.push(row!);
    if (inMemory) {
      chars += text.length;
      if (chars > bound) {
        // Too big to hold: what is held so far goes to IndexedDB, and the rest follows in chunks.
        inMemory = false;
        for (const name of [...buffers.keys()]) await flush(name);
      }
    } else if (buffer.length >= STAGE_CHUNK_ROWS) {
      await flush(table);
    }
  }

  if (!header) fail({ code: 'empty' });
  if (!end) fail({ code: 'truncated' });
  for (const table of new Set([...Object.keys(end!), ...Object.keys(counts)])) {
    const expected = end![table] ?? 0;
    const found = counts[table] ?? 0;
    if (expected !== found) fail({ code: 'count_mismatch', table, expected, found });
  }
  if (inMemory) return { restoreId, header: header!, counts, memory: buffers, chunks: 0 };
  for (const table of [...buffers.keys()]) await flush(table);
  return { restoreId, header: header!, counts, chunks };
}
