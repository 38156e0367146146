// The agent's corrections, kept on the agent's machine so the learner can re-fit from all of them:
// each post as its token codes (hashes, no text), its signal vector and the agent's label, and one
// shared dictionary from each distinct word's hash to its character n-gram buckets. Words repeat
// across posts, so this takes about 150 bytes a post where full feature vectors would take 1 KB.
// Full at MAX_STORED: the oldest tenth is dropped, the newest corrections always kept.
import { hasCharGrams, wordKey } from './ngrams';

export const MAX_STORED = 25_000;

export interface CorrectionStoreState {
  /** Token codes of every post, back to back; offsets has one more entry than labels. */
  codes: Uint32Array;
  offsets: Uint32Array;
  labels: Uint8Array;
  /** Each post's signal vector (small counts), `signalCount` per post. */
  signals: Uint8Array;
  signalCount: number;
  /** Character n-gram buckets per word hash: words[i] → grams[gramOffsets[i] … gramOffsets[i+1]). */
  words: Uint32Array;
  gramOffsets: Uint32Array;
  grams: Int32Array;
}

function grow<T extends Uint32Array | Int32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2, 64));
  b.set(a);
  return b;
}

/** Word hash → its n-gram buckets, open addressing over typed arrays (a Map of arrays costs 5× more). */
class GramDictionary {
  private keys = new Uint32Array(1024);
  private starts = new Uint32Array(1024);
  private lengths = new Uint8Array(1024);
  private pool = new Int32Array(4096);
  private used = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  has(key: number): boolean {
    return this.keys[this.slot(key)] === key;
  }

  get(key: number, out: number[]): void {
    const i = this.slot(key);
    if (this.keys[i] !== key) return;
    const s = this.starts[i] ?? 0;
    const e = s + (this.lengths[i] ?? 0);
    for (let j = s; j < e; j++) out.push(this.pool[j] ?? 0);
  }

  set(key: number, grams: readonly number[] | Int32Array): void {
    if ((this.count + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    const i = this.slot(key);
    if (this.keys[i] === key) return;
    const n = Math.min(grams.length, 255);
    this.pool = grow(this.pool, this.used + n);
    for (let j = 0; j < n; j++) this.pool[this.used + j] = grams[j] ?? 0;
    this.keys[i] = key;
    this.starts[i] = this.used;
    this.lengths[i] = n;
    this.used += n;
    this.count++;
  }

  private rehash(size: number): void {
    const { keys, starts, lengths } = this;
    this.keys = new Uint32Array(size);
    this.starts = new Uint32Array(size);
    this.lengths = new Uint8Array(size);
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j] ?? 0;
      if (k === 0) continue;
      const i = this.slot(k);
      this.keys[i] = k;
      this.starts[i] = starts[j] ?? 0;
      this.lengths[i] = lengths[j] ?? 0;
    }
  }

  entries(): { key: number; grams: Int32Array }[] {
    const out: { key: number; grams: Int32Array }[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i] ?? 0;
      if (k === 0) continue;
      const s = this.starts[i] ?? 0;
      out.push({ key: k, grams: this.pool.subarray(s, s + (this.lengths[i] ?? 0)) });
    }
    return out;
  }

  bytes(): number {
    return this.keys.byteLength + this.starts.byteLength + this.lengths.byteLength + this.pool.byteLength;
  }
}

export class CorrectionStore {
  private codes = new Uint32Array(1024);
  private offsets = new Uint32Array(65);
  private labelArr = new Uint8Array(64);
  private signalArr = new Uint8Array(64);
  private count = 0;
  private dict = new GramDictionary();
  /** Corrections dropped since this store was made: a fit in progress on the old indices is void. */
  private droppedCount = 0;

  constructor(
    private readonly signalCount: number,
    state?: CorrectionStoreState,
  ) {
    if (state === undefined) return;
    if (state.signalCount !== signalCount) throw new Error('learned triage state is from an incompatible model version');
    for (let i = 0; i < state.words.length; i++) {
      this.dict.set(state.words[i] ?? 0, state.grams.subarray(state.gramOffsets[i] ?? 0, state.gramOffsets[i + 1] ?? 0));
    }
    for (let i = 0; i < state.labels.length; i++) {
      const codes = state.codes.subarray(state.offsets[i] ?? 0, state.offsets[i + 1] ?? 0);
      this.push(codes, state.signals.subarray(i * signalCount, (i + 1) * signalCount), state.labels[i] ?? 0);
    }
  }

