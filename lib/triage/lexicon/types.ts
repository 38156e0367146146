// The signal families the hand-written lexicons feed. Each is also a reason kind the agent
// sees ("safety words: 'hospital'"), so every family must mean something to a care agent.

export const CRISIS_SIGNALS = ['safety', 'legal', 'breach', 'emergency', 'media', 'boycott', 'outrage'] as const;
export type CrisisSignal = (typeof CRISIS_SIGNALS)[number];

export const LEXICON_SIGNALS = [
  ...CRISIS_SIGNALS,
  /** A concrete problem with the product or service: late, broken, lost, charged twice … */
  'service_issue',
  /** Service topics that lean toward a complaint without being one ("order", "again", "hours"). */
  'service_context',
  'negative',
  'positive',
  'thanks',
  /** Praise aimed at the brand's people or service ("great service", "well done"). */
  'praise',
  /** Insults and slurs aimed at someone. */
  'abuse',
  /** Swearing that is not aimed at anyone; colours the tone, is not abuse by itself. */
  'profanity',
  'question_word',
  /** Asking the brand to act or answer ("please help", "can you", "dm me"). */
  'request',
  'spam_giveaway',
  'spam_scam',
  'spam_crypto',
  'spam_follow',
  /** First and second person: a person talking to the brand, not an automated post. */
  'personal',
  /** News and auto-posted content: headlines, "via", "read more". Needs no reply. */
  'broadcast',
] as const;
export type LexiconSignal = (typeof LEXICON_SIGNALS)[number];

/**
 * One language's lexicon. Phrases are lowercase, as people write them; accents are optional
 * when matching. A trailing `*` matches any ending (`cancel*` → cancelled, cancellation), which
 * carries the inflection of hr, de, fr and es. Stems need at least four letters.
 */
export type Lexicon = Partial<Record<LexiconSignal, readonly string[]>>;
