// Mentions received per day (or week) and label: one row per label, so no colour is needed to
// tell them apart (small multiples rather than stacked bars).
import * as Plot from '@observablehq/plot';
import { useI18n } from '../../i18n';
import { LABELS } from '../../../lib/model';
import { labelMixTable } from '../../../lib/reports/report-tables';
import { useCellFormat } from '../cell-format';
import { PlotChart } from '../chart/plot-chart';
import { useReportContext } from '../report-context';

const DAY = 86_400_000;

export function LabelMixChart() {
  const { t } = useI18n();
  const f = useCellFormat();
  const { report } = useReportContext();
  const step = report.mix.unit === 'week' ? 7 * DAY : DAY;
  const bars = report.mix.rows.flatMap((row) => {
    const start = new Date(`${row.date}T00:00:00Z`);
    return LABELS.map((label) => ({ start, end: new Date(start.getTime() + step), label, name: t(`label.${label}`), count: row.counts[label] }));
  });
  const totals = LABELS.map((l) => ({ name: t(`label.${l}`), n: report.mix.rows.reduce((s, r) => s + r.counts[l], 0) }));
  return (
    <PlotChart
      figure="label-mix"
      title={t(report.mix.unit === 'week' ? 'rep.chart.mixWeekly' : 'rep.chart.mixDaily')}
      how={t('rep.how.mix')}
      summary={totals.map((x) => `${x.name}: ${f.count(x.n)}`).join('; ')}
      table={labelMixTable(report)}
      spec={(_width, theme) =>
        report.received === 0
          ? null
          : {
              height: 40 + LABELS.length * 34,
              marginLeft: 96,
              marginRight: 40,
              color: { type: 'identity' },
              x: { type: 'utc', label: null, tickFormat: (d: Date) => f.date(d.toISOString().slice(0, 10)), ticks: 6 },
              y: { axis: null },
              fy: { domain: LABELS.map((l) => t(`label.${l}`)), label: null, axis: 'left' },
              marks: [
                Plot.rectY(bars, { x1: 'start', x2: 'end', y: 'count', fy: 'name', fill: (d: (typeof bars)[number]) => theme.labels[d.label], insetLeft: 1, insetRight: 1 }),
                Plot.ruleY([0], { stroke: theme.border }),
                // Each row's total at its right end: the numbers stay readable without a y axis per row.
                Plot.text(totals, { fy: 'name', text: (d: (typeof totals)[number]) => f.count(d.n), frameAnchor: 'right', dx: 28, fill: theme.muted }),
              ],
            }
      }
    />
  );
}
