// The shipped model (stage one, what the page runs): per language, a weight from each signal to
// each label. The hand-set weights below, written from care practice (a safety word outweighs
// everything; a real problem turns anger into a complaint, not a troll; thanks with a problem is
// sarcasm), are the prior; since the fifth pass the weights that ship are fitted on the project's
// own hand-written brand mentions around that prior (eval/triage/train, shipped-weights.ts). No
// weight was fitted to an evaluation file of ../shared/eval.
import { LABELS, type Label } from '../model-constants';
import { FEATURE_COUNT, FEATURE_INDEX, FEATURES, type Feature } from './features';
import type { LexiconLang } from './lexicon/langs';
import { STAGE_ONE } from './shipped-weights';

export const LABEL_COUNT = LABELS.length;
export const LABEL_INDEX: Record<Label, number> = Object.fromEntries(LABELS.map((l, i) => [l, i])) as Record<Label, number>;

type Row = Partial<Record<Label, number>>;

/** Score of each label before any signal: with nothing to go on, a post is "other". */
export const SHIPPED_BIAS: Record<Label, number> = {
  crisis: -3, complaint: -0.8, question: -1.1, praise: -0.7, troll: -1.6, spam: -1.5, other: 0,
};

// A crisis signal outweighs any number of ordinary complaint words in the same post.
const CRISIS: Row = { crisis: 8.5, complaint: -1 };

// Opinion words weigh against spam (service_issue, negative, positive): a link in a post that voices a
// problem or a feeling is usually the customer's screenshot or the story they react to.
export const SHIPPED_WEIGHTS: Record<Feature, Row> = {
  safety: CRISIS,
  legal: CRISIS,
  breach: CRISIS,
  emergency: CRISIS,
  media: { crisis: 7, question: 0.5 },
  boycott: { crisis: 7, complaint: -0.5 },
  outrage: { crisis: 6, complaint: -0.5, troll: 0.3 },
  service_issue: { complaint: 1.6, crisis: 0.5, praise: -1, question: -0.3, troll: -1, spam: -1.5, other: -0.5 },
  service_context: { complaint: 0.35, question: 0.15, other: -0.2 },
  negative: { complaint: 1.2, troll: 0.2, praise: -0.8, spam: -1.5, other: -0.3 },
  positive: { praise: 1.2, complaint: -0.4, spam: -1, other: -0.1 },
  thanks: { praise: 1.2, complaint: -0.2, spam: -1 },
  praise: { praise: 2, complaint: -0.8, spam: -1 },
  abuse: { troll: 3.4, complaint: 0.3, praise: -1, spam: -1.5 },
  profanity: { troll: 1.6, complaint: 0.5, praise: -0.3, spam: -1 },
  // A person writing "I", "my", "you" is rarely a bot: this weighs against a feed's news words.
  personal: { complaint: 0.3, question: 0.2, praise: 0.2, troll: 0.3, spam: -1.2 },
  question_word: { question: 0.35, complaint: 0.1 },
  request: { question: 0.6, complaint: 0.3, other: -0.2 },
  spam_giveaway: { spam: 2 },
  spam_scam: { spam: 2 },
  spam_crypto: { spam: 2 },
  spam_follow: { spam: 2 },
  // News, politics and feed words (and news-section tags, retweet copies: signals.ts): a feed's
  // headline, not the brand's crisis; kept small against crisis so a real one still wins.
  broadcast: { spam: 1.6, other: 0.3, crisis: -1 },
  question_mark: { question: 1.5, complaint: 0.3, spam: -0.8, other: -0.3 },
  opens_with_question: { question: 0.7 },
  exclamations: { praise: 0.2, complaint: 0.2 },
  shouting: { complaint: 0.4, troll: 0.3 },
  link: { spam: 2, other: 0.3 },
  link_only: { spam: 1.5 },
  headline: { spam: 1.2, other: 0.3 },
  link_farm: { spam: 1.5, crisis: -2 },
  hashtag: { spam: 1.6 },
  many_hashtags: { spam: 0.6 },
  many_mentions: { spam: 0.5 },
  brand_mention: { question: 0.3, complaint: 0.1, praise: 0.2, other: 0 },
  short: { other: 0.3 },
  negated_positive: { complaint: 1, praise: -1.2, spam: -0.5 },
  problem_question: { complaint: 1.2, question: -0.8 },
  // Frozen in the fit like the other link features: a hand-written corpus has few such posts.
  problem_link: { spam: -2, complaint: 0.5 },
  tone_negative: { complaint: 0.4, praise: -0.4 },
  tone_positive: { praise: 0.4, complaint: -0.4 },
  // Fifth pass: the crisis families, their combinations and the other new cues.
  harm: { crisis: 2.5, complaint: 0.3 },
  vulnerable: { crisis: 0.3 },
  health_critical: { crisis: 1, complaint: 0.3 },
  many_affected: { crisis: 1, complaint: 0.3 },
  money_loss: { crisis: 1.5, complaint: 0.8 },
  others_data: { crisis: 1.5 },
  mockery: { troll: 1.5, complaint: -0.2, praise: -0.5 },
  irony: { complaint: 1, praise: -1 },
  closing: { other: 1.5, praise: -0.3, complaint: -0.5 },
  passing: { other: 1, complaint: -0.3 },
  person_in_danger: { crisis: 5 },
  health_service_down: { crisis: 5 },
  mass_failure: { crisis: 4 },
  data_exposure: { crisis: 5 },
  sarcasm: { complaint: 1.5, praise: -2 },
  mockery_only: { troll: 1.5, complaint: -1 },
  plain_question: { question: 1, complaint: -0.5 },
  resolved: { praise: 0.8, complaint: -0.4 },
  // An accusation of discrimination is a crisis for the brand, not an insult from a troll.
  discrimination: { crisis: 7, troll: -1, complaint: -0.5 },
  to_brand: {},
  to_other_user: { other: 1, question: -0.3, complaint: -0.3 },
  brand_by_name: { other: 0.3, spam: 0.2 },
  lang_en: {},
  lang_fr: {},
  lang_de: {},
  lang_es: {},
  lang_hr: {},
};

