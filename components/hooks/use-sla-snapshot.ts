import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../../lib/db/database';
import { slaSnapshot, type SlaSnapshot } from '../../lib/mentions/sla-snapshot';
import type { Settings } from '../../lib/model';
import { loadSettings } from '../../lib/settings/store';
import { useNow } from './use-now';

export interface PopupData {
  settings: Settings;
  snapshot: SlaSnapshot;
}

/**
 * The popup's settings and figures in one live query (one round trip, not two in a row): re-read
 * when any mention or setting changes (in any tab) and every 15 s, since deadlines pass without
 * any change to the data.
 */
export function useSlaSnapshot(): { data: PopupData | undefined; now: number } {
  const now = useNow(15_000);
  const data = useLiveQuery(async () => {
    const start = performance.now();
    const settings = await loadSettings(db());
    const snapshot = await slaSnapshot(db(), settings, now);
    // Read by the benchmark (npm run bench): how long the popup waits for its figures.
    performance.measure('careline:popup-data', { start });
    return { settings, snapshot };
  }, [now]);
  return { data, now };
}

/** Marks the first time the figures are on screen (after React committed them), for the benchmark. */
export function useFiguresShownMark(shown: boolean): void {
  useEffect(() => {
    if (shown && performance.getEntriesByName('careline:popup-figures').length === 0) {
      performance.mark('careline:popup-figures');
    }
  }, [shown]);
}
