import type { CarelineDB } from '../db/database';
import { createTriage, type LearnedState, type Triage } from '../triage';

const KEY = 'learned';

/** The triage engine with the agent's corrections, loaded from and saved to IndexedDB. */
export class TriageStore {
  private engine: Promise<Triage> | undefined;

  constructor(private readonly db: CarelineDB) {}

  get(): Promise<Triage> {
    this.engine ??= this.db.triageModel.get(KEY).then((row) => {
      try {
        return createTriage(row?.value as LearnedState | undefined);
      } catch {
        // A damaged model must not stop triage: fall back to the shipped one.
        return createTriage();
      }
    });
    return this.engine;
  }

  async save(): Promise<void> {
    const t = await this.get();
    await this.db.triageModel.put({ key: KEY, value: t.exportState() });
  }

  async reset(): Promise<void> {
    const t = await this.get();
    t.reset();
    await this.db.triageModel.delete(KEY);
  }
}
