// Hashed n-gram features: the learner keeps one weight row per hash bucket instead of a
// vocabulary, so what it stores holds no text and its size is fixed whatever the agent teaches.
import { Kind, type Tokens } from './tokenize';

/** 2^18 buckets: few collisions for a care team's vocabulary, 7 MB of weights for 7 labels. */
export const HASH_BITS = 18;
export const HASH_SIZE = 1 << HASH_BITS;
const MASK = HASH_SIZE - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashString(s: string, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Mixes two hashes into one (for bigrams) without building the joined string. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEED_NEG = 0x6e656721;
const SEED_DOMAIN = 0x646f6d21;
const SEED_CHAR = 0x63686172;

/** The bucket of one word's unigram feature, as hashTokens computes it (for explaining labels). */
export function unigramBucket(tok: string, negated: boolean): number {
  const h = hashString(tok);
  return (negated ? mix(h, SEED_NEG) : h) & MASK;
}

/** A sparse feature vector: bucket indices and their values, unordered, duplicates allowed. */
export interface HashedFeatures {
  idx: Int32Array;
  val: Float32Array;
  n: number;
}

const MAX_FEATURES = 2048;

export interface HashOptions {
  /** Character n-grams of words (3 to 5 letters): cover inflection in hr, de, fr, es and typos. */
  charGrams: boolean;
}

/**
 * Unigrams (negation-marked), bigrams, link domains and, optionally, character n-grams.
 * The result lives in a shared buffer until the next call.
 * Values are scaled so each post has unit total weight per feature family, so long posts
 * do not shout down short ones.
 */
// One scratch buffer for every call: classification allocates nothing per post. Callers that
// keep features (the learner) copy them.
const SCRATCH_IDX = new Int32Array(MAX_FEATURES);
const SCRATCH_VAL = new Float32Array(MAX_FEATURES);

export function hashTokens(t: Tokens, opts: HashOptions): HashedFeatures {
  const idx = SCRATCH_IDX;
  const val = SCRATCH_VAL;
  let n = 0;
  const add = (h: number, v: number): void => {
    if (n < MAX_FEATURES) {
      idx[n] = h & MASK;
      val[n] = v;
      n++;
    }
  };
  const { toks, kinds, negated } = t;
  const hashes = new Uint32Array(toks.length);
  for (let i = 0; i < toks.length; i++) hashes[i] = hashString(toks[i] ?? '');

  const uniStart = n;
  let prev = -1;
  for (let i = 0; i < toks.length; i++) {
    if (kinds[i] === Kind.Punct) {
      prev = -1;
      continue;
    }
    const h = hashes[i] ?? 0;
    add(negated[i] === 1 ? mix(h, SEED_NEG) : h, 1);
    if (prev >= 0) add(mix(hashes[prev] ?? 0, h), 1);
    prev = i;
  }
  scale(val, uniStart, n);

  if (opts.charGrams) {
    const charStart = n;
    for (let i = 0; i < toks.length; i++) {
      if (kinds[i] !== Kind.Word && kinds[i] !== Kind.Hashtag) continue;
      const w = toks[i] ?? '';
      if (w.length < 4) continue;
      const s = ` ${w} `;
      for (let len = 3; len <= 5; len++) {
        for (let a = 0; a + len <= s.length; a++) {
          let h = SEED_CHAR ^ len;
          for (let c = a; c < a + len; c++) h = Math.imul(h ^ s.charCodeAt(c), FNV_PRIME);
          add(h >>> 0, 1);
        }
      }
    }
    scale(val, charStart, n);
  }
  for (const d of t.domains) add(hashString(d, SEED_DOMAIN), 0.5);
  return { idx, val, n };
}

function scale(val: Float32Array, from: number, to: number): void {
  if (to <= from) return;
  const s = 1 / Math.sqrt(to - from);
  for (let i = from; i < to; i++) val[i] = (val[i] ?? 0) * s;
}
