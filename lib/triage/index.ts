// Triage: the label, confidence and reasons for one post, and learning from the agent's
// relabels. Runs in the background worker; pure and synchronous, so it is tested in Node.
import { LABELS, type Label, type Reason } from '../model';
import { matchBrandRules, type BrandRule } from './brand-rules';
import { CorrectionMemory, wordSet, type CorrectionMemoryState } from './correction-memory';
import { explain } from './explain';
import { detectLanguage, languageFromHint } from './language';
import { OnlineLearner, type LearnerState } from './learner';
import { charGrams, featuresOfWords, tokenCodes, type Features } from './ngrams';
import { LABEL_COUNT, LABEL_INDEX, shippedBias, shippedMatrix } from './shipped-model';
import { computeSignals, FEATURE_COUNT, type Signals } from './signals';
import { tokenize, type Tokens } from './tokenize';

export { detectLanguage } from './language';
export { formatReason, REASON_MESSAGES, REASON_KINDS, type ReasonKind } from './reason-messages';

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

/** What the background stores after each learn(): typed arrays and numbers, structured-clone-able. */
export interface LearnedState {
  version: 2;
  corrections: number;
  learner: LearnerState;
  memory: CorrectionMemoryState;
}

export interface Triage {
  classify(input: TriageInput): TriageResult;
  /** One agent correction; changes the label of the next similar post. */
  learn(input: TriageInput, label: Label): void;
  exportState(): LearnedState;
  /** Back to the shipped model. */
  reset(): void;
  corrections(): number;
}

interface Analysis {
  lang: string;
  tokens: Tokens;
  signals: Signals;
  /** Token codes and their words: computed only once the learner has something to say. */
  codes: Uint32Array | undefined;
  words: string[];
  hashed: Features | undefined;
}

function softmaxTop(scores: Float64Array, top: number): number {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let z = 0;
  for (const s of scores) z += Math.exp(s - max);
  return Math.exp((scores[top] ?? 0) - max) / z;
}

function argmax(scores: Float64Array): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if ((scores[k] ?? 0) > (scores[best] ?? 0)) best = k;
  return best;
}

export function createTriage(learned?: LearnedState): Triage {
  const matrix = shippedMatrix();
  const bias = shippedBias();
  const shipped = (x: Float32Array, out: Float64Array): void => {
    for (let k = 0; k < LABEL_COUNT; k++) out[k] = (out[k] ?? 0) + (bias[k] ?? 0);
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const v = x[f] ?? 0;
      if (v === 0) continue;
      for (let k = 0; k < LABEL_COUNT; k++) out[k] = (out[k] ?? 0) + v * (matrix[f * LABEL_COUNT + k] ?? 0);
    }
  };
  let learner = new OnlineLearner(shipped, learned?.learner);
  let memory = new CorrectionMemory(learned?.memory);
  let corrections = learned?.corrections ?? 0;
  const scores = new Float64Array(LABEL_COUNT);

  const analyse = (input: TriageInput, withHashes: boolean): Analysis => {
    const lang = languageFromHint(input.lang) ?? detectLanguage(input.text);
    const tokens = tokenize(input.text, input.brand);
    const signals = computeSignals(tokens, lang);
    if (!withHashes) return { lang, tokens, signals, codes: undefined, words: [], hashed: undefined };
    const words: string[] = [];
    const codes = tokenCodes(tokens, words);
    return { lang, tokens, signals, codes, words, hashed: featuresOfWords(codes, words) };
  };

  const score = (a: Analysis): void => {
    scores.fill(0);
    if (learner.active) learner.addScores(a.hashed, a.signals.x, scores);
    else shipped(a.signals.x, scores);
  };

  return {
    classify(input) {
      const a = analyse(input, learner.active);
      score(a);
      let top = argmax(scores);
      let confidence = softmaxTop(scores, top);
      const reasons = (label: number): Reason[] => explain(label, a.signals, matrix, learner, a.tokens, a.hashed);

      const rule = matchBrandRules(a.tokens, input.rules);
      if (rule !== undefined && !(LABELS[top] === 'crisis' && rule.label !== 'crisis')) {
        const k = LABEL_INDEX[rule.label];
        const support = reasons(k).filter((r) => r.kind !== 'no_signal' && r.kind !== 'learned');
        return { label: rule.label, confidence: 1, reasons: [{ kind: 'brand_rule', terms: [rule.phrase] }, ...support], lang: a.lang };
      }
      const remembered = memory.find(wordSet(a.tokens));
      if (remembered !== undefined) {
        top = remembered;
        confidence = Math.max(0.95, softmaxTop(scores, top));
        const support = reasons(top).filter((r) => r.kind !== 'no_signal');
        return { label: LABELS[top] ?? 'other', confidence, reasons: [{ kind: 'agent_correction' }, ...support], lang: a.lang };
      }
      return { label: LABELS[top] ?? 'other', confidence, reasons: reasons(top), lang: a.lang };
    },

    learn(input, label) {
      const a = analyse(input, false);
      const y = LABEL_INDEX[label];
      const words: string[] = [];
      const codes = tokenCodes(a.tokens, words);
      learner.learn(codes, (i, out) => charGrams(words[i] ?? '', out), a.signals.x, y);
      memory.add(wordSet(a.tokens), y);
      corrections++;
    },

    exportState() {
      return { version: 2, corrections, learner: learner.exportState(), memory: memory.exportState() };
    },

    reset() {
      learner = new OnlineLearner(shipped);
      memory = new CorrectionMemory();
      corrections = 0;
    },

    corrections: () => corrections,
  };
}
