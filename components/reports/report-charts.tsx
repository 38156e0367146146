// The Overview's charts, each with its data table: a chunk of their own with the charting library
// (Observable Plot and its d3 parts, about a quarter of the dashboard's code), fetched after the
// figures are on screen (reports-section.tsx).
import { AttainmentChart } from './charts/attainment-chart';
import { BacklogChart } from './charts/backlog-chart';
import { HeatmapChart } from './charts/heatmap-chart';
import { LabelMixChart } from './charts/label-mix-chart';
import { TopicsChart } from './charts/topics-chart';

export default function ReportCharts({ goal }: { goal: number }) {
  return (
    <>
      <AttainmentChart goal={goal} />
      <BacklogChart />
      <LabelMixChart />
      <HeatmapChart />
      <TopicsChart />
    </>
  );
}
