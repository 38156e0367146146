// Everything that happened in the incident, with who and when; anyone in the room adds notes.
import { useId, useMemo, useState } from 'react';
import type { Incident, IncidentLogEntry } from '../../lib/crisis/model';
import { useI18n } from '../i18n';
import { useFormatLocale } from '../format-locale';
import { stepTitle } from './step-title';

export function IncidentLog(props: { incident: Incident; log: readonly IncidentLogEntry[]; canNote: boolean; onNote(text: string): void }) {
  const { t } = useI18n();
  const id = useId();
  const locale = useFormatLocale();
  const time = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }), [locale]);
  const [note, setNote] = useState('');
  const steps = new Map(props.incident.checklist.map((s) => [s.id, stepTitle(t, s)]));
  return (
    <section className="card stack" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{t('crisis.log.title')}</h3>
      <ol className="incident-log">
        {[...props.log].reverse().map((e, i) => (
          <li key={e.id ?? i}>
            <time dateTime={new Date(e.at).toISOString()}>{time.format(e.at)}</time> <strong>{e.actor}</strong> {t(`crisis.log.${e.kind}`)}
            {e.stepId && <span>: {steps.get(e.stepId) ?? e.stepId}</span>}
            {e.detail && <span className="muted">: {e.detail}</span>}
            {e.statusId && <span className="muted"> ({e.statusId})</span>}
          </li>
        ))}
      </ol>
      {props.canNote && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (note.trim()) props.onNote(note.trim());
            setNote('');
          }}
        >
          <input className="grow" aria-label={t('crisis.log.noteLabel')} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="submit" className="btn btn-small">
            {t('crisis.log.add')}
          </button>
        </form>
      )}
    </section>
  );
}
