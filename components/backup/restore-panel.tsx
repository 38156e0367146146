// Bring a backup back, merged with what is here or replacing it. Only a lead may once a lead
// lock exists (lib/backup/permission.ts). The page writes the database itself in one transaction
// (docs/reports.md says why), then tells the background to read it again.
import { useId, useRef, useState } from 'react';
import { mayRestore } from '../../lib/backup/permission';
import { restoreBackup, type RestoreOutcome, type RestorePhase } from '../../lib/backup/restore';
import type { RestoreMode } from '../../lib/backup/commit';
import { BACKUP_TABLES } from '../../lib/backup/tables';
import { db } from '../../lib/db/database';
import { sendToBackground } from '../../lib/messaging/client';
import { loadSettings } from '../../lib/settings/store';
import { useI18n } from '../i18n';
import { useRole } from '../library/use-role';
import { forgetReport } from '../reports/use-report';
import { problemText, tableName } from './problem-text';
import { ProgressLine } from './progress-line';

export function RestorePanel() {
  const { t } = useI18n();
  const access = useRole();
  const allowed = access.loaded && mayRestore(access);
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [progress, setProgress] = useState<{ phase: RestorePhase; value: number } | null>(null);
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);
  const [notice, setNotice] = useState('');

  async function run() {
    if (!file) return;
    setConfirming(false);
    setOutcome(null);
    setNotice('');
    setProgress({ phase: 'reading', value: 0 });
    const settings = await loadSettings(db());
    const started = performance.now();
    const result = await restoreBackup(db(), file, {
      mode,
      now: Date.now(),
      // Named as the audit log names actors elsewhere: the agent's name, else their role.
      actor: settings.agentName.trim() || (access.role === 'lead' ? 'Lead' : 'agent'),
      onProgress: (phase, done, total) => setProgress({ phase, value: total ? done / total : 1 }),
    });
    // Read by the benchmark (scripts/bench/reports-scale.ts).
    performance.measure('careline:backup-restore', { start: started });
    setProgress(null);
    setOutcome(result);
    if (!result.ok) return;
    forgetReport();
    try {
      await sendToBackground({ type: 'backupRestored', mode });
    } catch {
      setNotice(t('bak.restore.reloadBackground'));
    }
    void access.refresh();
  }

  return (
    <section className="card stack tight" aria-labelledby="bak-restore-title">
      <h3 id="bak-restore-title">{t('bak.restore.title')}</h3>
      <p className="small muted">{t('bak.restore.what')}</p>
      {access.loaded && !allowed && <p className="alert alert-warn small">{t('bak.restore.leadOnly')}</p>}
      <div className="field">
        <label htmlFor={fileId}>{t('bak.restore.file')}</label>
        <input
          id={fileId} ref={input} type="file" accept=".gz,.jsonl,application/gzip" disabled={!allowed || progress !== null}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setOutcome(null);
            setConfirming(false);
          }}
        />
      </div>
      <fieldset disabled={!allowed || progress !== null}>
        <legend>{t('bak.restore.mode')}</legend>
        <div className="stack tight">
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m} className="check">
              <input type="radio" name="bak-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              <span>
                <strong>{t(`bak.mode.${m}`)}</strong> <span className="muted small">{t(`bak.mode.${m}.hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {!confirming ? (
        <div className="row">
          <button
            type="button" className={mode === 'replace' ? 'btn btn-small btn-danger' : 'btn btn-small btn-primary'}
            disabled={!allowed || !file || progress !== null}
            onClick={() => (mode === 'replace' ? setConfirming(true) : void run())}
          >
            {t(mode === 'replace' ? 'bak.restore.replaceButton' : 'bak.restore.mergeButton')}
          </button>
        </div>
      ) : (
        <div className="confirm" role="alertdialog" aria-labelledby="bak-confirm">
          <p id="bak-confirm">{t('bak.restore.confirm', { file: file?.name ?? '' })}</p>
          <div className="row">
            <button type="button" className="btn btn-small btn-danger" onClick={() => void run()}>
              {t('bak.restore.confirmYes')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => setConfirming(false)}>
              {t('dash.cancel')}
            </button>
          </div>
        </div>
      )}
      {progress && <ProgressLine label={t(`bak.phase.${progress.phase}`)} value={progress.value} />}
      <div role="status" className="small">
        {outcome?.ok === true && (
          <div className="alert alert-ok">
            <p>{t(outcome.mode === 'replace' ? 'bak.restore.doneReplace' : 'bak.restore.doneMerge')}</p>
            <ul className="bak-summary">
              {BACKUP_TABLES.map((tb) => (
                <li key={tb.name}>
                  {t('bak.restore.row', {
                    table: tableName(t, tb.name),
                    written: outcome.summary[tb.name]?.written ?? 0,
                    incoming: outcome.summary[tb.name]?.incoming ?? 0,
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
        {outcome?.ok === false && (
          <p className="alert alert-error">
            {t('bak.restore.failed')} {problemText(t, outcome.problem)}
          </p>
        )}
        {notice && <p>{notice}</p>}
      </div>
    </section>
  );
}
