// Assignment, a lead's decision: stored on the mention (the team sync publishes it to the
// lead-only assignments document) and in the audit log with who made it.
import type { CarelineDB } from '../db/database';
import type { AuditEvent, Label, Mention } from '../model';

export async function assignMentions(
  db: CarelineDB,
  statusIds: readonly string[],
  assignee: string | null,
  actor: string,
  now: number,
): Promise<Mention[]> {
  return db.transaction('rw', db.mentions, db.audit, async () => {
    const found = await db.mentions.bulkGet([...statusIds]);
    const changed: Mention[] = [];
    const audit: Omit<AuditEvent, 'id'>[] = [];
    for (const m of found) {
      if (!m || (m.assignee ?? null) === assignee) continue;
      const next: Mention = { ...m, updatedAt: now };
      if (assignee) next.assignee = assignee;
      else delete next.assignee;
      changed.push(next);
      audit.push({
        at: now,
        kind: 'assigned',
        statusId: m.statusId,
        actor,
        ...(m.assignee ? { from: m.assignee } : {}),
        ...(assignee ? { to: assignee } : {}),
      });
    }
    await db.mentions.bulkPut(changed);
    if (audit.length) await db.audit.bulkAdd(audit);
    return changed;
  });
}

/** Every open mention of one label to one agent (e.g. all complaints to the complaints desk). */
export async function assignOpenByLabel(db: CarelineDB, label: Label, assignee: string | null, actor: string, now: number) {
  const ids = await db.mentions
    // Only open mentions carry `openLabel` (lib/db/queue-keys.ts).
    .where('openLabel')
    .equals(label)
    .primaryKeys();
  return assignMentions(db, ids, assignee, actor, now);
}

/** The agent's own assignments first, then the rest, each in the order given. */
export function mineFirst<T extends Pick<Mention, 'assignee'>>(mentions: readonly T[], me: string): T[] {
  const mine = mentions.filter((m) => m.assignee === me);
  return [...mine, ...mentions.filter((m) => m.assignee !== me)];
}
