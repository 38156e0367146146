// The backup area's one request: the dashboard restored a backup (it writes the database itself,
// docs/reports.md), so the background must let go of what it holds in memory.
import { z } from 'zod';

export const backupRequests = [
  z.object({ type: z.literal('backupRestored'), mode: z.enum(['merge', 'replace']) }),
] as const;

export const backupAccess = {
  // Only Careline's pages restore; the dashboard asks for the lead before it writes anything.
  backupRestored: 'extension',
} as const;

export interface BackupResponses {
  backupRestored: { ok: true };
}
