import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/database';
import { slaSnapshot, type SlaSnapshot } from '../../lib/mentions/sla-snapshot';
import type { Settings } from '../../lib/model';
import { useNow } from './use-now';

/**
 * The popup's figures, live: re-read when any mention changes (in any tab) and every 15 s,
 * since deadlines pass without any change to the data.
 */
export function useSlaSnapshot(settings: Settings | undefined): { snapshot: SlaSnapshot | undefined; now: number } {
  const now = useNow(15_000);
  const snapshot = useLiveQuery(
    () => (settings ? slaSnapshot(db(), settings, now) : undefined),
    [settings, now],
  );
  return { snapshot, now };
}
