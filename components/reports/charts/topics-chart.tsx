// What complaints talk about: the words most complaints use. Words come from posts: Plot writes
// them as SVG text, never as markup.
import * as Plot from '@observablehq/plot';
import { useI18n } from '../../i18n';
import { topicsTable } from '../../../lib/reports/report-tables';
import { useCellFormat } from '../cell-format';
import { PlotChart } from '../chart/plot-chart';
import { useReportContext } from '../report-context';

export function TopicsChart() {
  const { t } = useI18n();
  const f = useCellFormat();
  const { report } = useReportContext();
  const rows = report.topics;
  return (
    <PlotChart
      figure="topics"
      title={t('rep.chart.topics')}
      how={t('rep.how.topics', { n: f.count(report.complaints) })}
      summary={rows.map((r) => `${r.term}: ${f.count(r.count)}`).join('; ')}
      table={topicsTable(report)}
      empty={t('rep.topics.none')}
      spec={(_width, theme) =>
        rows.length === 0
          ? null
          : {
              height: 30 + rows.length * 24,
              marginLeft: 120,
              marginRight: 48,
              x: { label: t('rep.axis.complaints'), grid: true },
              y: { domain: rows.map((r) => r.term), label: null },
              marks: [
                Plot.barX(rows, { x: 'count', y: 'term', fill: theme.labels.complaint, insetTop: 3, insetBottom: 3 }),
                Plot.text(rows, { x: 'count', y: 'term', text: (d: (typeof rows)[number]) => f.count(d.count), dx: 6, textAnchor: 'start', fill: theme.fg }),
              ],
            }
      }
    />
  );
}
