import type { CarelineDB } from '../db/database';
import { starterTemplates } from '../templates';

/**
 * The approved starter library: a new install starts with it, so agents can answer from minute one,
 * and an update brings the starters it adds (new languages, new situations) to existing installs.
 * Templates are never deleted (only retired), so a starter id missing from the library is new.
 */
export async function seedStarterTemplates(db: CarelineDB, now: number): Promise<number> {
  return db.transaction('rw', db.templates, async () => {
    const templates = starterTemplates(now);
    const present = new Set(await db.templates.toCollection().primaryKeys());
    const missing = templates.filter((t) => !present.has(t.id));
    if (missing.length) await db.templates.bulkAdd(missing);
    return missing.length;
  });
}
