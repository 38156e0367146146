// One chart: an Observable Plot SVG with an accessible name and summary, a short "how it is
// counted", and the data table behind it (with its CSV) one click away. The SVG is built by Plot
// from numbers and translated labels; post text never reaches it.
import * as Plot from '@observablehq/plot';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import type { ReportTable } from '../../../lib/reports/report-tables';
import { DataTable } from '../data-table';
import { useChartTheme, type ChartTheme } from './chart-theme';

export interface PlotChartProps {
  /** Heading and accessible name. */
  title: string;
  how: string;
  /** One sentence a screen reader hears instead of the picture. */
  summary: string;
  /** Plot options for a given width and theme; null when there is nothing to draw. */
  spec(width: number, theme: ChartTheme): Plot.PlotOptions | null;
  table: ReportTable;
  empty?: ReactNode;
  figure: string;
}

export function PlotChart({ title, how, summary, spec, table, empty, figure }: PlotChartProps) {
  const { t } = useI18n();
  const theme = useChartTheme();
  const host = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(760);
  const titleId = useId();
  const summaryId = useId();

  useEffect(() => {
    const el = host.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = Math.floor(entry?.contentRect.width ?? 0);
      if (w > 200) setWidth((old) => (Math.abs(old - w) > 8 ? w : old));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const options = spec(width, theme);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    el.replaceChildren();
    if (!options) return;
    const svg = Plot.plot({ ...options, width, style: { background: 'transparent', color: theme.fg, fontSize: '12px', ...(options.style as object) } });
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', titleId);
    svg.setAttribute('aria-describedby', summaryId);
    el.append(svg);
    return () => svg.remove();
  });

  return (
    <figure className="rep-chart card" data-figure={figure}>
      <figcaption className="rep-chart-head">
        <h3 id={titleId}>{title}</h3>
        <p className="visually-hidden" id={summaryId}>
          {summary}
        </p>
      </figcaption>
      <div className="rep-plot" ref={host} hidden={!options} />
      {!options && <p className="muted small">{empty ?? t('rep.empty')}</p>}
      <details className="rep-how">
        <summary>{t('rep.how')}</summary>
        <p>{how}</p>
      </details>
      <details className="rep-data">
        <summary>{t('rep.dataTable')}</summary>
        <DataTable table={table} caption={title} />
      </details>
    </figure>
  );
}
