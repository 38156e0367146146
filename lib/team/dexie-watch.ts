// Sees every committed write to a table, whoever made it (an agent's action, an ingest, an import),
// as before/after pairs once its transaction completes, through Dexie's table hooks. Writes the team
// sync makes itself run "quietly" and are not reported back, so remote changes never echo.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { CarelineDB } from '../db/database';

export interface Written<T> {
  key: string;
  /** Undefined when the write created the record. */
  before: T | undefined;
  /** Undefined when the write deleted the record. */
  after: T | undefined;
}

export class DexieWatch {
  private readonly quiet = new WeakSet<Transaction>();
  private readonly pending = new WeakMap<IDBTransaction, (() => void)[]>();
  private readonly unhook: (() => void)[] = [];

  constructor(private readonly db: CarelineDB) {}

  /** Runs `fn` in a read-write transaction whose writes no watcher reports. */
  quietly<R>(tables: Table[], fn: () => Promise<R>): Promise<R> {
    return this.db.transaction('rw', tables, () => {
      this.quiet.add(Dexie.currentTransaction!);
      return fn();
    });
  }

  watch<T>(table: Table<T, string>, cb: (writes: Written<T>[]) => void): void {
    const batches = new WeakMap<IDBTransaction, Written<T>[]>();
    const record = (tx: Transaction, w: Written<T>) => {
      const idb = tx.idbtrans;
      let batch = batches.get(idb);
      if (!batch) {
        const fresh: Written<T>[] = [];
        batch = fresh;
        batches.set(idb, fresh);
        this.onComplete(idb, () => cb(fresh));
      }
      batch.push(w);
    };
    const isQuiet = (tx: Transaction) => {
      for (let t: Transaction | undefined = tx; t; t = t.parent) if (this.quiet.has(t)) return true;
      return false;
    };
    const creating = function (this: { onsuccess?: (k: string) => void }, key: string, obj: T, tx: Transaction) {
      if (isQuiet(tx)) return;
      this.onsuccess = (k) => record(tx, { key: k ?? key, before: undefined, after: obj });
    };
    const updating = function (this: { onsuccess?: (o: T) => void }, _mods: object, key: string, obj: T, tx: Transaction) {
      if (isQuiet(tx)) return;
      const before = structuredClone(obj);
      this.onsuccess = (updated) => record(tx, { key, before, after: updated });
    };
    const deleting = function (this: { onsuccess?: () => void }, key: string, obj: T, tx: Transaction) {
      if (isQuiet(tx)) return;
      this.onsuccess = () => record(tx, { key, before: obj, after: undefined });
    };
    table.hook('creating', creating as never);
    table.hook('updating', updating as never);
    table.hook('deleting', deleting as never);
    this.unhook.push(() => {
      table.hook('creating').unsubscribe(creating as never);
      table.hook('updating').unsubscribe(updating as never);
      table.hook('deleting').unsubscribe(deleting as never);
    });
  }

  stop(): void {
    for (const u of this.unhook.splice(0)) u();
  }

  /** One 'complete' listener per IndexedDB transaction, whatever tables it wrote. */
  private onComplete(idb: IDBTransaction, fn: () => void): void {
    let list = this.pending.get(idb);
    if (!list) {
      const fresh: (() => void)[] = [];
      list = fresh;
      this.pending.set(idb, fresh);
      idb.addEventListener('complete', () => {
        for (const f of fresh) {
          try {
            f();
          } catch (err) {
            console.error('[Careline] team sync: a local change could not be sent', err);
          }
        }
      });
    }
    list.push(fn);
  }
}
