// The background's side of a restore: the dashboard wrote the database in one transaction, so
// everything the background keeps in memory about it is now stale. Until issue 12's
// ServiceContext exists, this declares only what it uses.
import type { RolePort } from './template-handlers';

export interface BackupServiceContext {
  /** Drop the cached settings (the next read loads the restored ones). */
  settings: { invalidate(): void };
  /** Forget cached mentions and reload the set of stored status ids. */
  mentions: { reset(): void };
  /** Drop the in-memory triage engine and its pending fit; the next use loads the restored state. */
  triage: { reload(): void };
  roles: RolePort;
  ports: {
    /** Badge and SLA alarms follow the restored mentions. */
    changed(): void;
    /** X tabs re-read their context (brand, policy, views); the page language follows the settings. */
    settingsChanged(): Promise<void>;
  };
}

export function backupHandlers(ctx: BackupServiceContext) {
  return {
    async backupRestored(req: { mode: 'merge' | 'replace' }): Promise<{ ok: true }> {
      ctx.settings.invalidate();
      ctx.mentions.reset();
      ctx.triage.reload();
      // Replace brought the backup's lead lock: whoever was unlocked unlocks again with its passphrase.
      if (req.mode === 'replace') await ctx.roles.setRole('agent');
      ctx.ports.changed();
      await ctx.ports.settingsChanged();
      return { ok: true };
    },
  };
}
