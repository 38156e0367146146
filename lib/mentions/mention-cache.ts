import type { Mention } from '../model';

/**
 * The background's memory of recently seen mentions, so an overlay for a post X re-creates on
 * scroll is answered without touching IndexedDB. Every write to mentions goes through the
 * background service, which keeps this in step; the worker's restart simply empties it.
 */
export class MentionCache {
  private readonly entries = new Map<string, Mention>();
  /**
   * Every stored status id, once loaded: a post never seen before is then known to be new
   * without a read, which would wait behind the previous batch's write.
   */
  private stored: Set<string> | undefined;
  private loading: Promise<void> | undefined;

  constructor(private readonly max = 5_000) {}

  /** Starts loading the stored ids in the background (keys only: a few MB at 100,000 mentions). */
  loadStoredIds(load: () => Promise<string[]>): void {
    this.loading ??= load().then(
      (ids) => {
        const known = new Set(ids);
        // Ids added while loading are already in the entries.
        for (const id of this.entries.keys()) known.add(id);
        this.stored = known;
      },
      () => {
        this.loading = undefined;
      },
    );
  }

  /** True when the id is surely not stored; false when it is, or when Careline cannot tell yet. */
  isSurelyNew(statusId: string): boolean {
    return this.stored !== undefined && !this.stored.has(statusId);
  }

  get(statusId: string): Mention | undefined {
    const m = this.entries.get(statusId);
    if (m) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.entries.delete(statusId);
      this.entries.set(statusId, m);
    }
    return m;
  }

  set(m: Mention): void {
    this.stored?.add(m.statusId);
    this.entries.delete(m.statusId);
    this.entries.set(m.statusId, m);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Forgets a mention entirely (its write failed). */
  delete(statusId: string): void {
    this.entries.delete(statusId);
    this.stored?.delete(statusId);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
