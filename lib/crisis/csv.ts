// CSV for spreadsheets: RFC 4180 (CRLF records, fields quoted when they hold a comma, quote or
// line break, quotes doubled), a UTF-8 byte order mark so Excel reads accents, and cells that a
// spreadsheet would run as a formula (= + - @, tab, carriage return first) prefixed with an
// apostrophe: tweet text is untrusted.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
