// Declare (lead) or propose (agent) an incident, by hand or from the alert.
import { useId, useState, type FormEvent } from 'react';
import { SEVERITIES, type Severity, type StoredAlert } from '../../lib/crisis/model';
import { topicLabel } from '../../lib/crisis/surge-alert';
import { useI18n } from '../i18n';
import { alertFigures } from '../../lib/crisis/alert-text';

export interface DeclareInput {
  severity: Severity;
  description: string;
  keywords: string[];
  alertId?: string;
}

export function DeclareForm(props: { alert?: StoredAlert | null; onSubmit(kind: 'declare' | 'propose', input: DeclareInput): void; onCancel(): void }) {
  const { t } = useI18n();
  const id = useId();
  const [severity, setSeverity] = useState<Severity>('high');
  const [description, setDescription] = useState(props.alert ? alertFigures(t, props.alert) : '');
  const [keywords, setKeywords] = useState(props.alert ? topicLabel(props.alert.topic) : '');
  const [problem, setProblem] = useState(false);

  const submit = (kind: 'declare' | 'propose') => (e?: FormEvent) => {
    e?.preventDefault();
    if (!description.trim()) {
      setProblem(true);
      return;
    }
    const words = keywords.split(/[,\s]+/).map((w) => w.trim()).filter((w) => w.length >= 2).slice(0, 5);
    props.onSubmit(kind, { severity, description: description.trim().slice(0, 500), keywords: words, ...(props.alert ? { alertId: props.alert.id } : {}) });
  };

  return (
    <form className="card stack declare-form" aria-labelledby={`${id}-title`} onSubmit={submit('declare')}>
      <h3 id={`${id}-title`}>{t('crisis.form.title')}</h3>
      <label className="field">
        <span>{t('crisis.form.description')}</span>
        <textarea
          rows={2}
          maxLength={500}
          value={description}
          aria-invalid={problem || undefined}
          aria-describedby={problem ? `${id}-err` : undefined}
          onChange={(e) => {
            setDescription(e.target.value);
            setProblem(false);
          }}
        />
        {problem && (
          <span id={`${id}-err`} className="field-error">
            {t('crisis.form.needDescription')}
          </span>
        )}
      </label>
      <div className="row wrap">
        <label className="field">
          <span>{t('crisis.severity')}</span>
          <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`crisis.severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>{t('crisis.form.keywords')}</span>
          <input value={keywords} maxLength={200} onChange={(e) => setKeywords(e.target.value)} />
        </label>
      </div>
      <div className="row wrap">
        <button type="submit" className="btn btn-danger">
          {t('crisis.form.declare')}
        </button>
        <button type="button" className="btn" onClick={submit('propose')}>
          {t('crisis.form.propose')}
        </button>
        <button type="button" className="btn btn-link" onClick={props.onCancel}>
          {t('dash.cancel')}
        </button>
      </div>
    </form>
  );
}
