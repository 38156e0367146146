// What a content script needs to show an overlay the moment a post appears (lib/model.ts OverlayContext).
import type { CarelineDB } from '../db/database';
import { toView } from '../mentions/view';
import type { OverlayContext, Settings } from '../model';
import { effectiveBrand } from '../settings/brand';

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
  return {
    brand: effectiveBrand(settings),
    account: settings.accountHandle,
    rules: settings.labelRules,
    sla: settings.sla,
    lowConfidenceBelow: settings.lowConfidenceBelow,
    decided: recent.map(toView),
  };
}
