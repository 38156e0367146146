// Posts the agent has relabelled, kept as sets of hashed words: a later post that says nearly the
// same thing (a repost, a copy-paste campaign, the same complaint with another @handle, link or a
// word changed) gets the agent's label outright, when the near-copies agree. MinHash bands find
// the candidates quickly; the word sets decide. Hashes only: no text is kept.
import { hashString } from './hash';
import { Kind, type Tokens } from './tokenize';

const MAX_ENTRIES = 5_000;
/** Share of distinct words two posts must have in common to count as the same post. */
export const SIMILARITY = 0.7;
const MIN_WORDS = 2;
// 6 bands of 3: a post sharing 70 % of its words is a candidate 92 % of the time, one sharing
// 30 % only 15 %, so few word sets need comparing.
const HASHES = 18;
const ROWS_PER_BAND = 3;
const CONTENT: ReadonlySet<Kind> = new Set<Kind>([Kind.Word, Kind.Hashtag, Kind.Number, Kind.Emoji, Kind.Emoticon]);

/** The post's distinct content words, hashed and sorted; empty when it has too few to compare. */
export function wordSet(t: Tokens): Uint32Array {
  const set = new Set<number>();
  t.toks.forEach((tok, i) => {
    const k = t.kinds[i];
    if (k !== undefined && CONTENT.has(k)) set.add(hashString(tok));
  });
  if (set.size < MIN_WORDS) return new Uint32Array(0);
  return Uint32Array.from(set).sort();
}

function scramble(h: number, seed: number): number {
  let x = Math.imul(h ^ seed, 0x9e3779b1);
  x = Math.imul(x ^ (x >>> 15), 0x85ebca77);
  return (x ^ (x >>> 13)) >>> 0;
}

function bandKeys(words: Uint32Array): number[] {
  const mins = new Array<number>(HASHES).fill(0xffffffff);
  for (const w of words) {
    for (let j = 0; j < HASHES; j++) {
      const v = scramble(w, j * 0x632be5ab + 1);
      if (v < (mins[j] ?? 0)) mins[j] = v;
    }
  }
  const keys: number[] = [];
  for (let b = 0; b < HASHES / ROWS_PER_BAND; b++) {
    let k = b + 1;
    for (let r = 0; r < ROWS_PER_BAND; r++) k = scramble(mins[b * ROWS_PER_BAND + r] ?? 0, k);
    keys.push(k);
  }
  return keys;
}

function idsOf(ids: number | number[] | undefined): readonly number[] {
  return ids === undefined ? [] : typeof ids === 'number' ? [ids] : ids;
}

function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

export interface CorrectionMemoryState {
  /** Word hashes of every remembered post, back to back; offsets has one more entry than labels. */
  words: Uint32Array;
  offsets: Uint32Array;
  labels: Uint8Array;
}

interface Entry {
  id: number;
  /** The last lookup that compared this entry: skips repeats without a set. */
  stamp: number;
  words: Uint32Array;
  label: number;
}

export class CorrectionMemory {
  private readonly entries = new Map<number, Entry>();
  /** Band key → entry id, or ids when several posts share the band (most bands hold one). */
  private readonly bands = new Map<number, number | number[]>();
  private nextId = 0;
  private lookup = 0;

  constructor(state?: CorrectionMemoryState) {
    if (state === undefined) return;
    for (let i = 0; i < state.labels.length; i++) {
      this.add(state.words.subarray(state.offsets[i] ?? 0, state.offsets[i + 1] ?? 0).slice(), state.labels[i] ?? 0);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The label of the remembered near-copies, when they all agree. Near-copies relabelled one way
   * and another (a campaign post some agents called spam and others other) decide nothing: the
   * learned model, which weighs all of them, does. A post relabelled again replaces itself (add).
   */
  find(words: Uint32Array): number | undefined {
    if (words.length === 0 || this.entries.size === 0) return undefined;
    const stamp = ++this.lookup;
    let label: number | undefined;
    for (const key of bandKeys(words)) {
      for (const id of idsOf(this.bands.get(key))) {
        const e = this.entries.get(id);
        if (e === undefined || e.stamp === stamp) continue;
        e.stamp = stamp;
        if (jaccard(words, e.words) < SIMILARITY) continue;
        if (label !== undefined && label !== e.label) return undefined;
        label = e.label;
      }
    }
    return label;
  }

  add(words: Uint32Array, label: number): void {
    if (words.length === 0) return;
    const keys = bandKeys(words);
    // The same post relabelled again: the new label replaces the old one.
    for (const k of keys) {
      for (const id of [...idsOf(this.bands.get(k))]) {
        const old = this.entries.get(id);
        if (old !== undefined && jaccard(words, old.words) === 1) this.remove(old);
      }
    }
    const e: Entry = { id: this.nextId++, stamp: 0, words, label };
    this.entries.set(e.id, e);
    for (const k of keys) {
      const ids = this.bands.get(k);
      if (ids === undefined) this.bands.set(k, e.id);
      else if (typeof ids === 'number') this.bands.set(k, [ids, e.id]);
      else ids.push(e.id);
    }
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.values().next();
      if (oldest.done !== true) this.remove(oldest.value);
    }
  }

  private remove(e: Entry): void {
    this.entries.delete(e.id);
    for (const k of bandKeys(e.words)) {
      const ids = this.bands.get(k);
      if (ids === e.id) this.bands.delete(k);
      else if (Array.isArray(ids)) {
        const rest = ids.filter((id) => id !== e.id);
        if (rest.length === 1) this.bands.set(k, rest[0] ?? 0);
        else this.bands.set(k, rest);
      }
    }
  }

  exportState(): CorrectionMemoryState {
    const list = [...this.entries.values()];
    const offsets = new Uint32Array(list.length + 1);
    let total = 0;
    list.forEach((e, i) => {
      offsets[i] = total;
      total += e.words.length;
    });
    offsets[list.length] = total;
    const words = new Uint32Array(total);
    list.forEach((e, i) => words.set(e.words, offsets[i] ?? 0));
    return { words, offsets, labels: Uint8Array.from(list.map((e) => e.label)) };
  }
}