/** The hand-set prior as one row-major matrix [feature][label], the layout the scorer reads. */
export function shippedMatrix(): Float32Array {
  const m = new Float32Array(FEATURE_COUNT * LABEL_COUNT);
  for (const [f, row] of Object.entries(SHIPPED_WEIGHTS) as [Feature, Row][]) {
    for (const [label, w] of Object.entries(row) as [Label, number][]) {
      m[FEATURE_INDEX[f] * LABEL_COUNT + LABEL_INDEX[label]] = w;
    }
  }
  return m;
}

export function shippedBias(): Float32Array {
  return Float32Array.from(LABELS.map((l) => SHIPPED_BIAS[l]));
}

/** Probability of crisis above which a post is a crisis, and above which it is flagged as a possible one. */
export interface CrisisThresholds {
  raise: number;
  flag: number;
}

export interface StageOne {
  /** Per language, [feature][label]. */
  matrices: Record<LexiconLang, Float32Array>;
  bias: Float32Array;
  crisis: CrisisThresholds;
}

/** Int8 weights in base64, one scale for all, decoded to floats. */
export function decodeInt8(b64: string, scale: number): Float32Array {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = (((bytes[i] ?? 0) << 24) >> 24) * scale;
  return out;
}

/**
 * The fitted weights of shipped-weights.ts, read by feature name (a feature the file does not know
 * weighs nothing), or the hand-set prior for every language when the file holds none.
 */
export function stageOne(): StageOne {
  const langs = Object.keys(STAGE_ONE.weights) as LexiconLang[];
  const prior = shippedMatrix();
  const matrices = {} as Record<LexiconLang, Float32Array>;
  for (const lang of ['en', 'fr', 'de', 'es', 'hr'] as const) {
    const b64 = STAGE_ONE.weights[lang];
    if (langs.length === 0 || b64 === undefined) {
      matrices[lang] = prior;
      continue;
    }
    const fitted = decodeInt8(b64, STAGE_ONE.scale);
    const m = new Float32Array(FEATURE_COUNT * LABEL_COUNT);
    STAGE_ONE.features.forEach((name, row) => {
      const f = (FEATURES as readonly string[]).indexOf(name);
      if (f >= 0) m.set(fitted.subarray(row * LABEL_COUNT, row * LABEL_COUNT + LABEL_COUNT), f * LABEL_COUNT);
    });
    matrices[lang] = m;
  }
  const bias = STAGE_ONE.bias.length === LABEL_COUNT ? Float32Array.from(STAGE_ONE.bias) : shippedBias();
  return { matrices, bias, crisis: { ...STAGE_ONE.crisis } };
}
