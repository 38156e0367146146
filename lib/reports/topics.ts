// What complaints are about: the words (and hashtags) most complaints use, once per complaint,
// after Careline's tokenizer (lib/triage/tokenize) has set aside links, handles, the brand's own
// handles and names, numbers, emoji and the stopwords of its languages.
import type { BrandTerms } from '../model';
import { Kind, tokenize } from '../triage/tokenize';
import { STOPWORDS } from './stopwords';

export interface TopicTerm {
  /** As most complaints wrote it (lowercase, accents kept). */
  term: string;
  /** Complaints that use it. */
  count: number;
}

const MIN_LETTERS = 3;

/** Distinct topic words of one post, keyed by their accent-folded form, with what was written. */
export function topicWords(text: string, brand: BrandTerms): Map<string, string> {
  const t = tokenize(text, brand);
  const words = new Map<string, string>();
  for (let i = 0; i < t.toks.length; i++) {
    const kind = t.kinds[i];
    if (kind !== Kind.Word && kind !== Kind.Hashtag) continue;
    const key = t.toks[i]!;
    if (key.length < MIN_LETTERS || STOPWORDS.has(key) || words.has(key)) continue;
    words.set(key, kind === Kind.Hashtag ? `#${t.surface[i]}` : t.surface[i]!);
  }
  return words;
}

/** Counts topic words over posts; `top(n)` lists the most used, ties in alphabetical order. */
export class TopicCounter {
  private readonly counts = new Map<string, number>();
  private readonly spellings = new Map<string, Map<string, number>>();
  posts = 0;

  constructor(private readonly brand: BrandTerms) {}

  add(text: string): void {
    this.posts++;
    for (const [key, written] of topicWords(text, this.brand)) {
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      let ways = this.spellings.get(key);
      if (!ways) this.spellings.set(key, (ways = new Map()));
      ways.set(written, (ways.get(written) ?? 0) + 1);
    }
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
