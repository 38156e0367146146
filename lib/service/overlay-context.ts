// What a content script needs to show an overlay the moment a post appears, before the
// background has answered: who the brand is, the team's rules and SLA policy, and the recent
// mentions an agent already acted on (so a relabelled post never shows its old label, even briefly).
import type { CarelineDB } from '../db/database';
import { toView } from '../mentions/view';
import type { Brand, Label, MentionView, SlaPolicy } from '../model';
import { effectiveBrand } from '../settings/brand';
import type { Settings } from '../model';

export interface OverlayContext {
  brand: Brand;
  rules: { phrase: string; label: Label }[];
  sla: SlaPolicy;
  /** Mentions from the last days with an agent's decision (label or status). */
  decided: MentionView[];
}

const RECENT_MS = 3 * 24 * 3600_000;
const MAX_DECIDED = 2_000;

export async function overlayContext(db: CarelineDB, settings: Settings, now: number): Promise<OverlayContext> {
  const recent = await db.mentions
    .where('postedAt')
    .above(now - RECENT_MS)
    .reverse()
    .filter((m) => m.labelSource === 'agent' || m.status !== 'new')
    .limit(MAX_DECIDED)
    .toArray();
  return { brand: effectiveBrand(settings), rules: settings.labelRules, sla: settings.sla, decided: recent.map(toView) };
}
