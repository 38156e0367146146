// Where a post stands in its conversation, for the two rules that keep Careline from crying wolf:
// - a reply inside a customer's thread that names the brand only through "Replying to" and
//   answers the customer (X lists the post replied to first) is conversation context, not a
//   new mention to answer (brand-match.ts);
// - a closing "thanks" after the brand's reply is not praise waiting for a thank-you (ingest.ts).
// Both read the conversation, not the words: the lexicon stays as it is.
import type { Label, PostSnapshot } from '../model';
import { THANK_LABEL } from '../model-constants';

export type IsBrand = (handle: string) => boolean;

/** The post answers a post by the brand: X names the account replied to first in "Replying to". */
export const answersBrand = (post: Pick<PostSnapshot, 'replyingTo'>, isBrand: IsBrand): boolean =>
  post.replyingTo.length > 0 && isBrand(post.replyingTo[0]!);

/**
 * "Replying to @customer @brand" with no brand handle or keyword in the text: someone talking to
 * the customer in the customer's thread (advice, "me too"). The text check is the caller's.
 */
export const isThreadContext = (post: Pick<PostSnapshot, 'replyingTo'>, isBrand: IsBrand): boolean =>
  post.replyingTo.some(isBrand) && !answersBrand(post, isBrand);

/** The reason recorded on a closing thanks, shown in the chip's menu. */
export const CLOSING_THANKS = 'closing_thanks';

/**
 * Triage read thanks, the customer answers the brand's post, and the brand had already answered
 * this customer: the conversation is closing, nothing is waiting for a reply.
 */
export function isClosingThanks(
  label: Label,
  post: Pick<PostSnapshot, 'replyingTo'>,
  isBrand: IsBrand,
  brandAnsweredBefore: boolean,
): boolean {
  return label === THANK_LABEL && brandAnsweredBefore && answersBrand(post, isBrand);
}

/** In posts read from one page: did a brand post answer this author before `at`? */
export function brandAnsweredInPage(posts: readonly PostSnapshot[], author: string, at: number, isBrand: IsBrand): boolean {
  const who = author.toLowerCase();
  return posts.some(
    (p) => isBrand(p.authorHandle) && p.replyingTo.some((h) => h.toLowerCase() === who) && Date.parse(p.postedAt) <= at,
  );
}
