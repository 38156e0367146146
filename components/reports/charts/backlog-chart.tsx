// Mentions still waiting for an answer, by how long they have waited.
import * as Plot from '@observablehq/plot';
import { useI18n } from '../../i18n';
import { backlogTable } from '../../../lib/reports/report-tables';
import { useCellFormat } from '../cell-format';
import { PlotChart } from '../chart/plot-chart';
import { useReportContext } from '../report-context';

export function BacklogChart() {
  const { t } = useI18n();
  const f = useCellFormat();
  const { report } = useReportContext();
  const rows = report.backlog.map((b) => ({ name: t(`rep.age.${b.bucket}`), total: b.total }));
  const waiting = rows.reduce((n, r) => n + r.total, 0);
  return (
    <PlotChart
      figure="backlog"
      title={t('rep.chart.backlog')}
      how={t('rep.how.backlog')}
      summary={rows.map((r) => `${r.name}: ${f.count(r.total)}`).join('; ')}
      table={backlogTable(report)}
      empty={t('rep.backlog.none')}
      spec={(_width, theme) =>
        waiting === 0
          ? null
          : {
              height: 200,
              marginLeft: 40,
              x: { domain: rows.map((r) => r.name), label: null },
              y: { label: t('rep.axis.mentions'), grid: true },
              marks: [
                Plot.barY(rows, { x: 'name', y: 'total', fill: theme.accent, insetLeft: 6, insetRight: 6 }),
                Plot.text(rows, { x: 'name', y: 'total', text: (d: (typeof rows)[number]) => f.count(d.total), dy: -8, fill: theme.fg }),
                Plot.ruleY([0], { stroke: theme.border }),
              ],
            }
      }
    />
  );
}
