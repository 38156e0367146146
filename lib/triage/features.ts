// The names of the signals the shipped model weighs and the agent is told about. Kept apart from
// signals.ts so that code that only names reasons (the overlay) does not pull in the lexicons.
import { LEXICON_SIGNALS } from './lexicon/types';

export const SHAPE_FEATURES = [
  'question_mark',
  /** The post opens with a question word ("how", "kako", "wann"). */
  'opens_with_question',
  'exclamations',
  'shouting',
  'link',
  /** Little but a link. */
  'link_only',
  /** Most words capitalised, no first or second person: written like a headline. */
  'headline',
  /** Link plus headline style, an ellipsis cut, many hashtags or two links: how auto-posters write. */
  'link_farm',
  'hashtag',
  'many_hashtags',
  'many_mentions',
  'brand_mention',
  'short',
  /** A positive word under negation ("not happy"): read as negative. */
  'negated_positive',
  /** A question about a problem ("why is my flight delayed?") is a complaint. */
  'problem_question',
  /** The shipped English tone model (english-tone.ts): 0–4, English posts only. */
  'tone_negative',
  'tone_positive',
] as const;
export type ShapeFeature = (typeof SHAPE_FEATURES)[number];

export const FEATURES = [...LEXICON_SIGNALS, ...SHAPE_FEATURES] as const;
export type Feature = (typeof FEATURES)[number];
export const FEATURE_COUNT = FEATURES.length;
export const FEATURE_INDEX: Record<Feature, number> = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<
  Feature,
  number
>;
