// Save the whole database to one file. Anyone may: the data is already on this machine.
import { useState } from 'react';
import { exportBackup } from '../../lib/backup/export-backup';
import { backupFileName } from '../../lib/backup/format';
import { db } from '../../lib/db/database';
import { useI18n } from '../i18n';
import { useCellFormat } from '../reports/cell-format';
import { downloadBlob } from '../download';
import { ProgressLine } from './progress-line';

export function ExportPanel() {
  const { t } = useI18n();
  const f = useCellFormat();
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState('');

  async function run() {
    setProgress(0);
    setStatus('');
    try {
      const now = Date.now();
      const started = performance.now();
      const { blob, counts } = await exportBackup(db(), { now, onProgress: (done, total) => setProgress(total ? done / total : 1) });
      // Read by the benchmark (scripts/bench/reports-scale.ts).
      performance.measure('careline:backup-export', { start: started });
      const name = backupFileName(now);
      downloadBlob(blob, name);
      setStatus(t('bak.export.done', { file: name, mentions: f.count(counts.mentions ?? 0), templates: f.count(counts.templates ?? 0), events: f.count(counts.audit ?? 0) }));
    } catch (err) {
      setStatus(t('bak.export.failed', { error: err instanceof Error ? err.message : String(err) }));
    } finally {
      setProgress(null);
    }
  }

  return (
    <section className="card stack tight" aria-labelledby="bak-export-title">
      <h3 id="bak-export-title">{t('bak.export.title')}</h3>
      <p className="small muted">{t('bak.export.what')}</p>
      <div className="row">
        <button type="button" className="btn btn-primary btn-small" disabled={progress !== null} onClick={() => void run()}>
          {t('bak.export.button')}
        </button>
      </div>
      {progress !== null && <ProgressLine label={t('bak.export.working')} value={progress} />}
      <p role="status" className="small">
        {status}
      </p>
    </section>
  );
}
