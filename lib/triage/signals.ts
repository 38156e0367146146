// Turns a tokenized post into the dense signal vector the shipped model weighs: lexicon
// families (capped counts) and the shape of the post (question mark, links, hashtags,
// shouting, headline style). Each feature is also something the agent can be told.
import { lexiconLangFor, type LexiconLang } from './lexicon/langs';
import { FEATURE_COUNT, FEATURE_INDEX, type Feature } from './features';
import { LEXICON_SIGNALS, type LexiconSignal } from './lexicon/types';
import { matchLexicon, type Hit } from './match';
import { Kind, type Tokens } from './tokenize';

export { FEATURE_COUNT, FEATURE_INDEX, FEATURES, SHAPE_FEATURES, type Feature, type ShapeFeature } from './features';

export interface Signals {
  x: Float32Array;
  /** Words that fired each feature, as the post wrote them. */
  terms: Map<Feature, string[]>;
}

const CAP: Partial<Record<LexiconSignal, number>> = {
  service_issue: 3, service_context: 3, negative: 3, positive: 3, personal: 1, vulnerable: 1, passing: 1,
};
const DEFAULT_CAP = 2;

// Section tags that news feeds and headline bots append to every post ("… #world #news"). As a
// hashtag they mark an auto-posted headline; as plain words ("business class", "local store",
// "health") they say nothing, so they are read here, from hashtags only, not from the lexicons.
const NEWS_TAGS: ReadonlySet<string> = new Set([
  'news', 'topnews', 'breakingnews', 'breaking', 'world', 'worldnews', 'local', 'localnews', 'politics', 'crime',
  'sports', 'sport', 'business', 'tech', 'technology', 'health', 'science', 'entertainment', 'environment',
  'economy', 'finance', 'markets', 'usnews', 'headlines', 'top', 'topvideo', 'weather', 'celebrity', 'celebs',
]);

const OPINION: readonly Feature[] = ['service_issue', 'negative', 'positive', 'praise', 'thanks', 'abuse', 'profanity'];

/** "RT somebody: …" at the start: a copy of someone else's post, as bots and feeds repost it. */
function isRetweetCopy(t: Tokens): boolean {
  return (
    t.toks[0] === 'rt' &&
    (t.kinds[1] === Kind.Mention || t.kinds[1] === Kind.Word) &&
    (t.surface[2] ?? '').startsWith(':')
  );
}

function addTerm(terms: Map<Feature, string[]>, f: Feature, term: string): void {
  const list = terms.get(f);
  if (list === undefined) terms.set(f, [term]);
  else if (!list.includes(term) && list.length < 10) list.push(term);
}

