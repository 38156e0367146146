// The learned side of a post's explanation (explain.ts): the learner's weights on the post's
// signals and n-grams, and the words that weighed most. Kept apart from explain.ts so the page's
// shipped-only reading does not bundle the learner's n-gram code.
import type { LearnedView } from './explain';
import type { OnlineLearner } from './learner';
import { codeOf, unigramBucket, type Features } from './ngrams';
import { Kind, type Tokens } from './tokenize';

/** Words whose learned weights pushed the post toward the label most. */
function learnedTerms(t: Tokens, learner: OnlineLearner, label: number): string[] {
  const scored: { term: string; w: number }[] = [];
  t.toks.forEach((tok, i) => {
    const k = t.kinds[i];
    if (k !== Kind.Word && k !== Kind.Hashtag && k !== Kind.Emoji) return;
    const w = learner.weightOf(unigramBucket(codeOf(tok, k, t.negated[i] === 1)), label);
    if (w > 0) scored.push({ term: t.surface[i] ?? tok, w });
  });
  scored.sort((a, b) => b.w - a.w);
  return [...new Set(scored.map((s) => s.term))].slice(0, 3);
}

export function learnedView(learner: OnlineLearner, tokens: Tokens, hashed: Features | undefined): LearnedView {
  return {
    denseWeight: (f, label) => learner.denseWeight(f, label),
    postWeight: (label) => {
      if (hashed === undefined) return 0;
      let weight = 0;
      for (let i = 0; i < hashed.n; i++) weight += (hashed.val[i] ?? 0) * learner.weightOf(hashed.idx[i] ?? 0, label);
      return weight;
    },
    terms: (label) => learnedTerms(tokens, learner, label),
  };
}
