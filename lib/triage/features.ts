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
  /**
   * A link next to a problem and no spam words ("Pésima aerolínea <link>", "worst stay of my
   * life <link>"): the customer's photo or review, not a link share (seventh pass).
   */
  'problem_link',
  /** The shipped English tone model (english-tone.ts): 0–4, English posts only, set by the background's second stage. */
  'tone_negative',
  'tone_positive',
  // Fifth pass: how the crisis families combine. Each alone is weak ("my son", "smoke", "everyone");
  // together they are what a crisis told in ordinary words looks like.
  /** Danger in plain words and a person at risk in the same post. */
  'person_in_danger',
  /** A service or product health depends on, and it failed or ran out. */
  'health_service_down',
  /** Many people hit by the same failure, loss or danger. */
  'mass_failure',
  /** Someone else's data, or data where it should not be. */
  'data_exposure',
  /** Praise or thanks next to a problem: irony, a complaint. */
  'sarcasm',
  /** Mockery or insults with no service problem to fix. */
  'mockery_only',
  /** A question with no problem in it. */
  'plain_question',
  /** Opens with the brand's handle: written to the care team. */
  'to_brand',
  /** Opens with another account's handle: a reply between users. */
  'to_other_user',
  /** Names the brand without its handle: talked about, not to. */
  'brand_by_name',
  // The post's language, one-hot: the shipped weights are fitted per language (shipped-weights.ts).
  'lang_en',
  'lang_fr',
  'lang_de',
  'lang_es',
  'lang_hr',
] as const;
export type ShapeFeature = (typeof SHAPE_FEATURES)[number];

export const FEATURES = [...LEXICON_SIGNALS, ...SHAPE_FEATURES] as const;
export type Feature = (typeof FEATURES)[number];
export const FEATURE_COUNT = FEATURES.length;
/** The features a reason can name: all but the language markers (the model's per-language offsets). */
export const REASON_FEATURES = FEATURES.filter((f): f is Exclude<Feature, `lang_${string}`> => !f.startsWith('lang_'));
export const FEATURE_INDEX: Record<Feature, number> = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<
  Feature,
  number
>;
