// What a mention is about, as a few terms the detector can count: hashtags, words that are not
// function words, other accounts it names, and the post it quotes. The brand's own handles and
// keywords are left out (every mention has them).
import type { BrandTerms } from '../model';
import { Kind, tokenize } from '../triage/tokenize';
import { STOPWORDS } from './stopwords';

/** At most this many terms per mention keeps the detector's work per mention bounded. */
export const MAX_TERMS = 12;
const QUOTE_PREFIX = 'quote:';

export const quoteTerm = (statusId: string): string => `${QUOTE_PREFIX}${statusId}`;
export const quotedIdOf = (term: string): string | null => (term.startsWith(QUOTE_PREFIX) ? term.slice(QUOTE_PREFIX.length) : null);

export function topicTerms(text: string, brand: BrandTerms, quotedStatusId?: string): string[] {
  const terms = new Set<string>();
  if (quotedStatusId) terms.add(quoteTerm(quotedStatusId));
  const t = tokenize(text, brand);
  for (let i = 0; i < t.toks.length && terms.size < MAX_TERMS; i++) {
    const tok = t.toks[i]!;
    switch (t.kinds[i]) {
      case Kind.Hashtag:
        if (tok.length >= 2) terms.add(`#${tok}`);
        break;
      case Kind.Mention:
        terms.add(t.surface[i]!.toLowerCase());
        break;
      case Kind.Word:
        if (tok.length >= 3 && !STOPWORDS.has(tok) && !/^\d/.test(tok)) terms.add(tok);
        break;
      default:
        break;
    }
  }
  return [...terms];
}
