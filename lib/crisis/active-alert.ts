// Which surge alert the popup, the badge, the notice on X's page and the room show now. Apart from
// the monitor so the popup loads no detector code.
import type { CarelineDB } from '../db/database';
import type { StoredAlert } from './model';

/** The banner stays while its alert is this recent (and nobody dismissed it, and it did not end). */
export const ALERT_SHOWN_MS = 2 * 60 * 60_000;
/**
 * A surge has ended when, while an X tab was watched, its topic (or the brand, for a brand-wide
 * alert) gathered less than the detector's minimum evidence over this many minutes.
 */
export const QUIET_MINUTES = 30;

/** The last instant the banner shows this alert by time alone: two hours after its last figures. */
export const alertShownUntil = (a: StoredAlert): number => (a.updatedAt ?? a.raisedAt) + ALERT_SHOWN_MS;

/** The alert to show: the newest one not dismissed nor ended, raised or updated within the last two hours. */
export function activeAlert(alerts: readonly StoredAlert[], now: number): StoredAlert | null {
  let best: StoredAlert | null = null;
  for (const a of alerts) {
    if (a.dismissedAt !== undefined || a.endedAt !== undefined || a.drill || now > alertShownUntil(a)) continue;
    if (!best || alertShownUntil(a) > alertShownUntil(best)) best = a;
  }
  return best;
}

export async function loadActiveAlert(db: CarelineDB, now: number): Promise<StoredAlert | null> {
  return activeAlert(await db.surgeAlerts.where('raisedAt').above(now - 24 * ALERT_SHOWN_MS).toArray(), now);
}

