// What can be wrong with a backup or a restore, as codes the page translates. Every failure of a
// restore ends as one of these, and none of them leaves the database changed.
export type BackupProblem =
  | { code: 'empty' }
  | { code: 'not_backup' }
  | { code: 'format_too_new'; format: number }
  | { code: 'schema_too_new'; schema: number }
  | { code: 'damaged' }
  | { code: 'not_text' }
  | { code: 'line_too_long'; line: number }
  | { code: 'bad_line'; line: number }
  | { code: 'unknown_table'; line: number; table: string }
  | { code: 'bad_row'; line: number; table: string; field: string; message: string }
  | { code: 'truncated' }
  | { code: 'count_mismatch'; table: string; expected: number; found: number }
  | { code: 'after_end'; line: number }
  | { code: 'not_allowed' }
  | { code: 'interrupted' }
  | { code: 'cancelled' }
  | { code: 'write_failed'; message: string };

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup: ${problem.code}`);
  }
}

export function toProblem(err: unknown): BackupProblem {
  if (err instanceof BackupError) return err.problem;
  if (err instanceof DOMException && err.name === 'AbortError') return { code: 'cancelled' };
  return { code: 'write_failed', message: err instanceof Error ? err.message : String(err) };
}
