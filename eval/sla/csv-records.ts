// CSV with a header row into checked records. csv-parse does the CSV itself (quoted fields with
// commas, doubled quotes and line breaks); this adds record-by-record validation with the line
// of the first bad record in the error. Uses Node's Buffer underneath: for scripts and tests.
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';

export class CsvRecordError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvRecordError';
  }
}

/**
 * Every record of `text` (header row first) parsed by `schema`. Records end at \n or \r\n
 * only, so a bare \r inside a field stays part of the text.
 */
export function readCsvRecords<S extends z.ZodType>(text: string, schema: S): z.output<S>[] {
  const rows = parse<{ record: Record<string, string>; info: { lines: number } }>(text, {
    columns: true,
    bom: true,
    info: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n'],
  });
  return rows.map(({ record, info }) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      throw new CsvRecordError(`CSV record ending on line ${info.lines}: ${where}${issue?.message ?? 'invalid'}`, info.lines);
    }
    return result.data;
  });
}
