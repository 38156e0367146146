import { logEvents } from '../db/audit';
import type { CarelineDB } from '../db/database';
import type { Mention } from '../model';
import { applyAction, type ActionContext, type ActionOutcome, type MentionAction } from './actions';

/** Applies an action to a stored mention and writes its audit events in the same transaction. */
export async function performAction(
  db: CarelineDB,
  statusId: string,
  action: MentionAction,
  ctx: ActionContext,
): Promise<(ActionOutcome & { before: Mention }) | null> {
  return db.transaction('rw', db.mentions, db.audit, async () => {
    const before = await db.mentions.get(statusId);
    if (!before) return null;
    const outcome = applyAction(before, action, ctx);
    if (outcome.changed) {
      await db.mentions.put(outcome.mention);
      await logEvents(db, outcome.events);
    }
    return { ...outcome, before };
  });
}
