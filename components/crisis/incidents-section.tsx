// The dashboard's "Incidents" section: real incidents or the drill's, the surge alert, the list,
// declaring or proposing, one incident's room, the team playbook and the drill runner.
import { useState } from 'react';
import { db, drillDb } from '../../lib/db/database';
import { useNow } from '../hooks/use-now';
import { useSettings } from '../hooks/use-settings';
import { useI18n } from '../i18n';
import { DeclareForm, type DeclareInput } from './declare-form';
import { DrillRunner } from './drill-runner';
import { IncidentRoom } from './incident-room';
import { PlaybookEditor } from './playbook-editor';
import { SurgeBanner } from './surge-banner';
import { useActiveAlert, useCrisisCommand, useIncidents } from './use-crisis-data';
import './crisis.css';

export function IncidentsSection() {
  const { t } = useI18n();
  const settings = useSettings();
  const now = useNow(15_000);
  const [drill, setDrill] = useState(false);
  const database = drill ? drillDb() : db();
  const incidents = useIncidents(database);
  const alert = useActiveAlert(database, now, drill);
  const [selected, setSelected] = useState<string | null>(null);
  const [form, setForm] = useState<'closed' | 'blank' | 'alert'>('closed');
  const { run, error } = useCrisisCommand();
  const flag = drill ? { drill: true } : {};

  const submit = async (kind: 'declare' | 'propose', input: DeclareInput) => {
    const r =
      kind === 'declare'
        ? await run({ type: 'incidentDeclare', ...input, ...flag })
        : await run({ type: 'incidentPropose', severity: input.severity, description: input.description, alertId: input.alertId, ...flag });
    if (r?.ok) {
      setForm('closed');
      setSelected(r.id);
    }
  };

  const modeSwitch = (
    <div className="row wrap segmented" role="radiogroup" aria-label={t('crisis.mode.label')}>
      {[false, true].map((d) => (
        <label key={String(d)} className="check">
          <input
            type="radio"
            name="crisis-mode"
            checked={drill === d}
            onChange={() => {
              setDrill(d);
              setSelected(null);
            }}
          />
          <span>{t(d ? 'crisis.mode.drill' : 'crisis.mode.real')}</span>
        </label>
      ))}
    </div>
  );

  if (!settings) return null;
  if (selected) {
    return (
      <div className={drill ? 'stack crisis drill' : 'stack crisis'}>
        {drill && <p className="alert alert-warn">{t('crisis.drillNotice')}</p>}
        <IncidentRoom id={selected} database={database} drill={drill} settings={settings} now={now} onBack={() => setSelected(null)} />
      </div>
    );
  }
  return (
    <div className={drill ? 'stack crisis drill' : 'stack crisis'}>
      {modeSwitch}
      {drill && <p className="alert alert-warn">{t('crisis.drillNotice')}</p>}
      {alert && form === 'closed' && (
        <SurgeBanner
          alert={alert}
          onDeclare={() => setForm('alert')}
          onOpenIncident={setSelected}
          onDismiss={() => void run({ type: 'surgeDismiss', alertId: alert.id, ...flag })}
        />
      )}
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {form !== 'closed' ? (
        <DeclareForm alert={form === 'alert' ? alert : null} onSubmit={(k, i) => void submit(k, i)} onCancel={() => setForm('closed')} />
      ) : (
        <div>
          <button type="button" className="btn btn-primary" onClick={() => setForm('blank')}>
            {t('crisis.list.new')}
          </button>
        </div>
      )}
      <section className="stack" aria-labelledby="crisis-list">
        <h3 id="crisis-list">{t('crisis.list.title')}</h3>
        {incidents && incidents.length === 0 && <p className="muted">{t('crisis.list.empty')}</p>}
        <ul className="incident-list">
          {(incidents ?? []).map((inc) => (
            <li key={inc.id}>
              <button type="button" className="incident-row" aria-label={t('crisis.list.open', { description: inc.description })} onClick={() => setSelected(inc.id)}>
                <span className={`badge status-${inc.status}`}>{t(`crisis.status.${inc.status}`)}</span>
                <span className={`severity severity-${inc.severity}`}>{t(`crisis.severity.${inc.severity}`)}</span>
                <span className="grow">{inc.description}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {drill ? <DrillRunner /> : <PlaybookEditor />}
    </div>
  );
}
