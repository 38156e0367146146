// The incident's playbook as a checklist: done by whom and when, owner, and when each step is due.
import { useMemo } from 'react';
import type { Incident } from '../../lib/crisis/model';
import { stepDueAt } from '../../lib/crisis/playbook';
import { useI18n } from '../i18n';
import { useFormatLocale } from '../format-locale';
import { stepOwner, stepTitle } from './step-title';

export function Checklist(props: { incident: Incident; now: number; onDone(stepId: string, done: boolean): void; onOwner(stepId: string, owner: string): void }) {
  const { t } = useI18n();
  const locale = useFormatLocale();
  const time = useMemo(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }), [locale]);
  const { incident, now } = props;
  const open = incident.status === 'active' || incident.status === 'proposed';
  return (
    <section className="card stack" aria-labelledby="crisis-checklist">
      <h3 id="crisis-checklist">{t('crisis.checklist.title')}</h3>
      <ol className="checklist">
        {incident.checklist.map((s) => {
          const title = stepTitle(t, s);
          const due = stepDueAt(s, incident.declaredAt);
          const late = due !== null && s.doneAt === undefined && now > due;
          return (
            <li key={s.id} className={s.doneAt ? 'done' : late ? 'late' : undefined}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={s.doneAt !== undefined}
                  disabled={!open}
                  aria-label={t('crisis.checklist.done', { step: title })}
                  onChange={(e) => props.onDone(s.id, e.target.checked)}
                />
                <span>{title}</span>
              </label>
              <span className="row wrap small">
                <input
                  className="owner"
                  defaultValue={s.owner}
                  placeholder={stepOwner(t, s)}
                  disabled={!open}
                  maxLength={80}
                  aria-label={t('crisis.checklist.owner', { step: title })}
                  onBlur={(e) => e.target.value.trim() !== s.owner && props.onOwner(s.id, e.target.value)}
                />
                {s.doneAt !== undefined ? (
                  <span className="muted">{t('crisis.checklist.doneBy', { who: s.doneBy ?? '', time: time.format(s.doneAt) })}</span>
                ) : due !== null ? (
                  <span className={late ? 'late-text' : 'muted'}>
                    {t(late ? 'crisis.checklist.overdue' : 'crisis.checklist.due', { time: time.format(due) })}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
