// Which days of mentions changed, marked in the same transaction as the change: derived data
// (the reports' day facts, lib/reports/day-facts-store.ts) rebuilds exactly those days. A Dexie
// middleware sees every write made through Dexie in any context (the background, a restore, a
// team mirror), so no writer has to remember it. Writes that bypass Dexie (raw IndexedDB in
// benchmarks) are not seen; they leave the facts of days already built stale.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

export const CHANGES_TABLE = 'mentionChanges';
/** A mark meaning "any day may have changed" (a delete or a clear: the days are not known). */
export const ALL_DAYS = -1;
const DAY_MS = 86_400_000;

/** The UTC day numbers a write touches, or ALL_DAYS. */
function daysOf(req: DBCoreMutateRequest): number[] {
  if (req.type !== 'add' && req.type !== 'put') return [ALL_DAYS];
  const days = new Set<number>();
  for (const v of req.values) {
    const postedAt = (v as { postedAt?: unknown } | null)?.postedAt;
    if (typeof postedAt !== 'number' || !Number.isFinite(postedAt)) return [ALL_DAYS];
    days.add(Math.floor(postedAt / DAY_MS));
  }
  return [...days];
}

/**
 * Days already marked per transaction: a bulk write of mentions from every day (a restore, a
 * team mirror) marks each day once, not once per batch; after ALL_DAYS nothing more is needed.
 */
const markedIn = new WeakMap<object, Set<number>>();

export const changeMarks: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'mentionChangeMarks',
  create(down) {
    const tracked = down.schema.tables.some((t) => t.name === CHANGES_TABLE);
    if (!tracked) return {};
    const marks = down.table(CHANGES_TABLE);
    return {
      transaction(stores, mode, options) {
        const withMarks = mode === 'readwrite' && stores.includes('mentions') && !stores.includes(CHANGES_TABLE);
        return down.transaction(withMarks ? [...stores, CHANGES_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name === CHANGES_TABLE) {
          return {
            ...table,
            mutate(req) {
              // Marks removed in this transaction (a report rebuilding days inside it): mark again from here on.
              if (req.type === 'delete' || req.type === 'deleteRange') markedIn.delete(req.trans);
              return table.mutate(req);
            },
          };
        }
        if (name !== 'mentions') return table;
        return {
          ...table,
          async mutate(req): ReturnType<DBCoreTable['mutate']> {
            const result = await table.mutate(req);
            // An upgrade transaction of a version before the marks existed has no such store.
            const stores = (req.trans as unknown as IDBTransaction).objectStoreNames;
            if (stores && !stores.contains(CHANGES_TABLE)) return result;
            const marked = markedIn.get(req.trans) ?? new Set<number>();
            markedIn.set(req.trans, marked);
            if (marked.has(ALL_DAYS)) return result;
            const days = daysOf(req).filter((day) => !marked.has(day));
            if (days.length === 0) return result;
            for (const day of days) marked.add(day);
            await marks.mutate({ type: 'put', trans: req.trans, values: days.map((day) => ({ day })) });
            return result;
          },
        };
      },
    };
  },
};
