// The popup's first counts, asked for before React loads: main.tsx runs this module, then imports
// React (mount-popup.tsx). Opening the database and the eleven index counts then run in IndexedDB
// while the page's main thread loads React DOM and renders; the live query
// (components/hooks/use-sla-snapshot.ts) takes over once it answers.
import { db } from '../../lib/db/database';
import { slaCounts, type SlaCounts } from '../../lib/mentions/sla-snapshot';

function start(): Promise<SlaCounts> {
  const begin = performance.now();
  const counts = slaCounts(db(), Date.now());
  // Read by the benchmark (npm run bench): how long the popup waits for its counts.
  void counts.then(() => performance.measure('careline:popup-data', { start: begin }), () => undefined);
  return counts;
}

export const firstCounts: Promise<SlaCounts> = start();
