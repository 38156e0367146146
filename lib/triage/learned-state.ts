// The learned state's versions. Version 3 (fifth pass) has a longer signal vector: the crisis
// families, their combinations and the post's language. A version-2 state is migrated, not
// dropped: each stored correction's signals move to their features' new places by name (new
// features start at 0, the language unknown), its n-grams and the near-copy memory are kept as
// they are, and the learned weights are left out, so the next fit re-learns every correction on
// top of the new shipped model (the background fits pending corrections after a quiet period).
import type { CorrectionMemoryState } from './correction-memory';
import { FEATURE_COUNT, FEATURES } from './features';
import type { LearnerState } from './learner';

export interface LearnedState {
  version: 3;
  corrections: number;
  learner: LearnerState;
  memory: CorrectionMemoryState;
}

/** Version 2's signal vector, in its order (fourth pass). */
const V2_FEATURES = [
  'safety', 'legal', 'breach', 'emergency', 'media', 'boycott', 'outrage', 'service_issue', 'service_context', 'negative',
  'positive', 'thanks', 'praise', 'abuse', 'profanity', 'question_word', 'request', 'spam_giveaway', 'spam_scam',
  'spam_crypto', 'spam_follow', 'personal', 'broadcast', 'question_mark', 'opens_with_question', 'exclamations', 'shouting',
  'link', 'link_only', 'headline', 'link_farm', 'hashtag', 'many_hashtags', 'many_mentions', 'brand_mention', 'short',
  'negated_positive', 'problem_question', 'tone_negative', 'tone_positive',
] as const;

interface LearnedStateV2 {
  version: 2;
  corrections: number;
  learner: Omit<LearnerState, 'version'> & { version: 2 };
  memory: CorrectionMemoryState;
}

/**
 * Version 3's signal vector as the fifth and sixth passes stored it (66 features). The seventh pass
 * added `discrimination` and `problem_link` without a new version: a state with this vector is
 * moved to the current one by name like a version-2 state.
 */
const V3_SIXTH_PASS_FEATURES = [
  ...V2_FEATURES.slice(0, V2_FEATURES.indexOf('question_mark')),
  'harm', 'vulnerable', 'health_critical', 'many_affected', 'money_loss', 'others_data', 'mockery', 'irony', 'closing',
  'passing', 'resolved',
  ...V2_FEATURES.slice(V2_FEATURES.indexOf('question_mark')),
  'person_in_danger', 'health_service_down', 'mass_failure', 'data_exposure', 'sarcasm', 'mockery_only', 'plain_question',
  'to_brand', 'to_other_user', 'brand_by_name', 'lang_en', 'lang_fr', 'lang_de', 'lang_es', 'lang_hr',
] as const;

/** A stored state as the current version, or an error for a state nothing can read. */
export function currentLearnedState(s: { version: number }): LearnedState {
  if (s.version === 3) {
    const v3 = s as LearnedState;
    const count = v3.learner.store.signalCount;
    if (count === FEATURE_COUNT) return v3;
    if (count !== V3_SIXTH_PASS_FEATURES.length) throw new Error('learned triage state v3 with an unexpected signal vector');
    return remapped(v3, V3_SIXTH_PASS_FEATURES);
  }
  if (s.version !== 2) throw new Error(`learned triage state version ${s.version} is from an incompatible model version`);
  const old = s as LearnedStateV2;
  if (old.learner.store.signalCount !== V2_FEATURES.length) throw new Error('learned triage state v2 with an unexpected signal vector');
  return remapped(old, V2_FEATURES);
}

/** The stored corrections' signals moved to the current features by name; learned weights left out (re-fitted). */
function remapped(old: LearnedState | LearnedStateV2, names: readonly string[]): LearnedState {
  const oldCount = names.length;
  const to = names.map((f) => (FEATURES as readonly string[]).indexOf(f));
  const posts = old.learner.store.labels.length;
  const signals = new Uint8Array(posts * FEATURE_COUNT);
  for (let p = 0; p < posts; p++) {
    to.forEach((f, i) => {
      if (f >= 0) signals[p * FEATURE_COUNT + f] = old.learner.store.signals[p * oldCount + i] ?? 0;
    });
  }
  return {
    version: 3,
    corrections: old.corrections,
    memory: old.memory,
    learner: {
      ...old.learner,
      version: 3,
      featureCount: FEATURE_COUNT,
      rows: new Uint32Array(0),
      weights: new Float32Array(0),
      dense: new Float32Array(FEATURE_COUNT * old.learner.labelCount),
      bias: new Float32Array(old.learner.labelCount),
      fittedAt: 0,
      store: { ...old.learner.store, signals, signalCount: FEATURE_COUNT },
    },
  };
}
