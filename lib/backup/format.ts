// A backup file: UTF-8 JSON Lines, gzip-compressed. The first line says what it is, one line per
// row follows (tables in BACKUP_TABLES order), and the last line counts the rows: a file that
// stops early has no such line, or counts that disagree, and is refused as truncated.
//
//   {"careline":"backup","format":1,"schema":3,"exportedAt":"2026-12-01T09:00:00.000Z","tables":{"settings":1,…}}
//   {"t":"mentions","r":{…one mention…}}
//   {"end":{"settings":1,"triageModel":1,"templates":24,"audit":5120,"mentions":100000}}
import { z } from 'zod';

/** The file layout; a Careline that reads format N reads every format up to N. */
export const BACKUP_FORMAT = 1;
export const BACKUP_EXTENSION = '.careline-backup.jsonl.gz';

const Counts = z.record(z.string().max(64), z.number().int().nonnegative());

export const BackupHeader = z.object({
  careline: z.literal('backup'),
  format: z.number().int().positive(),
  /** The database schema version the rows were written with (lib/db/schema.ts). */
  schema: z.number().int().positive(),
  exportedAt: z.iso.datetime(),
  /** Rows per table when the export began. */
  tables: Counts,
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const RowLine = z.object({ t: z.string().max(64), r: z.unknown() });
export const EndLine = z.object({ end: Counts });

export function backupFileName(now: number): string {
  return `careline-${new Date(now).toISOString().slice(0, 10)}${BACKUP_EXTENSION}`;
}
