// Saving a file the page made (a CSV, a backup) to the agent's disk through the browser's own
// download: a Blob behind an object URL, clicked as a link. Nothing leaves the machine.
import { csvText, CSV_MIME } from '../../lib/csv/csv-writer';
import { csvRows, type ReportTable } from '../../lib/reports/report-tables';

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; give the browser time before letting go of the data.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A report table as CSV, with the stable English column ids as its header. */
export function tableCsv(table: ReportTable): Blob {
  return new Blob([csvText({ header: table.columns.map((c) => c.id), rows: csvRows(table) })], { type: CSV_MIME });
}

export const csvFileName = (what: string, fromDate: string, toDate: string) => `careline-${what}-${fromDate}_${toDate}.csv`;
