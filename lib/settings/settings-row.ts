// The stored settings record as it is, without zod: pages that only show figures (the popup) read
// the row here and merge it with lib/settings/store.ts's mergeSettings, which they load later.
import type { CarelineDB } from '../db/database';

export const SETTINGS_KEY = 'settings';

/** The stored value (undefined when none was saved), wrapped so a live query can tell "no row" from "loading". */
export async function readSettingsRow(db: CarelineDB): Promise<{ value: unknown }> {
  const row = await db.settings.get(SETTINGS_KEY);
  return { value: row?.value };
}
