// The learned side of a post's explanation (explain.ts): the learner's weights on the post's
// signals and n-grams, and the words that weighed most. Kept apart from explain.ts so the page's
// shipped-only reading does not bundle the learner's n-gram code.
import type { LearnedView, WordingView } from './explain';
import type { OnlineLearner } from './learner';
import { codeOf, unigramBucket, type Features } from './ngrams';
import { Kind, type Tokens } from './tokenize';

type BucketWeight = (bucket: number, label: number) => number;

const MIN_TERM_WEIGHT = 0.2;

/** Words whose n-gram weights pushed the post toward the label most. */
function termsByWeight(t: Tokens, weightOf: BucketWeight, label: number): string[] {
  const scored: { term: string; w: number }[] = [];
  t.toks.forEach((tok, i) => {
    const k = t.kinds[i];
    if (k !== Kind.Word && k !== Kind.Hashtag && k !== Kind.Emoji) return;
    const w = weightOf(unigramBucket(codeOf(tok, k, t.negated[i] === 1)), label);
    // Words that carry the label, not the little words every post has.
    if (w >= MIN_TERM_WEIGHT && (tok.length >= 3 || k === Kind.Emoji)) scored.push({ term: t.surface[i] ?? tok, w });
  });
  scored.sort((a, b) => b.w - a.w);
  return [...new Set(scored.map((s) => s.term))].slice(0, 3);
}

function postWeight(hashed: Features, weightOf: BucketWeight, label: number): number {
  let weight = 0;
  for (let i = 0; i < hashed.n; i++) weight += (hashed.val[i] ?? 0) * weightOf(hashed.idx[i] ?? 0, label);
  return weight;
}

export function learnedView(learner: OnlineLearner, tokens: Tokens, hashed: Features): LearnedView {
  const weightOf: BucketWeight = (b, l) => learner.weightOf(b, l);
  return {
    denseWeight: (f, label) => learner.denseWeight(f, label),
    postWeight: (label) => postWeight(hashed, weightOf, label),
    terms: (label) => termsByWeight(tokens, weightOf, label),
  };
}

/** The second stage's part of an explanation: how its n-gram weights read the post's wording. */
export function wordingView(weightOf: BucketWeight, tokens: Tokens, hashed: Features): WordingView {
  return {
    postWeight: (label) => postWeight(hashed, weightOf, label),
    terms: (label) => termsByWeight(tokens, weightOf, label),
  };
}
