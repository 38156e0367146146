// Length as X counts it, from X's own twitter-text: URLs weigh 23 whatever their length,
// CJK characters and emoji weigh 2, the limit is 280. DMs count plain characters up to 10,000.
import twitterText from 'twitter-text';

export const POST_LIMIT = 280;
export const DM_LIMIT = 10_000;

export interface PostCount {
  weighted: number;
  limit: number;
  remaining: number;
  over: boolean;
}

export function countForX(text: string): PostCount {
  const weighted = twitterText.parseTweet(text).weightedLength;
  return { weighted, limit: POST_LIMIT, remaining: POST_LIMIT - weighted, over: weighted > POST_LIMIT };
}

export interface DmCount {
  length: number;
  limit: number;
  remaining: number;
  over: boolean;
}

/** Characters as a person counts them (code points), against X's DM limit. */
export function countForDm(text: string): DmCount {
  const length = Array.from(text).length;
  return { length, limit: DM_LIMIT, remaining: DM_LIMIT - length, over: length > DM_LIMIT };
}
