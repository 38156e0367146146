import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, csvRecord, csvText, neutralise } from '../../../lib/csv/csv-writer';
import { readCsv } from './read-csv';

describe('CSV writer (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes; ends records with CRLF', () => {
    expect(csvRecord(['a', 'b,c', 'say "hi"', 'two\nlines', 'cr\rhere'])).toBe('a,"b,c","say ""hi""","two\nlines","cr\rhere"\r\n');
    expect(csvRecord([])).toBe('\r\n');
  });

  it('writes numbers and booleans plainly, empty for null, undefined and non-finite numbers', () => {
    expect(csvRecord([0, -12.5, 692.25, true, false, null, undefined, Number.NaN, Infinity])).toBe('0,-12.5,692.25,true,false,,,,\r\n');
  });

  it('starts the file with a UTF-8 byte order mark and a header', () => {
    const text = csvText({ header: ['id', 'text'], rows: [['1', 'Čekam već 3 sata 😡']] });
    expect(text.startsWith(CSV_BOM + 'id,text\r\n')).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it.each(['=HYPERLINK("http://evil.example","click")', '+1+2', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', '＝1+1', "'quoted"])(
    'neutralises %j so no spreadsheet runs it',
    (risky) => {
      const field = csvField(risky);
      const cell = (parse(field + "\r\n", { record_delimiter: "\r\n" }) as string[][])[0]![0]!;
      expect(cell.startsWith("'")).toBe(true);
      expect(cell.slice(1)).toBe(risky);
    },
  );

  it('leaves ordinary text alone, including text with a risky character later on', () => {
    expect(neutralise('my bill = 2x what it was')).toBe('my bill = 2x what it was');
    expect(neutralise('2024-01-01')).toBe('2024-01-01');
    expect(csvField('')).toBe('');
  });

  it('round-trips through a standard CSV parser, neutralisation undone', () => {
    const rows = [
      ['1', '=cmd|" /C calc"!A0', 'line\r\nbreak, "quoted"'],
      ['2', "'already", '@user -1'],
      ['3', '', '😀 emoji, č ž š'],
    ];
    const back = readCsv(csvText({ header: ['id', 'a', 'b'], rows }));
    expect(back).toEqual(rows.map(([id, a, b]) => ({ id, a, b })));
  });
});
