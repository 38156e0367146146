// The background's side of a restore: the dashboard wrote the database in one transaction, so
// everything the background keeps in memory about it is now stale.
import type { MentionCache } from '../mentions/mention-cache';
import type { HandlersFor, ServiceContext } from './service-context';
import type { TriageStore } from './triage-store';

export function backupHandlers(ctx: ServiceContext, triage: TriageStore, cache: MentionCache): HandlersFor<'backupRestored'> {
  return {
    async backupRestored(req) {
      ctx.settings.invalidate();
      cache.reset(() => ctx.db.mentions.toCollection().primaryKeys());
      triage.reload();
      // Replace brought the backup's lead lock: whoever was unlocked unlocks again with its passphrase.
      if (req.mode === 'replace') await ctx.ports.roles.setRole('agent');
      ctx.ports.changed();
      await ctx.ports.settingsChanged();
      return { ok: true };
    },
  };
}
