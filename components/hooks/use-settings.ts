import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/database';
import type { Settings } from '../../lib/model';
import { loadSettings } from '../../lib/settings/store';

/** The settings, live: a change saved anywhere shows here without reopening. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => loadSettings(db()), []);
}
