// CSV as RFC 4180 writes it (comma-separated, CRLF between records, fields with a comma, quote or
// line break in double quotes, quotes doubled), plus what spreadsheets need to be safe: the file
// starts with a UTF-8 byte order mark so Excel reads it as UTF-8, and no text cell can run as a
// formula (OWASP "CSV injection"). Numbers are written as numbers; only text is neutralised.

export const CSV_BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';
const EOL = '\r\n';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * A text cell a spreadsheet would read as a formula or a command: = + - @ (and their full-width
 * forms, which some spreadsheets fold), tab and carriage return. A leading apostrophe is also
 * escaped, so the neutralisation can be undone exactly: strip one leading apostrophe.
 */
const RISKY_START = /^[=+\-@\t\r＝＋－＠']/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text as it must appear in a cell so that no spreadsheet runs it. */
export function neutralise(text: string): string {
  return RISKY_START.test(text) ? `'${text}` : text;
}

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    text = String(value);
  } else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else text = neutralise(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, ending with CRLF. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + EOL;
}

export interface CsvTable {
  header: readonly string[];
  rows: Iterable<readonly CsvValue[]>;
}

/** A whole file as text: BOM, header, one record per row. */
export function csvText(table: CsvTable): string {
  const parts = [CSV_BOM, csvRecord(table.header)];
  for (const row of table.rows) parts.push(csvRecord(row));
  return parts.join('');
}
