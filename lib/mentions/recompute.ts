import type { CarelineDB } from '../db/database';
import type { Settings } from '../model';
import { LABELS } from '../model-constants';
import { deadlines } from './classify';

export { OPEN_STATUSES } from '../model-constants';

/** After the SLA policy changes, open mentions get deadlines under the new policy. */
export async function recomputeOpenDeadlines(db: CarelineDB, settings: Settings): Promise<number> {
  return db.mentions
    // Only open mentions carry an `openLabel` (lib/db/queue-keys.ts): the index holds exactly them.
    .where('openLabel')
    .anyOf([...LABELS])
    .modify((m) => {
      Object.assign(m, deadlines(m.postedAt, m.label, settings));
    });
}
