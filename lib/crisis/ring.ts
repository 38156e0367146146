// The last few hours minute by minute: how many mentions, how many negative, the negative
// evidence (weighted), and which terms the negative ones used. Minutes are epoch-minute numbers.
export interface MinuteBucket {
  minute: number;
  count: number;
  negative: number;
  evidence: number;
  /** The detector was watching (or saw a post) in this minute: it counts as baseline exposure. */
  covered: boolean;
  /** Per term: mentions, negative mentions, negative evidence. */
  terms: Map<string, TermCounts>;
}

export type TermCounts = [count: number, negative: number, evidence: number];

const empty = (minute: number): MinuteBucket => ({ minute, count: 0, negative: 0, evidence: 0, covered: false, terms: new Map() });

export class MinuteRing {
  readonly buckets: MinuteBucket[];
  constructor(readonly size: number, buckets?: MinuteBucket[]) {
    this.buckets = buckets ?? Array.from({ length: size }, () => empty(-1));
  }

  /** The bucket of `minute`, recycled when it still holds an older minute (that minute was already folded or never seen). */
  at(minute: number): MinuteBucket {
    const i = ((minute % this.size) + this.size) % this.size;
    let b = this.buckets[i]!;
    if (b.minute !== minute) {
      b = empty(minute);
      this.buckets[i] = b;
    }
    return b;
  }

  /** The bucket of `minute` if the ring holds it. */
  peek(minute: number): MinuteBucket | undefined {
    const b = this.buckets[((minute % this.size) + this.size) % this.size]!;
    return b.minute === minute ? b : undefined;
  }

  /** Empties the slot of `minute` and hands back what it held (for folding into the baseline). */
  take(minute: number): MinuteBucket | undefined {
    const i = ((minute % this.size) + this.size) % this.size;
    const b = this.buckets[i]!;
    this.buckets[i] = empty(-1);
    return b.minute >= 0 ? b : undefined;
  }
}
