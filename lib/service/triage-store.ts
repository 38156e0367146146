// The triage engine with the agent's corrections, loaded from and saved to IndexedDB, and the
// driver of its re-fits: a relabel only stores the correction (lib/triage/learner.ts); the fit then
// runs here in slices of FIT_SLICE_MS, one per macrotask (setTimeout 0), so messages and timers of
// the background worker are served between slices instead of waiting ~1.5 s for a whole fit.
import type { CarelineDB } from '../db/database';
import { createTriage, type LearnedState, type Triage, type TriageInput } from '../triage';
import type { Label } from '../model';

const KEY = 'learned';

/** Longest run of fitting work before the worker yields (a chunk may overshoot it by ~1 ms). */
export const FIT_SLICE_MS = 25;
/**
 * Corrections below the growth threshold are fitted once the agent has made none for this long,
 * so the learned model catches up with every correction whenever the agent pauses.
 */
export const QUIET_MS = 3000;

export class TriageStore {
  private engine: Promise<Triage> | undefined;
  private sliceTimer: ReturnType<typeof setTimeout> | undefined;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  /** The current fitting was started by the quiet period: fit every pending correction. */
  private catchUp = false;
  /** Bumped by reset(): a slice of a discarded engine's fit must not save anything. */
  private epoch = 0;

  constructor(private readonly db: CarelineDB) {}

  get(): Promise<Triage> {
    this.engine ??= this.db.triageModel.get(KEY).then((row) => {
      let t: Triage;
      try {
        t = createTriage(row?.value as LearnedState | undefined);
      } catch {
        // A damaged model must not stop triage: fall back to the shipped one.
        t = createTriage();
      }
      // Saved between fits (or mid-fit): take the remaining corrections in as after a pause.
      if (t.pending() > 0) this.armQuiet();
      return t;
    });
    return this.engine;
  }

  /** One relabel: stored (the next near-copy follows it at once) and saved; the fit follows in slices. */
  async learn(input: TriageInput, label: Label): Promise<void> {
    const t = await this.get();
    t.learn(input, label);
    this.catchUp = false;
    if (t.fitDue()) this.kick();
    this.armQuiet();
    await this.save();
  }

  /**
   * Many relabels at once (the team's corrections, a backlog after joining): each stored as by
   * learn(), one save for the lot, so a backlog of a thousand does not write the state a thousand times.
   */
  async learnMany(items: readonly { input: TriageInput; label: Label }[]): Promise<void> {
    if (!items.length) return;
    const t = await this.get();
    for (const { input, label } of items) t.learn(input, label);
    this.catchUp = false;
    if (t.fitDue()) this.kick();
    this.armQuiet();
    await this.save();
  }

  async save(): Promise<void> {
    const t = await this.get();
    await this.db.triageModel.put({ key: KEY, value: t.exportState() });
  }

  async reset(): Promise<void> {
    const t = await this.get();
    this.stop();
    this.epoch++;
    t.reset();
    await this.db.triageModel.delete(KEY);
  }

  /** After a restore: the stored state is the truth again; the next use loads it. */
  reload(): void {
    this.stop();
    this.epoch++;
    this.engine = undefined;
  }

  private armQuiet(): void {
    if (this.quietTimer !== undefined) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      this.quietTimer = undefined;
      this.catchUp = true;
      this.kick();
    }, QUIET_MS);
  }

  private kick(): void {
    this.sliceTimer ??= setTimeout(() => void this.slice(), 0);
  }

  private async slice(): Promise<void> {
    this.sliceTimer = undefined;
    const epoch = this.epoch;
    try {
      const t = await this.get();
      if (epoch !== this.epoch) return;
      const progress = t.fitSlice(FIT_SLICE_MS, this.catchUp);
      if (progress === 'idle') {
        this.catchUp = false;
        return;
      }
      // More to do (this job, or the next one already due): yield to the worker's other work first.
      this.kick();
      if (progress === 'fitted') await this.save();
    } catch (e) {
      // A failed fit or save leaves the last model in place; the next correction tries again.
      console.error('careline: triage re-fit failed', e);
    }
  }

  private stop(): void {
    if (this.sliceTimer !== undefined) clearTimeout(this.sliceTimer);
    if (this.quietTimer !== undefined) clearTimeout(this.quietTimer);
    this.sliceTimer = undefined;
    this.quietTimer = undefined;
    this.catchUp = false;
  }
}
