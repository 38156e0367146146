// The shipped model's reading of a post (stage one), and nothing else: what the page runs
// (x.content's page-reading.ts) so an overlay appears with the post before the background
// answers. It imports none of the background's code (the second stage and its English tone model,
// the learner, the correction store and memory, hashed n-grams), which keeps the content script
// small; the full engine (index.ts) adds the second stage's scores to the same stage-one scores
// and decides through the same function here.
import type { Reason } from '../model';
import { LABELS, type Label } from '../model-constants';
import { matchBrandRules, type BrandRule } from './brand-rules';
import { explain, type LearnedView, type WordingView } from './explain';
import { detectLanguage, languageFromHint } from './language';
import { LABEL_COUNT, LABEL_INDEX, stageOne, type CrisisThresholds } from './shipped-model';
import { computeSignals, FEATURE_COUNT, FEATURE_INDEX, langOfSignals, type Feature, type Signals } from './signals';
import { tokenize, type Tokens } from './tokenize';

export interface TriageInput {
  text: string;
  /** A hint from X's lang attribute; detected when absent or 'und'. */
  lang?: string;
  /** Brand mentions are not "other" just for naming the brand. */
  brand?: { handles: string[]; keywords: string[] };
  /** The brand's own keyword rules from settings. */
  rules?: BrandRule[];
}

export interface TriageResult {
  label: Label;
  /** 0..1 */
  confidence: number;
  /** Never empty. */
  reasons: Reason[];
  /** ISO 639-1 or 'und'. */
  lang: string;
}

export interface ShippedAnalysis {
  lang: string;
  tokens: Tokens;
  signals: Signals;
}

export function analyse(input: TriageInput): ShippedAnalysis {
  const lang = languageFromHint(input.lang) ?? detectLanguage(input.text);
  const tokens = tokenize(input.text, input.brand);
  return { lang, tokens, signals: computeSignals(tokens, lang) };
}

export interface ShippedScorer {
  /** The weights [feature][label] of a signal vector's language (for explaining a label). */
  matrixOf(x: Float32Array): Float32Array;
  /** Adds the shipped model's score of each label for a signal vector to `out`. */
  score(x: Float32Array, out: Float64Array): void;
  crisis: CrisisThresholds;
}

export function shippedScorer(): ShippedScorer {
  const { matrices, bias, crisis } = stageOne();
  const matrixOf = (x: Float32Array): Float32Array => matrices[langOfSignals(x)];
  return {
    matrixOf,
    crisis,
    score(x, out) {
      const matrix = matrixOf(x);
      for (let k = 0; k < LABEL_COUNT; k++) out[k] = (out[k] ?? 0) + (bias[k] ?? 0);
      for (let f = 0; f < FEATURE_COUNT; f++) {
        const v = x[f] ?? 0;
        if (v === 0) continue;
        for (let k = 0; k < LABEL_COUNT; k++) out[k] = (out[k] ?? 0) + v * (matrix[f * LABEL_COUNT + k] ?? 0);
      }
    },
  };
}


/** Whether stage one's scores alone raise a crisis (what the page showed). */
export function raisesCrisis(scores: Float64Array, crisis: CrisisThresholds): boolean {
  return softmaxTop(scores, CRISIS) >= crisis.raise;
}

export function softmaxTop(scores: Float64Array, top: number): number {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let z = 0;
  for (const s of scores) z += Math.exp(s - max);
  return Math.exp((scores[top] ?? 0) - max) / z;
}

export function argmax(scores: Float64Array): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
  return best;
}

/** The signals that make a crisis: the reason a possible crisis is flagged with quotes their words. */
const CRISIS_FEATURES: readonly Feature[] = [
  'person_in_danger', 'health_service_down', 'mass_failure', 'data_exposure', 'safety', 'legal', 'breach',
  'emergency', 'media', 'boycott', 'outrage', 'discrimination', 'harm', 'health_critical', 'many_affected', 'money_loss', 'others_data',
];

