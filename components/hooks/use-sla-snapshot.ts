import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/database';
import { slaCounts, slaStats, type SlaCounts, type SlaStats } from '../../lib/mentions/sla-snapshot';
import type { Settings } from '../../lib/model';
import { useNow } from './use-now';
import { useSettings } from './use-settings';

export interface PopupData {
  settings: Settings | undefined;
  /** What is waiting: index counts, on screen first. */
  counts: SlaCounts | undefined;
  /** How the team did: reads the week's answers, so it may come a moment later. */
  stats: SlaStats | undefined;
}

/**
 * The popup's figures, live: re-read when any mention or setting changes (in any tab) and every
 * 15 s, since deadlines pass without any change to the data. The counts need no settings, so
 * they start at once instead of after a first read of the settings.
 */
export function usePopupData(): PopupData & { now: number } {
  const now = useNow(15_000);
  const settings = useSettings();
  const counts = useLiveQuery(async () => {
    const start = performance.now();
    const c = await slaCounts(db(), now);
    // Read by the benchmark (npm run bench): how long the popup waits for its counts.
    performance.measure('careline:popup-data', { start });
    return c;
  }, [now]);
  // The week's answers (thousands of records at scale) are read after the counts are on screen,
  // so they never hold the counts up.
  const countsShown = counts !== undefined;
  const stats = useLiveQuery(
    async () => (settings && countsShown ? slaStats(db(), settings, now) : undefined),
    [settings, now, countsShown],
  );
  return { settings, counts, stats, now };
}
