// One incident: its state and who declared it, the checklist, the holding statement, the
// linked mentions, the log, live charts, and the post-crisis report once closed (or on demand).
import { useMemo, useState } from 'react';
import { db, type CarelineDB } from '../../lib/db/database';
import type { Settings } from '../../lib/model';
import { topicLabel } from '../../lib/crisis/surge-alert';
import { useI18n } from '../i18n';
import { useFormatLocale } from '../format-locale';
import { Checklist } from './checklist';
import { IncidentCharts } from './incident-charts';
import { IncidentLog } from './incident-log';
import { LinkedMentions } from './linked-mentions';
import { PostCrisisReport } from './post-crisis-report';
import { useCrisisCommand, useHoldingStatements, useIncident } from './use-crisis-data';

export function IncidentRoom(props: { id: string; database: CarelineDB; drill: boolean; settings: Settings; now: number; onBack(): void }) {
  const { t } = useI18n();
  const fmt = useFormatLocale();
  const time = useMemo(() => new Intl.DateTimeFormat(fmt, { dateStyle: 'medium', timeStyle: 'short' }), [fmt]);
  const data = useIncident(props.database, props.id);
  const statements = useHoldingStatements(db());
  const { run, error } = useCrisisCommand();
  const [showReport, setShowReport] = useState(false);
  if (!data) return null;
  const { incident: inc } = data;
  const ref = { id: inc.id, ...(props.drill ? { drill: true } : {}) };
  const open = inc.status === 'active' || inc.status === 'proposed';
  const who = (key: 'crisis.room.declaredBy' | 'crisis.room.proposedBy' | 'crisis.room.closedBy', by?: string, at?: number) =>
    by && at !== undefined ? <p className="muted small">{t(key, { who: by, time: time.format(at) })}</p> : null;

  return (
    <div className="stack incident-room" data-incident={inc.id}>
      <div className="row wrap spread no-print">
        <button type="button" className="btn btn-small btn-link" onClick={props.onBack}>
          ← {t('crisis.room.back')}
        </button>
        <span className={`badge status-${inc.status}`}>{t(`crisis.status.${inc.status}`)}</span>
      </div>
      <header className="card stack">
        <h3>{inc.description}</h3>
        <div className="row wrap">
          <label className="field">
            <span>{t('crisis.severity')}</span>
            <select value={inc.severity} disabled={!open} onChange={(e) => void run({ type: 'incidentUpdate', ...ref, severity: e.target.value as typeof inc.severity })}>
              {(['low', 'medium', 'high'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`crisis.severity.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {inc.topic && <span className="muted">{t('crisis.room.topic', { topic: topicLabel(inc.topic) || inc.topic.terms.join(' ') })}</span>}
        </div>
        {who('crisis.room.proposedBy', inc.proposedBy, inc.proposedAt)}
        {who('crisis.room.declaredBy', inc.declaredBy, inc.declaredAt)}
        {who('crisis.room.closedBy', inc.closedBy, inc.closedAt)}
        <div className="row wrap no-print">
          {inc.status === 'proposed' && (
            <>
              <button type="button" className="btn btn-danger" onClick={() => void run({ type: 'incidentDeclare', ...ref, severity: inc.severity, description: inc.description })}>
                {t('crisis.room.declareProposal')}
              </button>
              <button type="button" className="btn" onClick={() => void run({ type: 'incidentDismiss', ...ref })}>
                {t('crisis.room.dismissProposal')}
              </button>
            </>
          )}
          {inc.status === 'active' && (
            <button type="button" className="btn btn-primary" onClick={async () => setShowReport((await run({ type: 'incidentClose', ...ref })) !== null)}>
              {t('crisis.room.close')}
            </button>
          )}
          <button type="button" className="btn" aria-expanded={showReport} onClick={() => setShowReport(!showReport)}>
            {t('crisis.room.report')}
          </button>
        </div>
        {error && (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        )}
      </header>
      {showReport ? (
        <PostCrisisReport
          data={data}
          database={props.database}
          settings={props.settings}
          now={props.now}
          canEdit
          onSaveReview={(review) => void run({ type: 'incidentReview', ...ref, ...review })}
        />
      ) : (
        <div className="room-grid">
          <div className="stack">
            <Checklist
              incident={inc}
              now={props.now}
              onDone={(stepId, done) => void run({ type: 'incidentStep', ...ref, stepId, done })}
              onOwner={(stepId, owner) => void run({ type: 'incidentStepOwner', ...ref, stepId, owner })}
            />
            <section className="card stack" aria-labelledby="crisis-statement">
              <h3 id="crisis-statement">{t('crisis.statement.title')}</h3>
              {statements && statements.length === 0 ? (
                <p className="muted small">{t('crisis.statement.noneApproved')}</p>
              ) : (
                <label className="field">
                  <span>{t('crisis.statement.choose')}</span>
                  <select value={inc.holdingStatementId ?? ''} disabled={!open} onChange={(e) => e.target.value && void run({ type: 'incidentStatement', ...ref, templateId: e.target.value })}>
                    <option value="">{t('crisis.statement.none')}</option>
                    {(statements ?? []).map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.title} ({s.lang})
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <p className="muted small">{t('crisis.statement.hint')}</p>
            </section>
            <IncidentLog incident={inc} log={data.log} canNote={open} onNote={(text) => void run({ type: 'incidentNote', ...ref, text })} />
          </div>
          <div className="stack">
            <section className="card">
              <IncidentCharts mentions={data.mentions} now={props.now} />
            </section>
            <LinkedMentions mentions={data.mentions} canEdit={open} onLink={(statusId, linked) => void run({ type: 'incidentLink', ...ref, statusId, linked })} />
          </div>
        </div>
      )}
    </div>
  );
}