/** The words behind a possible crisis: the crisis signals that fired, strongest first. */
function crisisTerms(signals: Signals): string[] {
  const terms: string[] = [];
  for (const f of CRISIS_FEATURES) {
    if ((signals.x[FEATURE_INDEX[f]] ?? 0) === 0) continue;
    for (const t of signals.terms.get(f) ?? []) if (!terms.includes(t) && terms.length < 6) terms.push(t);
  }
  return terms;
}

/**
 * The label from scores already computed: a brand rule first (never hiding a crisis the model
 * sees), then `remembered` (the full engine's near-copy memory), else the top score; a crisis
 * whenever its probability reaches `crisis.raise` (a missed crisis costs far more than a false
 * alarm), and a reason `possible_crisis` first when it reaches `crisis.flag` under another label.
 */
export function decide(
  a: ShippedAnalysis,
  scores: Float64Array,
  matrix: Float32Array,
  rules: BrandRule[] | undefined,
  crisis: CrisisThresholds,
  background: {
    learned?: LearnedView;
    wording?: WordingView;
    /** The full engine's near-copy memory. */
    remembered?: (a: ShippedAnalysis) => number | undefined;
    /** The page's first reading already raised a crisis: the second stage may not take it back. */
    crisisRaised?: boolean;
    /** The page raised a crisis the team's corrections do not confirm: at least flag it. */
    crisisFlagged?: boolean;
  } = {},
): TriageResult {
  const { learned, wording, remembered, crisisRaised = false, crisisFlagged = false } = background;
  const pCrisis = softmaxTop(scores, CRISIS);
  const top = crisisRaised || pCrisis >= crisis.raise ? CRISIS : argmax(scores);
  const reasons = (label: number): Reason[] => explain(label, a.signals, matrix, learned, wording);
  const rule = matchBrandRules(a.tokens, rules);
  if (rule !== undefined && !(LABELS[top] === 'crisis' && rule.label !== 'crisis')) {
    const k = LABEL_INDEX[rule.label];
    const support = reasons(k).filter((r) => r.kind !== 'no_signal' && r.kind !== 'learned');
    return { label: rule.label, confidence: 1, reasons: [{ kind: 'brand_rule', terms: [rule.phrase] }, ...support], lang: a.lang };
  }
  const copy = remembered?.(a);
  if (copy !== undefined) {
    const confidence = Math.max(0.95, softmaxTop(scores, copy));
    const support = reasons(copy).filter((r) => r.kind !== 'no_signal');
    return { label: LABELS[copy] ?? 'other', confidence, reasons: [{ kind: 'agent_correction' }, ...support], lang: a.lang };
  }
  const why = reasons(top);
  // A crisis, or a possible one, always says why in the post's own words: its crisis signals, or
  // else the words the second stage read as a crisis. A flag with no words to show is not raised.
  const terms = crisisTerms(a.signals);
  if (terms.length === 0) terms.push(...(wording?.terms(CRISIS) ?? []));
  if (top !== CRISIS && (pCrisis >= crisis.flag || crisisFlagged) && terms.length > 0) {
    why.unshift({ kind: 'possible_crisis', terms });
  } else if (top === CRISIS && !why.some((r) => EXPLAINS_CRISIS.has(r.kind))) {
    why.unshift(terms.length > 0 ? { kind: 'crisis_signs', terms } : { kind: 'crisis_signs' });
  }
  return { label: LABELS[top] ?? 'other', confidence: softmaxTop(scores, top), reasons: why, lang: a.lang };
}

const CRISIS = LABEL_INDEX.crisis;
const EXPLAINS_CRISIS: ReadonlySet<string> = new Set<string>([...CRISIS_FEATURES, 'wording', 'learned', 'brand_rule', 'agent_correction']);

export interface ShippedTriage {
  classify(input: TriageInput): TriageResult;
}

/** The shipped model alone: no corrections, no learning. */
export function createShippedTriage(): ShippedTriage {
  const shipped = shippedScorer();
  const scores = new Float64Array(LABEL_COUNT);
  return {
    classify(input) {
      const a = analyse(input);
      scores.fill(0);
      shipped.score(a.signals.x, scores);
      return decide(a, scores, shipped.matrixOf(a.signals.x), input.rules, shipped.crisis);
    },
  };
}
