// A restore problem in the agent's language.
import type { MessageKey, Translate } from '../../lib/i18n/translate';
import type { BackupProblem } from '../../lib/backup/problems';

export function problemText(t: Translate, p: BackupProblem): string {
  const { code, ...params } = p;
  const named = 'table' in params ? { ...params, table: tableName(t, params.table) } : params;
  return t(`bak.problem.${code}` as MessageKey, named as Record<string, string | number>);
}

const NAMED_TABLES = ['settings', 'triageModel', 'templates', 'audit', 'mentions'];

/** A table's name for people; a table added later shows its own name until it gets one. */
export function tableName(t: Translate, table: string): string {
  return NAMED_TABLES.includes(table) ? t(`bak.table.${table}` as MessageKey) : table;
}
