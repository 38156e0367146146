// Dashboard › Reports › Overview: the range's figures, charts and tables.
import { byAgentTable, byLabelTable } from '../../lib/reports/report-tables';
import { useI18n } from '../i18n';
import { AttainmentChart } from './charts/attainment-chart';
import { BacklogChart } from './charts/backlog-chart';
import { HeatmapChart } from './charts/heatmap-chart';
import { LabelMixChart } from './charts/label-mix-chart';
import { TopicsChart } from './charts/topics-chart';
import { ReportFrame } from './report-frame';
import { useReportContext } from './report-context';
import { SummaryFigures } from './summary-figures';
import { TableCard } from './table-card';

export function ReportsSection() {
  return <ReportFrame>{(settings) => <Overview goal={settings.attainmentGoal} />}</ReportFrame>;
}

function Overview({ goal }: { goal: number }) {
  const { t } = useI18n();
  const { report } = useReportContext();
  return (
    <>
      <SummaryFigures goal={goal} />
      <AttainmentChart goal={goal} />
      <TableCard title={t('rep.table.byLabel')} how={t('rep.how.byLabel')} table={byLabelTable(report)} />
      <TableCard title={t('rep.table.byAgent')} how={t('rep.how.byAgent')} table={byAgentTable(report)} empty={t('rep.agents.none')} />
      <BacklogChart />
      <LabelMixChart />
      <HeatmapChart />
      <TopicsChart />
    </>
  );
}
