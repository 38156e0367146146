// Live charts of an incident with Observable Plot (SVG: prints sharply on the report, renders
// without a canvas, and each chart gets an accessible name and description).
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import { isNegative } from '../../lib/crisis/negative';
import { perMinute } from '../../lib/crisis/report';
import { isClosed, type Mention } from '../../lib/model';
import { firstResponseAt } from '../../lib/sla';
import { useI18n } from '../i18n';

const MINUTE = 60_000;
const NEGATIVE = '#f4212e';
const STYLE = { background: 'transparent', color: 'inherit', fontSize: '12px' };

function PlotBox({ make, label, description }: { make(width: number): SVGSVGElement | HTMLElement; label: string; description: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // As wide as its column, so the axis text keeps its size instead of being scaled down.
    const chart = make(Math.max(280, Math.floor(el.clientWidth) || 640));
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [make]);
  return (
    <figure className="chart">
      <figcaption>{label}</figcaption>
      <div ref={ref} role="img" aria-label={label} aria-description={description} />
    </figure>
  );
}

export function IncidentCharts({ mentions, now }: { mentions: readonly Mention[]; now: number }) {
  const { t } = useI18n();
  if (!mentions.length) return <p className="muted">{t('crisis.chart.empty')}</p>;
  const volume = perMinute(mentions).map(([at, n]) => ({ at: new Date(at), n }));
  const negativeShare = perMinute(mentions.filter((m) => isNegative(m.label, m.reasons))).map(([at, neg]) => ({
    at: new Date(at),
    share: neg / (volume.find((v) => v.at.getTime() === at)?.n ?? neg),
  }));
  const maxN = Math.max(...volume.map((v) => v.n));
  // Open against handled at each minute from the first mention to now.
  const first = Math.floor(mentions[0]!.postedAt / MINUTE) * MINUTE;
  const step = Math.max(MINUTE, Math.ceil((now - first) / 120 / MINUTE) * MINUTE);
  const backlog: { at: Date; state: string; n: number }[] = [];
  for (let at = first; at <= now + step; at += step) {
    let open = 0;
    let handled = 0;
    for (const m of mentions) {
      if (m.postedAt > at) continue;
      const done = firstResponseAt(m) ?? (isClosed(m.status) ? m.updatedAt : undefined);
      if (done !== undefined && done <= at) handled++;
      else open++;
    }
    backlog.push({ at: new Date(at), state: 'open', n: open }, { at: new Date(at), state: 'handled', n: handled });
  }
  const responses = mentions.flatMap((m) => {
    const at = firstResponseAt(m);
    return at === undefined ? [] : [{ at: new Date(m.postedAt), minutes: Math.max(0, at - m.postedAt) / MINUTE }];
  });
  return (
    <div className="charts">
      <PlotBox
        label={t('crisis.chart.volume')}
        description={t('crisis.chart.volumeDesc')}
        make={(width) =>
          Plot.plot({
            width,
            height: 180,
            style: STYLE,
            x: { type: 'utc', label: null },
            y: { label: null, grid: true },
            marks: [
              Plot.rectY(volume, { x: 'at', y: 'n', interval: 'minute', fill: 'currentColor', fillOpacity: 0.5 }),
              Plot.lineY(negativeShare, { x: 'at', y: (d: { share: number }) => d.share * maxN, stroke: NEGATIVE, strokeWidth: 2 }),
              Plot.ruleY([0]),
            ],
          })
        }
      />
      <PlotBox
        label={t('crisis.chart.handled')}
        description={t('crisis.chart.handledDesc')}
        make={(width) =>
          Plot.plot({
            width,
            height: 160,
            style: STYLE,
            x: { type: 'utc', label: null },
            y: { label: null, grid: true },
            color: { domain: ['open', 'handled'], range: [NEGATIVE, '#00ba7c'], legend: true },
            marks: [Plot.lineY(backlog, { x: 'at', y: 'n', stroke: 'state', strokeWidth: 2 }), Plot.ruleY([0])],
          })
        }
      />
      <PlotBox
        label={t('crisis.chart.response')}
        description={t('crisis.chart.responseDesc')}
        make={(width) =>
          Plot.plot({
            width,
            height: 160,
            style: STYLE,
            x: { type: 'utc', label: null },
            y: { label: null, grid: true },
            marks: [Plot.dot(responses, { x: 'at', y: 'minutes', fill: 'currentColor', r: 3 }), Plot.ruleY([0])],
          })
        }
      />
    </div>
  );
}
