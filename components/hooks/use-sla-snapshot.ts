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
  const snapshot = useLiveQuery(async () => {
    if (!settings) return undefined;
    const start = performance.now();
    const s = await slaSnapshot(db(), settings, now);
    // Read by the benchmark (npm run bench): how long the popup waits for its figures.
    performance.measure('careline:popup-data', { start });
    return s;
  }, [settings, now]);
  return { snapshot, now };
}
