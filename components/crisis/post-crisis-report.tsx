// The post-crisis report: figures computed from the stored mentions and log, the charts, the
// timeline, and the team's evaluation. Print-friendly (window.print → PDF) and CSV of the mentions.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import type { CarelineDB } from '../../lib/db/database';
import { incidentMentionsCsv } from '../../lib/crisis/mentions-csv';
import { postCrisisReport, type SentimentSpan } from '../../lib/crisis/report';
import type { Settings } from '../../lib/model';
import { formatDuration } from '../../lib/sla';
import { useI18n } from '../i18n';
import { useFormatLocale } from '../format-locale';
import { IncidentCharts } from './incident-charts';
import { stepTitle } from './step-title';
import type { IncidentData } from './use-crisis-data';

const DAY = 86_400_000;

export function PostCrisisReport(props: { data: IncidentData; database: CarelineDB; settings: Settings; now: number; canEdit: boolean; onSaveReview(review: { wentWell: string; toImprove: string }): void }) {
  const { t, locale } = useI18n();
  const fmt = useFormatLocale();
  const id = useId();
  const { incident, mentions, links, log } = props.data;
  const start = Math.min(incident.createdAt, ...mentions.map((m) => m.postedAt));
  const end = incident.closedAt ?? props.now;
  const around = useLiveQuery(() => props.database.mentions.where('postedAt').between(start - DAY, end + DAY).toArray(), [props.database, start, end]);
  const audit = useLiveQuery(() => props.database.audit.where('kind').equals('template_inserted').filter((e) => e.at >= start).toArray(), [props.database, start]);
  const [wentWell, setWentWell] = useState(incident.review.wentWell);
  const [toImprove, setToImprove] = useState(incident.review.toImprove);
  const time = useMemo(() => new Intl.DateTimeFormat(fmt, { dateStyle: 'medium', timeStyle: 'short' }), [fmt]);
  if (!around || !audit) return null;
  const r = postCrisisReport({ incident, linked: mentions, around, log, audit, policy: props.settings.sla, now: props.now });
  const dur = (ms: number | null) => (ms === null ? t('crisis.report.none') : formatDuration(ms, locale));
  const share = (s: SentimentSpan) => (s.negativeShare === null ? t('crisis.report.none') : `${Math.round(s.negativeShare * 100)} %`);
  const steps = new Map(incident.checklist.map((s) => [s.id, stepTitle(t, s)]));

  const download = () => {
    const blob = new Blob([incidentMentionsCsv(mentions, links, props.settings.sla)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `careline-${incident.id}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const rows: [string, string][] = [
    [t('crisis.report.timeToDetect'), dur(r.timeToDetectMs)],
    [t('crisis.report.timeToStatement'), dur(r.timeToFirstStatementMs)],
    [t('crisis.report.peak'), t('crisis.report.peakValue', { perMinute: r.peak.perMinute, per10: r.peak.per10Minutes })],
    [t('crisis.report.mentions'), t('crisis.report.mentionsValue', { total: r.mentions.total, negative: r.mentions.negative, handled: r.mentions.handled, open: r.mentions.open })],
    [t('crisis.report.response'), t('crisis.report.responseValue', { median: dur(r.response.medianMs), p90: dur(r.response.p90Ms) })],
    [t('crisis.report.attainment'), r.response.attainment === null ? t('crisis.report.none') : `${Math.round(r.response.attainment * 100)} % (${r.response.withinTarget}/${r.response.responded})`],
    [t('crisis.report.sentiment'), `${share(r.sentiment.before)} / ${share(r.sentiment.during)} / ${share(r.sentiment.after)}`],
  ];
  return (
    <article className="report stack" aria-labelledby={`${id}-t`}>
      <div className="row wrap spread">
        <h3 id={`${id}-t`}>{t('crisis.report.title', { description: incident.description })}</h3>
        <div className="row no-print">
          <button type="button" className="btn btn-small" onClick={() => window.print()}>
            {t('crisis.report.print')}
          </button>
          <button type="button" className="btn btn-small" onClick={download}>
            {t('crisis.report.csv')}
          </button>
        </div>
      </div>
      <dl className="report-figures">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <IncidentCharts mentions={mentions} now={end} />
      <h4>{t('crisis.report.timeline')}</h4>
      <ol className="incident-log">
        {r.timeline.map((e, i) => (
          <li key={i}>
            <time dateTime={new Date(e.at).toISOString()}>{time.format(e.at)}</time> <strong>{e.actor}</strong> {t(`crisis.log.${e.kind as 'note'}`)}
            {e.stepId && <span>: {steps.get(e.stepId) ?? e.stepId}</span>}
            {e.detail && <span className="muted">: {e.detail}</span>}
          </li>
        ))}
      </ol>
      <label className="field">
        <span>{t('crisis.report.wentWell')}</span>
        <textarea rows={3} maxLength={5000} value={wentWell} readOnly={!props.canEdit} onChange={(e) => setWentWell(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('crisis.report.toImprove')}</span>
        <textarea rows={3} maxLength={5000} value={toImprove} readOnly={!props.canEdit} onChange={(e) => setToImprove(e.target.value)} />
      </label>
      {props.canEdit && (
        <div className="no-print">
          <button type="button" className="btn btn-primary" onClick={() => props.onSaveReview({ wentWell, toImprove })}>
            {t('crisis.report.saveReview')}
          </button>
        </div>
      )}
    </article>
  );
}