  get size(): number {
    return this.count;
  }

  get dropped(): number {
    return this.droppedCount;
  }

  /**
   * Keeps one correction. `grams(code, i, out)` gives the n-gram buckets of the word behind code i;
   * it is asked only for words the dictionary does not have yet.
   */
  add(codes: Uint32Array, grams: (i: number, out: number[]) => void, signals: Float32Array, label: number): void {
    const tmp: number[] = [];
    codes.forEach((c, i) => {
      if (!hasCharGrams(c) || this.dict.has(wordKey(c))) return;
      tmp.length = 0;
      grams(i, tmp);
      this.dict.set(wordKey(c), tmp);
    });
    const x = new Uint8Array(this.signalCount);
    for (let f = 0; f < this.signalCount; f++) x[f] = Math.min(255, Math.max(0, Math.round(signals[f] ?? 0)));
    this.push(codes, x, label);
    if (this.count > MAX_STORED) this.dropOldest(Math.ceil(MAX_STORED / 10));
  }

  private push(codes: Uint32Array, signals: Uint8Array, label: number): void {
    const start = this.offsets[this.count] ?? 0;
    this.codes = grow(this.codes, start + codes.length);
    this.codes.set(codes, start);
    this.offsets = grow(this.offsets, this.count + 2);
    this.offsets[this.count + 1] = start + codes.length;
    this.labelArr = grow(this.labelArr, this.count + 1);
    this.labelArr[this.count] = label;
    this.signalArr = grow(this.signalArr, (this.count + 1) * this.signalCount);
    this.signalArr.set(signals, this.count * this.signalCount);
    this.count++;
  }

  codesOf(i: number): Uint32Array {
    return this.codes.subarray(this.offsets[i] ?? 0, this.offsets[i + 1] ?? 0);
  }

  labelOf(i: number): number {
    return this.labelArr[i] ?? 0;
  }

  /** Signal vector of post i, as floats, into `out`. */
  signalsOf(i: number, out: Float32Array): Float32Array {
    const base = i * this.signalCount;
    for (let f = 0; f < this.signalCount; f++) out[f] = this.signalArr[base + f] ?? 0;
    return out;
  }

  gramsOf(code: number, out: number[]): void {
    this.dict.get(wordKey(code), out);
  }

  /** Bytes of typed arrays held (for the memory figures in docs/triage.md). */
  bytes(): number {
    return this.codes.byteLength + this.offsets.byteLength + this.labelArr.byteLength + this.signalArr.byteLength + this.dict.bytes();
  }

  private dropOldest(n: number): void {
    const state = this.exportState(n);
    const fresh = new CorrectionStore(this.signalCount, state);
    Object.assign(this, { codes: fresh.codes, offsets: fresh.offsets, labelArr: fresh.labelArr, signalArr: fresh.signalArr, count: fresh.count, dict: fresh.dict });
    this.droppedCount += n;
  }

  /** Typed arrays only (structured-clone-able); the dictionary keeps only words still in use. */
  exportState(skip = 0): CorrectionStoreState {
    const first = this.offsets[skip] ?? 0;
    const last = this.offsets[this.count] ?? 0;
    const codes = this.codes.slice(first, last);
    const offsets = this.offsets.slice(skip, this.count + 1).map((o) => o - first);
    const inUse = new Set<number>();
    for (const c of codes) if (hasCharGrams(c)) inUse.add(wordKey(c));
    const entries = this.dict.entries().filter((e) => inUse.has(e.key));
    const gramOffsets = new Uint32Array(entries.length + 1);
    let total = 0;
    entries.forEach((e, i) => {
      gramOffsets[i] = total;
      total += e.grams.length;
    });
    gramOffsets[entries.length] = total;
    const grams = new Int32Array(total);
    entries.forEach((e, i) => grams.set(e.grams, gramOffsets[i] ?? 0));
    return {
      codes,
      offsets,
      labels: this.labelArr.slice(skip, this.count),
      signals: this.signalArr.slice(skip * this.signalCount, this.count * this.signalCount),
      signalCount: this.signalCount,
      words: Uint32Array.from(entries.map((e) => e.key)),
      gramOffsets,
      grams,
    };
  }
}
