// The report's days, from their stored facts; a day with no facts yet, or whose mentions changed
// since (lib/db/change-marks.ts), is rebuilt from its mentions in one read-write transaction
// that also clears its mark, so a write racing the rebuild either lands before it (and is in the
// facts) or after it (and marks the day again). The first report after an upgrade or a restore
// reads every mention once; later ones read columns.
import type { CarelineDB } from '../db/database';
import { ALL_DAYS } from '../db/change-marks';
import type { Mention } from '../model';
import { buildDayFacts, type DayFacts } from './day-facts';
import { pageYielder, type ReadOptions } from './load';
import type { Range } from './range';

const DAY_MS = 86_400_000;

async function rebuild(db: CarelineDB, day: number, everything: boolean): Promise<DayFacts> {
  return db.transaction('rw', db.mentions, db.reportFacts, db.mentionChanges, async () => {
    if (everything) {
      await db.reportFacts.clear();
      await db.mentionChanges.delete(ALL_DAYS);
    }
    const mentions = (await db.mentions.where('postedAt').between(day * DAY_MS, (day + 1) * DAY_MS, true, false).toArray()) as Mention[];
    const facts = buildDayFacts(day, mentions);
    await db.reportFacts.put(facts);
    await db.mentionChanges.delete(day);
    return facts;
  });
}

/** Calls `onDay` with the facts of every UTC day the range touches, oldest first. */
export async function forEachDayFacts(db: CarelineDB, range: Range, onDay: (facts: DayFacts) => void, opts: ReadOptions = {}): Promise<void> {
  const first = Math.floor(range.from / DAY_MS);
  const last = Math.floor((range.to - 1) / DAY_MS);
  const [stored, marked] = await db.transaction('r', db.reportFacts, db.mentionChanges, () =>
    Promise.all([
      db.reportFacts.where('day').between(first, last, true, true).toArray() as unknown as Promise<DayFacts[]>,
      db.mentionChanges.toCollection().primaryKeys(),
    ]),
  );
  const changed = new Set(marked);
  let everything = changed.has(ALL_DAYS);
  const byDay = new Map(everything ? [] : stored.filter((f) => !changed.has(f.day)).map((f) => [f.day, f]));
  const yieldToPage = pageYielder();
  for (let day = first; day <= last; day++) {
    opts.signal?.throwIfAborted();
    let facts = byDay.get(day);
    if (!facts) {
      facts = await rebuild(db, day, everything);
      everything = false;
      await yieldToPage();
    }
    onDay(facts);
    opts.onProgress?.((day - first + 1) / (last - first + 1));
  }
}
