// The team queue in memory: each mention's card and events, read from the queue and assignments
// documents as entries arrive. Entries are only ever added, so the index only grows; merged
// states are computed on demand from a mention's few events.
import { decodeCard, decodeEvent, type Card, type Field, type TeamEvent } from './records';
import { mergeState, stamp, type SharedState } from './merge';

export class QueueIndex {
  private readonly cards = new Map<string, Card>();
  private readonly events = new Map<string, TeamEvent[]>();
  /** Entries that did not parse: counted, never applied. */
  rejected = 0;

  /** Takes card entries in; returns the status ids whose card is new. */
  addCards(raw: readonly unknown[]): string[] {
    const changed: string[] = [];
    for (const r of raw) {
      const c = decodeCard(r);
      if (!c) {
        this.rejected++;
        continue;
      }
      const had = this.cards.get(c.statusId);
      // Two agents may add the same post at once: the earliest sighting counts, whatever the arrival order.
      if (!had || c.firstSeenAt < had.firstSeenAt || (c.firstSeenAt === had.firstSeenAt && c.writer < had.writer)) {
        this.cards.set(c.statusId, c);
        if (!had) changed.push(c.statusId);
      }
    }
    return changed;
  }

  /** Takes event entries in; returns the status ids they touch. */
  addEvents(raw: readonly unknown[]): string[] {
    const changed = new Set<string>();
    for (const r of raw) {
      const e = decodeEvent(r);
      if (!e) {
        this.rejected++;
        continue;
      }
      this.addEvent(e);
      changed.add(e.statusId);
    }
    return [...changed];
  }

  addEvent(e: TeamEvent): void {
    const list = this.events.get(e.statusId);
    if (list) list.push(e);
    else this.events.set(e.statusId, [e]);
  }

  card(statusId: string): Card | undefined {
    return this.cards.get(statusId);
  }

  hasCard(statusId: string): boolean {
    return this.cards.has(statusId);
  }

  eventsOf(statusId: string): readonly TeamEvent[] {
    return this.events.get(statusId) ?? [];
  }

  state(statusId: string): SharedState {
    return mergeState(this.eventsOf(statusId));
  }

  /** The `at` and `base` for a new decision on one field, after everything seen of it. */
  stampFor(statusId: string, field: Field, now: number): { at: number; base: Record<string, number> } {
    return stamp(this.eventsOf(statusId).filter((e) => e.field === field), now);
  }

  /** Every status id with a card or an event. */
  ids(): Set<string> {
    return new Set([...this.cards.keys(), ...this.events.keys()]);
  }

  get size(): number {
    return this.cards.size;
  }
}
