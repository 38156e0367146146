// Reads a file written by lib/csv back into records, as a spreadsheet would, and undoes the
// formula neutralisation (one leading apostrophe), so tests can compare cells with the database.
import { parse } from 'csv-parse/sync';

export function readCsv(text: string): Record<string, string>[] {
  const records = parse(text, { bom: true, columns: true, relax_column_count: false, record_delimiter: '\r\n' }) as Record<string, string>[];
  return records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.startsWith("'") ? v.slice(1) : v])));
}