export function computeSignals(t: Tokens, lang: string): Signals {
  const x = new Float32Array(FEATURE_COUNT);
  const terms = new Map<Feature, string[]>();
  const hits: Hit[] = matchLexicon(t, lexiconLangFor(lang));
  const raw = new Float32Array(FEATURE_COUNT);
  let openingQuestion = false;
  const firstWord = t.kinds.findIndex((k) => k === Kind.Word);
  for (const h of hits) {
    let f: Feature = h.signal;
    if (h.negated) {
      // "not happy", "pas content": the opposite tone; a negated complaint word ("no problem") says nothing.
      if (h.signal === 'positive' || h.signal === 'praise' || h.signal === 'thanks') f = 'negated_positive';
      else if (h.signal === 'negative') continue;
    }
    raw[FEATURE_INDEX[f]] = (raw[FEATURE_INDEX[f]] ?? 0) + 1;
    addTerm(terms, f, h.term);
    if (h.signal === 'question_word' && h.at === firstWord) openingQuestion = true;
  }
  // Auto-posted content the lexicons cannot see: news-section hashtags and retweet copies.
  let newsTag = false;
  t.toks.forEach((tok, i) => {
    if (t.kinds[i] === Kind.Hashtag && NEWS_TAGS.has(tok)) {
      newsTag = true;
      raw[FEATURE_INDEX.broadcast] = (raw[FEATURE_INDEX.broadcast] ?? 0) + 1;
      addTerm(terms, 'broadcast', t.surface[i] ?? tok);
    }
  });
  if (isRetweetCopy(t)) {
    raw[FEATURE_INDEX.broadcast] = (raw[FEATURE_INDEX.broadcast] ?? 0) + 1;
    addTerm(terms, 'broadcast', 'RT');
  }
  // A post that opens with the brand's handle is written to the care team, not by a feed: its
  // "says", "photo" or "update" are the customer's words ("the app says delivered").
  if (t.kinds[0] === Kind.Brand) raw[FEATURE_INDEX.broadcast] = 0;
  for (const s of LEXICON_SIGNALS) {
    const i = FEATURE_INDEX[s];
    x[i] = Math.min(raw[i] ?? 0, CAP[s] ?? DEFAULT_CAP);
  }
  x[FEATURE_INDEX.negated_positive] = Math.min(raw[FEATURE_INDEX.negated_positive] ?? 0, 2);

  const st = t.stats;
  const set = (f: Feature, v: number, term?: string): void => {
    x[FEATURE_INDEX[f]] = v;
    if (term !== undefined && v > 0) addTerm(terms, f, term);
  };
  set('question_mark', st.questionMarks > 0 ? 1 : 0, '?');
  set('opens_with_question', openingQuestion ? 1 : 0);
  set('exclamations', st.exclamations >= 2 ? 1 : 0, '!');
  set('shouting', st.capsWords >= 2 ? 1 : 0);
  set('link', st.urls > 0 ? 1 : 0);
  const headline =
    st.words >= 4 && st.titleWords + st.capsWords >= 0.6 * st.words && (x[FEATURE_INDEX.personal] ?? 0) === 0;
  set('headline', headline ? 1 : 0);
  // Feeds and bots post the article's link and its card's link: two links read as a link farm too.
  // A person writing in the first or second person is not a feed, even when their post was cut.
  const person = (x[FEATURE_INDEX.personal] ?? 0) > 0;
  // A cut-off post that voices a problem or a feeling is a person's long post (X's API cut those
  // with "…" too), not an auto-poster's headline: on the train splits, most cut posts were people.
  const opinion = OPINION.some((f) => (x[FEATURE_INDEX[f]] ?? 0) > 0);
  // Little but a link is a link share, unless the few words are a verdict ("Pésima aerolínea",
  // "worst stay of my life"): then it is a customer pointing at their own review or photo.
  set('link_only', st.urls > 0 && st.words <= 3 && !opinion ? 1 : 0);
  // A news-section tag marks a feed even when the link was cut off the post.
  set(
    'link_farm',
    !person && ((st.urls > 0 && (headline || (st.truncated && !opinion) || st.hashtags >= 3 || st.urls >= 2)) || newsTag) ? 1 : 0,
  );
  set('hashtag', st.hashtags >= 1 ? 1 : 0);
  set('many_hashtags', st.hashtags >= 3 ? 1 : 0);
  set('many_mentions', st.mentions >= 3 ? 1 : 0);
  set('brand_mention', st.brandMentions > 0 ? 1 : 0);
  set('short', st.words <= 3 ? 1 : 0);
  const problem = (x[FEATURE_INDEX.service_issue] ?? 0) + (x[FEATURE_INDEX.negative] ?? 0) + (x[FEATURE_INDEX.negated_positive] ?? 0);
  set('problem_question', st.questionMarks > 0 && problem > 0 ? 1 : 0);
  const spamWords = (['spam_giveaway', 'spam_scam', 'spam_crypto', 'spam_follow'] as const).some((f) => (x[FEATURE_INDEX[f]] ?? 0) > 0);
  set('problem_link', st.urls > 0 && problem > 0 && !spamWords ? 1 : 0);
  combine(x, terms, st.questionMarks > 0, problem);
  const opener = t.kinds.find((k) => k !== Kind.Punct);
  set('to_brand', opener === Kind.Brand ? 1 : 0);
  set('to_other_user', opener === Kind.Mention && st.brandKnown ? 1 : 0);
  set('brand_by_name', st.brandMentions > 0 && !t.surface.some((s, i) => t.kinds[i] === Kind.Brand && s.startsWith('@')) ? 1 : 0);
  x[FEATURE_INDEX[LANG_FEATURE[lexiconLangFor(lang)]]] = 1;
  return { x, terms };
}

const LANG_FEATURE: Record<LexiconLang, Feature> = { en: 'lang_en', fr: 'lang_fr', de: 'lang_de', es: 'lang_es', hr: 'lang_hr' };

/** The feature of a signal vector's language (one of lang_en … lang_hr is 1). */
export function langOfSignals(x: Float32Array): LexiconLang {
  for (const [lang, f] of Object.entries(LANG_FEATURE) as [LexiconLang, Feature][]) if ((x[FEATURE_INDEX[f]] ?? 0) > 0) return lang;
  return 'en';
}

/**
 * The crisis families combined: each alone is weak ("my son", "smoke", "everyone"), together they
 * are a crisis told in ordinary words. A combination quotes the words of its parts.
 */
function combine(x: Float32Array, terms: Map<Feature, string[]>, question: boolean, problem: number): void {
  const v = (f: Feature): number => x[FEATURE_INDEX[f]] ?? 0;
  const any = (...fs: Feature[]): boolean => fs.some((f) => v(f) > 0);
  const set = (f: Feature, on: boolean, from: Feature[]): void => {
    if (!on) return;
    x[FEATURE_INDEX[f]] = 1;
    for (const g of from) for (const term of terms.get(g) ?? []) addTerm(terms, f, term);
  };
  const failure = any('service_issue', 'negative', 'harm', 'money_loss', 'emergency', 'negated_positive');
  set('person_in_danger', any('harm', 'safety') && any('vulnerable'), ['harm', 'safety', 'vulnerable']);
  set('health_service_down', any('health_critical') && failure, ['health_critical', 'service_issue', 'harm', 'money_loss']);
  set('mass_failure', any('many_affected') && (failure || any('others_data', 'breach')), ['many_affected', 'service_issue', 'money_loss', 'harm']);
  set('data_exposure', any('others_data') && (any('breach') || v('others_data') >= 2), ['others_data', 'breach']);
  set('sarcasm', any('irony') || (any('positive', 'thanks', 'praise') && problem > 0 && !any('resolved')), ['irony', 'positive', 'thanks', 'praise', 'service_issue']);
  // Mockery next to an accusation of discrimination ("this advert is a disgrace and racist") is
  // outrage at the brand, not trolling.
  set('mockery_only', any('mockery', 'abuse') && v('service_issue') === 0 && !any('discrimination'), ['mockery', 'abuse']);
  const risk = any('harm', 'money_loss', 'many_affected', 'others_data', 'safety', 'breach', 'legal', 'emergency', 'media', 'boycott', 'outrage', 'discrimination');
  set('plain_question', question && problem === 0 && !risk, []);
}
