// Report tables as CSV files, and their names.
import { csvText, CSV_MIME } from '../../lib/csv/csv-writer';
import { csvRows, type ReportTable } from '../../lib/reports/report-tables';

/** A report table as CSV, with the stable English column ids as its header. */
export function tableCsv(table: ReportTable): Blob {
  return new Blob([csvText({ header: table.columns.map((c) => c.id), rows: csvRows(table) })], { type: CSV_MIME });
}

export const csvFileName = (what: string, fromDate: string, toDate: string) => `careline-${what}-${fromDate}_${toDate}.csv`;
