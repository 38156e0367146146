// The team's corrections into this Careline's triage (issue 17, point 4): every relabel another
// agent of the team made reaches this learner as if it had been made here, read with this
// machine's brand and label rules, so one agent's fix changes everyone's next similar post.
// Only the team desk (lib/team/corrections.ts) brings them; solo, nothing calls this.
import type { Settings } from '../model';
import { effectiveBrand } from '../settings/brand';
import type { TeamCorrection } from '../team/corrections';
import type { TriageStore } from './triage-store';

export function learnTeamCorrections(
  triage: Pick<TriageStore, 'learnMany'>,
  settings: () => Promise<Settings>,
): (batch: readonly TeamCorrection[]) => Promise<void> {
  return async (batch) => {
    if (!batch.length) return;
    const s = await settings();
    const brand = effectiveBrand(s);
    await triage.learnMany(
      batch.map((c) => ({ input: { text: c.text, lang: c.lang || undefined, brand, rules: s.labelRules }, label: c.label })),
    );
  };
}
