// The surge detector's settings. The defaults were tuned on the synthetic evaluation
// (npm run eval:crisis, docs/crisis.md), never on a test's expectations.
export interface DetectorConfig {
  /** Windows tested at every negative mention, in minutes: short spikes to slow burns. */
  windows: readonly number[];
  /** Windows in which one topic (term, hashtag, quoted post) is tested on its own. */
  topicWindows: readonly number[];
  /** Minutes kept minute by minute (the longest window, and the recent reference before it). */
  ringMinutes: number;
  /** Tail probability below which a window's negative evidence is a surge. */
  alpha: number;
  /** Extra spread of real mention counts (negative-binomial size): busy hours are not Poisson. */
  dispersion: number;
  /** Never alarm on less negative evidence than this in a window (one angry post is not a crisis). */
  minEvidence: number;
  /** A crisis-labelled mention counts as this many negative ones. */
  crisisWeight: number;
  /** One author's negative mentions count at most this many times per hour: one angry customer is not a crisis. */
  authorCap: number;
  /** The window's negative share must reach the baseline's plus this margin … */
  shareMargin: number;
  /** … and at least this share. */
  shareFloor: number;
  /** Before any history: negative mentions and mentions per minute, and how many minutes that guess weighs. */
  prior: { negativePerMinute: number; mentionsPerMinute: number; weightMinutes: number };
  /** Half-lives of the rolling baseline: the brand's overall rate, and each hour of the day. */
  halfLifeMinutes: { global: number; hourOfDay: number };
  /** How many minutes of the overall rate a still-unknown hour of the day borrows. */
  hourShrinkMinutes: number;
  /** Topic tests start once the detector has watched this long (a term's rate needs a reference). */
  topicMinCoverageMinutes: number;
  /** A surge about the same topic is not raised again within this time unless it doubles. */
  cooldownMinutes: number;
  /** Terms whose background rate is remembered; rarer ones are forgotten first. */
  maxBackgroundTerms: number;
  /** Distinct terms kept per minute of negative mentions. */
  maxTermsPerMinute: number;
  /** Authors remembered for the per-author cap. */
  maxAuthors: number;
  /** IANA zone whose hours of the day the baseline learns (the team's SLA zone). */
  timeZone: string;
}

export const DEFAULT_DETECTOR_CONFIG: DetectorConfig = {
  windows: [10, 30, 60, 180],
  topicWindows: [10, 60],
  ringMinutes: 180,
  alpha: 1e-6,
  dispersion: 8,
  minEvidence: 10,
  crisisWeight: 2,
  authorCap: 2,
  shareMargin: 0.1,
  shareFloor: 0.4,
  prior: { negativePerMinute: 0.05, mentionsPerMinute: 0.15, weightMinutes: 60 },
  halfLifeMinutes: { global: 3 * 1440, hourOfDay: 14 * 60 },
  hourShrinkMinutes: 240,
  topicMinCoverageMinutes: 60,
  cooldownMinutes: 60,
  maxBackgroundTerms: 2000,
  maxTermsPerMinute: 256,
  maxAuthors: 5000,
  timeZone: 'UTC',
};
