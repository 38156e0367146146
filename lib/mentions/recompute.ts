import type { CarelineDB } from '../db/database';
import type { MentionStatus, Settings } from '../model';
import { deadlines } from './classify';

export const OPEN_STATUSES: MentionStatus[] = ['new', 'in_progress', 'escalated'];

/** After the SLA policy changes, open mentions get deadlines under the new policy. */
export async function recomputeOpenDeadlines(db: CarelineDB, settings: Settings): Promise<number> {
  return db.mentions
    .where('status')
    .anyOf(OPEN_STATUSES)
    .modify((m) => {
      Object.assign(m, deadlines(m.postedAt, m.label, settings));
    });
}
