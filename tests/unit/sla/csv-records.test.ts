import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CsvRecordError, readCsvRecords } from '../../../eval/sla/csv-records';

const Row = z.object({ id: z.string().regex(/^\d+$/), text: z.string() });

describe('readCsvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const csv = 'id,text\n1,plain\n2,"a, b"\n3,"she said ""hi"""\n4,"two\nlines"\n';
    expect(readCsvRecords(csv, Row)).toEqual([
      { id: '1', text: 'plain' },
      { id: '2', text: 'a, b' },
      { id: '3', text: 'she said "hi"' },
      { id: '4', text: 'two\nlines' },
    ]);
  });

  it('ends records at CRLF and keeps a bare CR inside a field as text', () => {
    const csv = 'id,text\r\n1,first\r\n2,carriage\rreturn\r\n3,"quoted\r\nbreak"\r\n';
    expect(readCsvRecords(csv, Row)).toEqual([
      { id: '1', text: 'first' },
      { id: '2', text: 'carriage\rreturn' },
      { id: '3', text: 'quoted\r\nbreak' },
    ]);
  });

  it('drops a byte-order mark from the header', () => {
    expect(readCsvRecords('\uFEFFid,text\n7,x\n', Row)).toEqual([{ id: '7', text: 'x' }]);
  });

  it('names the line of the first record the schema rejects', () => {
    const csv = 'id,text\n1,ok\n2,"multi\nline"\nx,bad\n';
    try {
      readCsvRecords(csv, Row);
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(CsvRecordError);
      expect((e as CsvRecordError).line).toBe(5);
      expect((e as Error).message).toMatch(/line 5: id:/);
    }
  });

  it('rejects a record with the wrong number of fields', () => {
    expect(() => readCsvRecords('id,text\n1,a,extra\n', Row)).toThrow();
  });
});
