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
  // Fifth pass: a crisis told in ordinary words is read from these, and from how they combine
  // (signals.ts): danger plus a person at risk, a health service plus a failure, many people plus
  // an outage or lost money.
  /** Danger or harm to people in plain words: smoke, sparks, a fall, a cut, being sick, a wrong dose. */
  'harm',
  /** People at risk: children, the elderly, the pregnant, the disabled, patients, pets. */
  'vulnerable',
  /** Services and goods health depends on: insulin, oxygen, heart medication, care homes, medical alarms. */
  'health_critical',
  /** Many people hit at once: the whole street, thousands, neighbours, colleagues, "not just me". */
  'many_affected',
  /** Money taken or gone: accounts emptied, salaries or pensions missing, payments nobody made. */
  'money_loss',
  /** Other people's data, or one's own where it should not be: someone else's files, names and addresses. */
  'others_data',
  /** Mockery without an insult word: "imagine paying for this", "name a worse bank, I'll wait". */
  'mockery',
  /** Markers of irony: praise words that mean the opposite next to a problem ("never change 🙃"). */
  'irony',
  /** A conversation's close: "ok thanks, DM sent", "never mind, it works now". */
  'closing',
  /** The brand in passing: plans, family news, company news told in passing. */
  'passing',
  /** A problem put right: "fixed in one call", "refunded", "back up": praise, not sarcasm. */
  'resolved',
  // Seventh pass: an accusation of discrimination (a racist advert, staff mocking disabled people)
  // is a crisis for a brand whatever the tone; apart from outrage, whose shame words ("sramota",
  // "honte") also carry plain mockery, so that mockery next to it is not read as trolling.
  /** Discrimination against a group of people: racist, sexist, homophobic, mocking disabled people. */
  'discrimination',
] as const;
export type LexiconSignal = (typeof LEXICON_SIGNALS)[number];

/**
 * One language's lexicon. Phrases are lowercase, as people write them; accents are optional
 * when matching. A trailing `*` matches any ending (`cancel*` → cancelled, cancellation), which
 * carries the inflection of hr, de, fr and es. Stems need at least four letters.
 */
export type Lexicon = Partial<Record<LexiconSignal, readonly string[]>>;
