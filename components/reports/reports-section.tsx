// Dashboard › Reports › Overview: the range's figures, charts and tables.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { byAgentTable, byLabelTable } from '../../lib/reports/report-tables';
import { useI18n } from '../i18n';
import { ReportFrame } from './report-frame';
import { useReportContext } from './report-context';
import { SummaryFigures } from './summary-figures';
import { TableCard } from './table-card';

// Figures first, charts next: the charting library is fetched and parsed after the figures.
const ReportCharts = lazy(() => import('./report-charts'));

/** Draws its children once the figures above have been painted: charts take a few frames to build. */
function AfterPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame after this commit paints the figures; the charts start after that.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setReady(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready ? <>{children}</> : null;
}

function ChartsLoading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status" aria-label={t('rep.charts.loading')} aria-busy="true">
      {t('rep.charts.loading')}
    </p>
  );
}

export function ReportsSection() {
  return <ReportFrame>{(settings) => <Overview goal={settings.attainmentGoal} />}</ReportFrame>;
}

function Overview({ goal }: { goal: number }) {
  const { t } = useI18n();
  const { report } = useReportContext();
  // Read by the benchmark (scripts/bench/reports-scale.ts): the figures are on screen.
  useEffect(() => {
    const frame = requestAnimationFrame(() => performance.mark('careline:report-shown'));
    return () => cancelAnimationFrame(frame);
  }, [report]);
  return (
    <>
      <SummaryFigures goal={goal} />
      <TableCard title={t('rep.table.byLabel')} how={t('rep.how.byLabel')} table={byLabelTable(report)} />
      <TableCard title={t('rep.table.byAgent')} how={t('rep.how.byAgent')} table={byAgentTable(report)} empty={t('rep.agents.none')} />
      <AfterPaint>
        <Suspense fallback={<ChartsLoading />}>
          <ReportCharts goal={goal} />
        </Suspense>
      </AfterPaint>
    </>
  );
}
