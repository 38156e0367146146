// Dashboard › Data › Backup: the whole database to one file and back.
import { ExportPanel } from './export-panel';
import { RestorePanel } from './restore-panel';
import '../reports/reports.css';

export function BackupSection() {
  return (
    <div className="stack">
      <ExportPanel />
      <RestorePanel />
    </div>
  );
}
