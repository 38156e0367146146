// The surge to show now, live from the real database: the popup's banner. Kept apart from
// use-crisis-data.ts so the popup loads none of the dashboard's strings or requests.
import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredAlert } from '../../lib/crisis/model';
import { loadActiveAlert } from '../../lib/crisis/active-alert';
import type { CarelineDB } from '../../lib/db/database';

export function useSurge(database: CarelineDB, now: number): StoredAlert | null | undefined {
  return useLiveQuery(() => loadActiveAlert(database, now), [database, now]);
}
