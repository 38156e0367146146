import type { CarelineDB } from '../db/database';
import { starterTemplates } from '../templates';

/** A new install starts with the approved starter library, so agents can answer from minute one. */
export async function seedStarterTemplates(db: CarelineDB, now: number): Promise<number> {
  return db.transaction('rw', db.templates, async () => {
    if ((await db.templates.count()) > 0) return 0;
    const templates = starterTemplates(now);
    await db.templates.bulkAdd(templates);
    return templates.length;
  });
}
