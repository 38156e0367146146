// Mentions received by hour of the day and weekday: darker is busier, and every cell carries its
// count, so the chart reads without colour.
import * as Plot from '@observablehq/plot';
import { useI18n } from '../../i18n';
import { heatmapTable, WEEKDAYS } from '../../../lib/reports/report-tables';
import { useCellFormat } from '../cell-format';
import { PlotChart } from '../chart/plot-chart';
import { useReportContext } from '../report-context';

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

export function HeatmapChart() {
  const { t } = useI18n();
  const f = useCellFormat();
  const { report } = useReportContext();
  const days = WEEKDAYS.map((d) => t(`rep.weekdayShort.${d}`));
  const cells = report.heatmap.map((count, i) => ({ day: days[Math.floor(i / 24)]!, hour: HOURS[i % 24]!, count }));
  const max = Math.max(1, ...report.heatmap);
  const busiest = cells.reduce((a, b) => (b.count > a.count ? b : a), cells[0]!);
  return (
    <PlotChart
      figure="heatmap"
      title={t('rep.chart.heatmap')}
      how={t('rep.how.heatmap', { zone: report.timeZone })}
      summary={t('rep.heatmap.summary', { day: busiest.day, hour: busiest.hour, n: f.count(busiest.count) })}
      table={heatmapTable(report)}
      spec={(_width, theme) =>
        report.received === 0
          ? null
          : {
              height: 36 + 7 * 30,
              marginLeft: 44,
              padding: 0,
              color: { type: 'identity' },
              opacity: { type: 'identity' },
              x: { domain: HOURS, label: null },
              y: { domain: days, label: null },
              marks: [
                Plot.cell(cells, { x: 'hour', y: 'day', fill: theme.border, fillOpacity: 0.25, inset: 1, rx: 3 }),
                Plot.cell(cells, { x: 'hour', y: 'day', fill: theme.accent, fillOpacity: (d: (typeof cells)[number]) => d.count / max, inset: 1, rx: 3 }),
                Plot.text(cells, {
                  x: 'hour', y: 'day', text: (d: (typeof cells)[number]) => (d.count ? f.count(d.count) : ''),
                  fill: (d: (typeof cells)[number]) => (d.count / max > 0.55 ? '#ffffff' : theme.fg), fontSize: 10,
                }),
              ],
            }
      }
    />
  );
}
