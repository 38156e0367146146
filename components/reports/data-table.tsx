// A report table as an HTML table (behind every chart, and the tables that stand alone), with a
// button that saves the same rows as CSV.
import { useI18n } from '../i18n';
import type { ReportTable } from '../../lib/reports/report-tables';
import { useCellFormat } from './cell-format';
import { downloadBlob } from '../download';
import { tableCsv } from './table-csv';
import { useReportContext } from './report-context';

export function DataTable({ table, caption }: { table: ReportTable; caption: string }) {
  const { t } = useI18n();
  const f = useCellFormat();
  const { fileName } = useReportContext();
  return (
    <div className="rep-table-wrap">
      <table className="table rep-table" data-table={table.id}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.id} scope="col" className={c.kind === 'text' || c.kind === 'label' || c.kind === 'date' ? undefined : 'num'}>
                {f.title(c.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, i) => {
                const column = table.columns[i]!;
                const text = f.cell(column, value);
                return i === 0 ? (
                  <th key={column.id} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={column.id} className="num">
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn btn-small rep-csv" onClick={() => downloadBlob(tableCsv(table), fileName(table.id))}>
        {t('rep.csv.table', { name: caption })}
      </button>
    </div>
  );
}
