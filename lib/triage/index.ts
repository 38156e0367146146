// Triage: the label, confidence and reasons for one post, and learning from the agent's
// relabels. Runs in the background worker; pure and synchronous, so it is tested in Node. The
// page runs only the shipped model's first stage (shipped-classify.ts); here the second stage
// (second-stage.ts) and the agent's corrections add their scores to it, and the same decide()
// picks the label.
import type { Label } from '../model';
import { CorrectionMemory, wordSet } from './correction-memory';
import { currentLearnedState, type LearnedState } from './learned-state';
import { learnedView, wordingView } from './learned-reasons';
import { OnlineLearner, type FitProgress } from './learner';
import { charGrams, featuresOfWords, tokenCodes, type Features } from './ngrams';
import { addTone, secondStage } from './second-stage';
import { analyse, decide, raisesCrisis, shippedScorer, type ShippedAnalysis, type TriageInput, type TriageResult } from './shipped-classify';
import { LABEL_COUNT, LABEL_INDEX } from './shipped-model';

export { detectLanguage } from './language';
export { formatReason, REASON_MESSAGES, REASON_KINDS, type ReasonKind } from './reason-messages';
export type { TriageInput, TriageResult } from './shipped-classify';
export type { FitProgress } from './learner';

export type { LearnedState } from './learned-state';

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

export interface TriageOptions {
  /** Leave the second stage out (tests and the eval compare the page's reading with it). */
  secondStage?: boolean;
}

/**
 * The engine, with the agent's corrections when a stored state is given (any readable version:
 * learned-state.ts migrates older ones; an unreadable one throws, and the caller falls back).
 */
export function createTriage(stored?: { version: number }, options: TriageOptions = {}): Triage {
  const learned = stored === undefined ? undefined : currentLearnedState(stored);
  const shipped = shippedScorer();
  const useSecond = options.secondStage !== false;
  const second = secondStage();
  const crisis = useSecond ? second.crisis : shipped.crisis;
  // Both stages: what the learner corrects on top of (a fixed offset in its fits).
  const both = (x: Float32Array, h: Features, out: Float64Array): void => {
    shipped.score(x, out);
    if (useSecond) second.score(x, h, out);
  };
  // The background's analysis: the page's, plus the tone model's signals for English posts.
  const analyseFully = (input: TriageInput): ShippedAnalysis => {
    const a = analyse(input);
    if (useSecond) addTone(a.signals, a.tokens, a.lang);
    return a;
  };
  let learner = new OnlineLearner(both, learned?.learner);
  let memory = new CorrectionMemory(learned?.memory);
  let corrections = learned?.corrections ?? 0;
  const scores = new Float64Array(LABEL_COUNT);
  const remembered = (a: { tokens: Parameters<typeof wordSet>[0] }): number | undefined => memory.find(wordSet(a.tokens));

  return {
    classify(input) {
      const a = analyseFully(input);
      scores.fill(0);
      const words: string[] = [];
      const hashed = featuresOfWords(tokenCodes(a.tokens, words), words);
      const matrix = shipped.matrixOf(a.signals.x);
      const wording = useSecond ? wordingView(second.weightOf, a.tokens, hashed) : undefined;
      // A crisis the page raised stays one: the second stage may raise more, never take one back
      // (the overlay must not flip a crisis to a complaint a frame later). Once the team has taught
      // the engine, its corrections decide the label, but a crisis the page raised is never
      // dropped silently: corrections that are mostly complaints and praise teach the learner
      // that crises are rare, so the lead still gets it as a possible crisis, with its words.
      shipped.score(a.signals.x, scores);
      const crisisRaised = raisesCrisis(scores, shipped.crisis);
      if (!learner.active) {
        if (useSecond) second.score(a.signals.x, hashed, scores);
        return decide(a, scores, matrix, input.rules, crisis, { wording, remembered, crisisRaised });
      }
      scores.fill(0);
      learner.addScores(hashed, a.signals.x, scores);
      return decide(a, scores, matrix, input.rules, crisis, { learned: learnedView(learner, a.tokens, hashed), wording, remembered, crisisFlagged: crisisRaised });
    },

    learn(input, label) {
      const a = analyseFully(input);
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
      return { version: 3, corrections, learner: learner.exportState(), memory: memory.exportState() };
    },

    reset() {
      learner = new OnlineLearner(both);
      memory = new CorrectionMemory();
      corrections = 0;
    },

    corrections: () => corrections,
  };
}
