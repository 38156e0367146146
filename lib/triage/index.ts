// Triage: the label, confidence and reasons for one post, and learning from the agent's
// relabels. Runs in the background worker; pure and synchronous, so it is tested in Node. The
// page runs only the shipped model (shipped-classify.ts), through the same functions.
import type { Label } from '../model';
import { CorrectionMemory, wordSet, type CorrectionMemoryState } from './correction-memory';
import { learnedView } from './learned-reasons';
import { OnlineLearner, type FitProgress, type LearnerState } from './learner';
import { charGrams, featuresOfWords, tokenCodes } from './ngrams';
import { analyse, decide, shippedScorer, type TriageInput, type TriageResult } from './shipped-classify';
import { LABEL_COUNT, LABEL_INDEX } from './shipped-model';

export { detectLanguage } from './language';
export { formatReason, REASON_MESSAGES, REASON_KINDS, type ReasonKind } from './reason-messages';
export type { TriageInput, TriageResult } from './shipped-classify';
export type { FitProgress } from './learner';

/** What the background stores after each learn(): typed arrays and numbers, structured-clone-able. */
export interface LearnedState {
  version: 2;
  corrections: number;
  learner: LearnerState;
  memory: CorrectionMemoryState;
}

export interface Triage {
  classify(input: TriageInput): TriageResult;
  /**
   * One agent correction: stored, and the next near-copy gets its label at once (memory); the
   * learned model takes it in at the next fit (fitSlice or settle).
   */
  learn(input: TriageInput, label: Label): void;
  /** A re-fit is running or due by the growth rule: the background should drive fitSlice. */
  fitDue(): boolean;
  /** Corrections not yet in the learned model (the background fits them after a quiet period). */
  pending(): number;
  /**
   * Works on the re-fit for about `budgetMs` (at least one ~1 ms chunk); with `catchUp`, starts a
   * fit for any pending corrections, not only when one is due. The model changes only on 'fitted'.
   */
  fitSlice(budgetMs: number, catchUp?: boolean): FitProgress;
  /** Fits every stored correction now, synchronously: what the background does once the agent pauses. */
  settle(): void;
  exportState(): LearnedState;
  /** Back to the shipped model. */
  reset(): void;
  corrections(): number;
}

export function createTriage(learned?: LearnedState): Triage {
  const shipped = shippedScorer();
  let learner = new OnlineLearner(shipped.score, learned?.learner);
  let memory = new CorrectionMemory(learned?.memory);
  let corrections = learned?.corrections ?? 0;
  const scores = new Float64Array(LABEL_COUNT);
  const remembered = (a: { tokens: Parameters<typeof wordSet>[0] }): number | undefined => memory.find(wordSet(a.tokens));

  return {
    classify(input) {
      const a = analyse(input);
      scores.fill(0);
      if (!learner.active) {
        shipped.score(a.signals.x, scores);
        return decide(a, scores, shipped.matrix, input.rules, undefined, remembered);
      }
      // Token codes and n-gram features only once the learner has something to say.
      const words: string[] = [];
      const hashed = featuresOfWords(tokenCodes(a.tokens, words), words);
      learner.addScores(hashed, a.signals.x, scores);
      return decide(a, scores, shipped.matrix, input.rules, learnedView(learner, a.tokens, hashed), remembered);
    },

    learn(input, label) {
      const a = analyse(input);
      const y = LABEL_INDEX[label];
      const words: string[] = [];
      const codes = tokenCodes(a.tokens, words);
      learner.learn(codes, (i, out) => charGrams(words[i] ?? '', out), a.signals.x, y);
      memory.add(wordSet(a.tokens), y);
      corrections++;
    },

    fitDue: () => learner.fitDue,
    pending: () => learner.pending,

    fitSlice(budgetMs, catchUp = false) {
      const end = performance.now() + budgetMs;
      return learner.fitSlice(() => performance.now() < end, catchUp);
    },

    settle: () => learner.settle(),

    exportState() {
      return { version: 2, corrections, learner: learner.exportState(), memory: memory.exportState() };
    },

    reset() {
      learner = new OnlineLearner(shipped.score);
      memory = new CorrectionMemory();
      corrections = 0;
    },

    corrections: () => corrections,
  };
}
