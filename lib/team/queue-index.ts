// The team queue in memory: for each mention its card and events, as the raw entries the Y.Doc
// already holds (the same strings, so no second copy), keyed by status id. Entries are validated
// and merged when a mention's state is asked for; a malformed one is skipped and counted, never
// applied. Entries are only ever added, so the index only grows.
import { decodeCard, decodeEvent, statusIdOf, type Card, type Field, type TeamEvent } from './records';
import { mergeState, stamp, type SharedState } from './merge';

export class QueueIndex {
  private readonly cards = new Map<string, string>();
  private readonly events = new Map<string, string[]>();
  /** Entries that did not parse: counted, never applied. */
  rejected = 0;

  /** Takes card entries in; returns the status ids whose card is new. */
  addCards(raw: readonly unknown[]): string[] {
    const added: string[] = [];
    for (const r of raw) {
      const id = statusIdOf(r);
      if (!id) {
        this.rejected++;
        continue;
      }
      const had = this.cards.get(id);
      if (had === undefined) {
        this.cards.set(id, r as string);
        added.push(id);
      } else if (had !== r && earlier(r as string, had)) {
        this.cards.set(id, r as string);
      }
    }
    return added;
  }

  /** Takes event entries in; returns the status ids they touch. */
  addEvents(raw: readonly unknown[]): string[] {
    const touched = new Set<string>();
    for (const r of raw) {
      const id = statusIdOf(r);
      if (!id) {
        this.rejected++;
        continue;
      }
      const list = this.events.get(id);
      if (!list) this.events.set(id, [r as string]);
      // The same entry twice (an outbox replayed after an acknowledgement was lost) counts once.
      else if (!list.includes(r as string)) list.push(r as string);
      touched.add(id);
    }
    return [...touched];
  }

  card(statusId: string): Card | undefined {
    const raw = this.cards.get(statusId);
    if (raw === undefined) return undefined;
    const c = decodeCard(raw);
    if (!c) this.rejected++;
    return c ?? undefined;
  }

  hasCard(statusId: string): boolean {
    return this.cards.has(statusId);
  }

  eventsOf(statusId: string): TeamEvent[] {
    const raw = this.events.get(statusId);
    if (!raw) return [];
    const out: TeamEvent[] = [];
    for (const r of raw) {
      const e = decodeEvent(r);
      if (e && e.statusId === statusId) out.push(e);
      else this.rejected++;
    }
    return out;
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

/** Of two cards for one post, the earliest sighting wins; equal times fall to the entry's text. */
function earlier(a: string, b: string): boolean {
  const ca = decodeCard(a);
  const cb = decodeCard(b);
  if (!ca) return false;
  if (!cb) return true;
  return ca.firstSeenAt < cb.firstSeenAt || (ca.firstSeenAt === cb.firstSeenAt && a < b);
}
