// Requests of the backup area (shape of docs/architecture.md's request files, issue 12).
import { z } from 'zod';

export const backupRequests = [
  /**
   * Sent by the dashboard once a restore has committed (it writes the database itself: see
   * docs/reports.md): the background drops what it holds in memory and reads the database again.
   */
  z.object({ type: z.literal('backupRestored'), mode: z.enum(['merge', 'replace']) }),
] as const;

/** Who may send each request. */
export const backupAccess = {
  backupRestored: 'extension',
} as const;

export interface BackupResponses {
  backupRestored: { ok: true };
}
