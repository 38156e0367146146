// A report table that stands on its own (per label, per agent): heading, "how it is counted",
// the table and its CSV.
import { useId } from 'react';
import type { ReportTable } from '../../lib/reports/report-tables';
import { useI18n } from '../i18n';
import { DataTable } from './data-table';

interface Props {
  title: string;
  how: string;
  table: ReportTable;
  empty?: string;
  /** Long tables (168 staffing hours) open on demand. */
  collapsed?: boolean;
}

export function TableCard({ title, how, table, empty, collapsed }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="rep-table-card card" aria-labelledby={id} data-figure={table.id}>
      <h3 id={id}>{title}</h3>
      {table.rows.length === 0 && empty ? (
        <p className="muted small">{empty}</p>
      ) : collapsed ? (
        <details className="rep-data">
          <summary>{t('rep.dataTable')}</summary>
          <DataTable table={table} caption={title} />
        </details>
      ) : (
        <DataTable table={table} caption={title} />
      )}
      <details className="rep-how">
        <summary>{t('rep.how')}</summary>
        <p>{how}</p>
      </details>
    </section>
  );
}
