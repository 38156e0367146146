// Hashed n-gram features for the learner: word unigrams (negation-marked), word bigrams, character
// 2–5-grams inside each word and link domains, all hashed into one table of buckets, so nothing
// the learner keeps holds text and its size is fixed whatever the agent teaches.
//
// A post is first reduced to "token codes" (one 32-bit hash per token, with flags), which is all a
// stored correction keeps; the character n-grams of each word are kept once per distinct word in
// a shared dictionary (correction-store.ts). Features are binary and L2-normalised per post.
import { FNV_PRIME, hashString, mix } from './hash';
import { Kind, type Tokens } from './tokenize';

/** 2^17 buckets: measured as good as 2^20 on the train splits, and 3.7 MB of weights for 7 labels. */
export const HASH_BITS = 17;
export const HASH_SIZE = 1 << HASH_BITS;
const MASK = HASH_SIZE - 1;

// Token code layout: bits 2..31 the token's hash, bit 1 "a word with character n-grams",
// bit 0 "in a negation's scope". 0 breaks bigrams (punctuation).
const NEG = 1;
const WORDISH = 2;
export const BREAK = 0;
const SEED_UNI = 0x756e6921;
const SEED_NEG = 0x6e656721;
const SEED_BI = 0x62696721;
const SEED_DOMAIN = 0x646f6d21;
const SEED_CHAR = 0x63686172;

/** The token's hash part of a code: what the character n-gram dictionary is keyed by. */
export const wordKey = (code: number): number => code >>> 2;
export const hasCharGrams = (code: number): boolean => (code & WORDISH) !== 0;

export function unigramBucket(code: number): number {
  return mix(code >>> 2, code & NEG ? SEED_NEG : SEED_UNI) & MASK;
}

function bigramBucket(a: number, b: number): number {
  return mix(mix(a >>> 2, SEED_BI), b >>> 2) & MASK;
}

const MIN_GRAM = 2;
const MAX_GRAM = 5;

/** Buckets of the character 2–5-grams of one folded word, with a space on each side. */
export function charGrams(word: string, out: number[]): void {
  const L = word.length + 2;
  const at = (i: number): number => (i === 0 || i === L - 1 ? 32 : word.charCodeAt(i - 1));
  for (let a = 0; a < L; a++) {
    let h = SEED_CHAR;
    for (let len = 1; len <= MAX_GRAM && a + len <= L; len++) {
      h = Math.imul(h ^ at(a + len - 1), FNV_PRIME);
      if (len >= MIN_GRAM) out.push(mix(h >>> 0, len) & MASK);
    }
  }
}

/** The code of one token. */
export function codeOf(tok: string, kind: Kind | undefined, negated: boolean): number {
  const wordish = (kind === Kind.Word || kind === Kind.Hashtag) && tok.length >= 2;
  // Bit 2 always set: a hash that happens to end in zero bits must not read as a break.
  return (((hashString(tok) << 2) | 4 | (wordish ? WORDISH : 0) | (negated ? NEG : 0)) >>> 0);
}

/**
 * One code per token; punctuation becomes a break, link domains come last. `words`, when given,
 * receives the folded word behind each code ('' for breaks and domains).
 */
export function tokenCodes(t: Tokens, words?: string[]): Uint32Array {
  const { toks, kinds, negated } = t;
  const codes: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const k = kinds[i];
    if (k === Kind.Punct) {
      if (codes.length > 0 && codes[codes.length - 1] !== BREAK) {
        codes.push(BREAK);
        words?.push('');
      }
      continue;
    }
    const tok = toks[i] ?? '';
    codes.push(codeOf(tok, k, negated[i] === 1));
    words?.push(tok);
  }
  for (const d of t.domains) {
    codes.push(BREAK, ((hashString(d, SEED_DOMAIN) << 2) | 4) >>> 0);
    words?.push('', '');
  }
  return Uint32Array.from(codes);
}

/**
 * A sparse feature vector: distinct bucket ids (in no particular order) and their values. Word n-grams and character
 * n-grams are each binary and L2-normalised on their own, then weighted (FAMILY_WEIGHTS), so the
 * many character n-grams of a post do not drown its few words.
 */
export interface Features {
  idx: Int32Array;
  val: Float32Array;
  n: number;
}

/** Weights of the word and character families; tuned on validation folds of the train splits. */
export const FAMILY_WEIGHTS = { words: 1.2, chars: 1 };

const MAX_FEATURES = 4096;
const SCRATCH = new Int32Array(MAX_FEATURES);
const VALUES = new Float32Array(MAX_FEATURES);
const CHARS = new Int32Array(MAX_FEATURES);
const GRAMS: number[] = [];

// Dedupe without sorting: the call's stamp marks buckets already taken (sorting was a fifth of a re-fit).
const SEEN = new Uint32Array(HASH_SIZE);
let stamp = 0;

function nextStamp(): number {
  stamp = (stamp + 1) >>> 0;
  if (stamp === 0) {
    SEEN.fill(0);
    stamp = 1;
  }
  return stamp;
}

/**
 * Features of a post from its codes; `gramsOf` gives a word's character n-gram buckets (from the
 * tokens at classification time, from the dictionary for stored corrections). The result lives
 * in a shared buffer until the next call: callers that keep it copy it.
 */
export function featuresOf(codes: Uint32Array, gramsOf: (code: number, i: number, out: number[]) => void): Features {
  const idx = SCRATCH;
  const half = MAX_FEATURES / 2;
  const wordStamp = nextStamp();
  let n = 0;
  let c2 = 0;
  let prev = BREAK;
  const take = (bucket: number): void => {
    if (SEEN[bucket] === wordStamp || n >= half) return;
    SEEN[bucket] = wordStamp;
    idx[n++] = bucket;
  };
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] ?? BREAK;
    if (c === BREAK) {
      prev = BREAK;
      continue;
    }
    take(unigramBucket(c));
    if (prev !== BREAK) take(bigramBucket(prev, c));
    prev = c;
    if (hasCharGrams(c)) {
      GRAMS.length = 0;
      gramsOf(c, i, GRAMS);
      for (const g of GRAMS) if (c2 < half) CHARS[c2++] = g;
    }
  }
  const words = n;
  const charStamp = nextStamp();
  for (let j = 0; j < c2; j++) {
    const g = CHARS[j] ?? 0;
    if (SEEN[g] === charStamp) continue;
    SEEN[g] = charStamp;
    idx[n++] = g;
  }
  const vw = words > 0 ? FAMILY_WEIGHTS.words / Math.sqrt(words) : 0;
  const vc = n > words ? FAMILY_WEIGHTS.chars / Math.sqrt(n - words) : 0;
  VALUES.fill(vw, 0, words);
  VALUES.fill(vc, words, n);
  return { idx: SCRATCH, val: VALUES, n };
}

/** Features straight from a post's words (classification): character n-grams computed on the fly. */
export function featuresOfWords(codes: Uint32Array, words: readonly string[]): Features {
  return featuresOf(codes, (_code, i, out) => charGrams(words[i] ?? '', out));
}
