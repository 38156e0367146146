// SLA attainment per label with a target (praise with its own goal), against the team's goal.
import * as Plot from '@observablehq/plot';
import { useI18n } from '../../i18n';
import { byLabelTable } from '../../../lib/reports/report-tables';
import { useCellFormat } from '../cell-format';
import { PlotChart } from '../chart/plot-chart';
import { useReportContext } from '../report-context';

export function AttainmentChart({ goal }: { goal: number }) {
  const { t } = useI18n();
  const f = useCellFormat();
  const { report } = useReportContext();
  const rows = report.byLabel
    .filter((r) => r.targetMinutes !== null)
    .map((r) => ({ name: t(`label.${r.label}`), label: r.label, value: r.attainment === null ? null : r.attainment * 100, text: f.percent(r.attainment) }));
  const drawn = rows.filter((r) => r.value !== null);
  return (
    <PlotChart
      figure="attainment-by-label"
      title={t('rep.chart.attainment')}
      how={t('rep.how.attainmentByLabel')}
      summary={rows.map((r) => `${r.name}: ${r.text}`).join('; ')}
      table={byLabelTable(report)}
      spec={(_width, theme) =>
        drawn.length === 0
          ? null
          : {
              height: 36 + rows.length * 30,
              marginLeft: 96,
              marginRight: 48,
              color: { type: 'identity' },
              x: { domain: [0, 100], label: t('rep.axis.percent'), grid: true },
              y: { domain: rows.map((r) => r.name), label: null },
              marks: [
                Plot.barX(drawn, { x: 'value', y: 'name', fill: (d: (typeof rows)[number]) => theme.labels[d.label], insetTop: 4, insetBottom: 4 }),
                Plot.ruleX([goal * 100], { stroke: theme.fg, strokeDasharray: '4,3' }),
                Plot.text(rows, { x: (d: (typeof rows)[number]) => d.value ?? 0, y: 'name', text: 'text', dx: 6, textAnchor: 'start', fill: theme.fg }),
                Plot.text([goal * 100], { x: (d: number) => d, frameAnchor: 'top', dy: -2, text: () => t('rep.chart.goal', { goal: f.percent(goal) }), fill: theme.muted }),
              ],
            }
      }
    />
  );
}
