// The headline figures of the range: received, answered, response rate, first response median
// and p90, SLA attainment against the goal, and praise apart with its own "thank within" goal.
import { useI18n } from '../i18n';
import { formatDuration } from '../../lib/sla';
import { useFormatLocale } from '../format-locale';
import { useCellFormat } from './cell-format';
import { FigureCard } from './figure-card';
import { useReportContext } from './report-context';

export function SummaryFigures({ goal }: { goal: number }) {
  const { t } = useI18n();
  const locale = useFormatLocale();
  const f = useCellFormat();
  const { report, params } = useReportContext();
  const r = report.response;
  const p = report.praise;
  const labels = report.responseLabels.map((l) => t(`label.${l}`)).join(', ');
  const praiseGoal = params.policy.targets.praise;
  const tone = r.attainment === null ? undefined : r.attainment >= goal ? 'ok' : r.attainment >= goal - 0.1 ? 'warn' : 'bad';
  return (
    <div className="rep-figures">
      <FigureCard
        id="received" name={t('rep.fig.received')} value={f.count(report.received)} raw={report.received}
        detail={t('rep.fig.receivedDetail', { expected: f.count(r.received), praise: f.count(p.received) })} how={t('rep.how.received')}
      />
      <FigureCard
        id="answered" name={t('rep.fig.answered')} value={f.count(r.answered)} raw={r.answered}
        detail={t('rep.fig.answeredDetail', { waiting: f.count(r.waiting), notNeeded: f.count(r.notNeeded) })} how={t('rep.how.answered', { labels })}
      />
      <FigureCard id="response-rate" name={t('rep.fig.rate')} value={f.percent(r.responseRate)} raw={r.responseRate} how={t('rep.how.rate', { labels })} />
      <FigureCard id="frt-median" name={t('rep.fig.median')} value={f.duration(r.medianMs)} raw={r.medianMs} how={t('rep.how.median')} />
      <FigureCard id="frt-p90" name={t('rep.fig.p90')} value={f.duration(r.p90Ms)} raw={r.p90Ms} how={t('rep.how.p90')} />
      <FigureCard
        id="attainment" name={t('rep.fig.attainment')} value={f.percent(r.attainment)} raw={r.attainment} tone={tone}
        detail={t('rep.fig.attainmentDetail', { met: f.count(r.met), missed: f.count(r.missed), pending: f.count(r.pending), goal: f.percent(goal) })}
        how={t('rep.how.attainment')}
      />
      <FigureCard
        id="praise" name={t('rep.fig.praise')} value={f.percent(p.attainment)} raw={p.attainment}
        detail={t('rep.fig.praiseDetail', {
          thanked: f.count(p.answered), received: f.count(p.received),
          within: praiseGoal === null ? '–' : formatDuration(praiseGoal * 60_000, locale),
        })}
        how={t('rep.how.praise')}
      />
    </div>
  );
}
