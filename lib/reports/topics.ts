// What complaints are about: the words (and hashtags) most complaints use, once per complaint.
// Links, @handles, numbers, the brand's own handles and name words, and the stopwords of the
// languages Careline triages are left out; words are compared accent-folded (fold, as triage
// does) and shown as most complaints wrote them. A plain word split rather than triage's
// tokenizer: at 100,000 mentions the report cannot afford negation scopes and emoji classes.
import type { BrandTerms } from '../model';
import { fold } from '../triage/fold';
import { STOPWORDS } from './stopwords';

export interface TopicTerm {
  /** As most complaints wrote it (lowercase, accents kept). */
  term: string;
  /** Complaints that use it. */
  count: number;
}

const MIN_LETTERS = 3;
const LINK = /https?:\/\/\S+|www\.\S+|pic\.twitter\.com\/\S+/gi;
const WORD = /[#@]?[\p{L}\p{N}][\p{L}\p{M}\p{N}_]*(?:['’][\p{L}\p{M}]+)*/gu;
// Most posts are ASCII: a byte-class pattern is several times faster than Unicode properties.
const ASCII_WORD = /[#@]?[a-z0-9][a-z0-9_]*(?:'[a-z]+)*/g;
const NOT_ASCII = /[^\p{ASCII}]/u;
const MAY_LINK = /http|www\.|pic\./i;
const DIGITS = /^\d+$/;
/** French elision: "l'appli" is about the app. */
const ELISION = /^(?:[a-z]|qu|jusqu|lorsqu|puisqu)'/;

const brandWordCache = new Map<string, ReadonlySet<string>>();
/** The brand's handles and every word of its names, folded: never a topic. */
function brandWords(brand: BrandTerms): ReadonlySet<string> {
  const key = `${brand.handles.join(' ')}|${brand.keywords.join('|')}`;
  let words = brandWordCache.get(key);
  if (!words) {
    words = new Set([...brand.handles, ...brand.keywords.flatMap((k) => k.split(/[^\p{L}\p{N}]+/u))].filter(Boolean).map(fold));
    if (brandWordCache.size > 16) brandWordCache.clear();
    brandWordCache.set(key, words);
  }
  return words;
}

/**
 * Distinct topic words of one post, before the brand is set aside: accent-folded key → as
 * written. Brand-independent, so the reports' day facts can keep them (day-facts.ts).
 */
export function postTopicWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  const plain = (MAY_LINK.test(text) ? text.replace(LINK, ' ') : text).toLowerCase();
  const ascii = !NOT_ASCII.test(plain);
  for (const [raw] of plain.matchAll(ascii ? ASCII_WORD : WORD)) {
    if (raw.charCodeAt(0) === 64 /* @ */) continue;
    const tag = raw.charCodeAt(0) === 35; /* # */
    let written = tag ? raw.slice(1) : raw;
    if (!ascii) written = written.replace(/’/g, "'");
    if (written.includes("'")) written = written.replace(ELISION, '');
    const folded = ascii ? written : fold(written);
    const key = folded.includes("'") ? folded.replace(/'/g, '') : folded;
    if (key.length < MIN_LETTERS || DIGITS.test(key) || STOPWORDS.has(key) || words.has(key)) continue;
    words.set(key, tag ? `#${written}` : written);
  }
  return words;
}

/** Topic words of one post without the brand's handles and name words. */
export function topicWords(text: string, brand: BrandTerms): Map<string, string> {
  const skip = brandWords(brand);
  const words = postTopicWords(text);
  for (const key of skip) words.delete(key);
  return words;
}

/** One post's topic words packed in one string (key \u0001 written, \u0000 between words). */
export function packTopicWords(words: Map<string, string>): string {
  let out = '';
  for (const [key, written] of words) out += (out ? '\u0000' : '') + key + (written === key ? '' : `\u0001${written}`);
  return out;
}

/** Counts topic words over posts; `top(n)` lists the most used, ties in alphabetical order. */
export class TopicCounter {
  private readonly counts = new Map<string, number>();
  private readonly spellings = new Map<string, Map<string, number>>();
  private readonly skip: ReadonlySet<string>;
  posts = 0;

  constructor(brand: BrandTerms) {
    this.skip = brandWords(brand);
  }

  add(text: string): void {
    this.posts++;
    for (const [key, written] of postTopicWords(text)) this.count(key, written);
  }

  /** The same as add(), from words packed by packTopicWords. */
  addPacked(packed: string): void {
    this.posts++;
    if (packed === '') return;
    for (const word of packed.split('\u0000')) {
      const cut = word.indexOf('\u0001');
      if (cut < 0) this.count(word, word);
      else this.count(word.slice(0, cut), word.slice(cut + 1));
    }
  }

  private count(key: string, written: string): void {
    if (this.skip.has(key)) return;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    let ways = this.spellings.get(key);
    if (!ways) this.spellings.set(key, (ways = new Map()));
    ways.set(written, (ways.get(written) ?? 0) + 1);
  }

  top(n: number): TopicTerm[] {
    return [...this.counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, n)
      .map(([key, count]) => ({ term: mostWritten(this.spellings.get(key)!), count }));
  }
}

function mostWritten(ways: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [w, c] of ways) if (c > bestCount || (c === bestCount && w < best)) [best, bestCount] = [w, c];
  return best;
}
