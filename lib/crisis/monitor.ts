// Crisis mode's part of ingesting mentions, for the background: feed each new mention to the
// surge detector, store the alert it raises, link new mentions to the open incidents they are
// about, and keep the detector's state across service-worker restarts (crisisState 'detector').
import type { CarelineDB } from '../db/database';
import type { BrandTerms, Mention } from '../model';
import { DEFAULT_DETECTOR_CONFIG, type DetectorConfig } from './detector-config';
import { detectorInput } from './detector-input';
import { linkNewMentions } from './incident-store';
import type { StoredAlert } from './model';
import { SurgeDetector } from './surge-detector';

const STATE_KEY = 'detector';
/** The banner stays while its alert is this recent (and nobody dismissed it). */
export const ALERT_SHOWN_MS = 2 * 60 * 60_000;

/** The alert to show: the newest one not dismissed, raised or updated within the last two hours. */
export function activeAlert(alerts: readonly StoredAlert[], now: number): StoredAlert | null {
  let best: StoredAlert | null = null;
  for (const a of alerts) {
    const at = a.updatedAt ?? a.raisedAt;
    if (a.dismissedAt !== undefined || a.drill || now - at > ALERT_SHOWN_MS) continue;
    if (!best || at > (best.updatedAt ?? best.raisedAt)) best = a;
  }
  return best;
}

export async function loadActiveAlert(db: CarelineDB, now: number): Promise<StoredAlert | null> {
  return activeAlert(await db.surgeAlerts.where('raisedAt').above(now - 24 * ALERT_SHOWN_MS).toArray(), now);
}

export interface MonitorOutcome {
  /** A new or grown surge (stored); the background notifies and updates the badge. */
  alert: StoredAlert | null;
  /** Mentions that joined an open incident: their views changed (data-incident). */
  linked: Mention[];
}

export class CrisisMonitor {
  private dirty = false;
  private constructor(
    private readonly db: CarelineDB,
    private readonly detector: SurgeDetector,
    private readonly drill: boolean,
  ) {}

  static async load(db: CarelineDB, now: number, opts: { config?: DetectorConfig; drill?: boolean } = {}): Promise<CrisisMonitor> {
    const stored = await db.crisisState.get(STATE_KEY);
    const { detector } = SurgeDetector.restore(stored?.value, opts.config ?? DEFAULT_DETECTOR_CONFIG, now);
    return new CrisisMonitor(db, detector, opts.drill ?? false);
  }

  /** New mentions just stored, in the order they came. */
  async onMentions(mentions: readonly Mention[], brand: BrandTerms, now: number): Promise<MonitorOutcome> {
    let raised: StoredAlert | null = null;
    for (const m of [...mentions].sort((a, b) => a.postedAt - b.postedAt)) {
      const alert = this.detector.observe(detectorInput(m, brand), now);
      if (alert) raised = alert;
    }
    this.dirty ||= mentions.length > 0;
    let alert: StoredAlert | null = null;
    if (raised) {
      const before = await this.db.surgeAlerts.get(raised.id);
      alert = { ...before, ...raised, ...(this.drill ? { drill: true } : {}) };
      await this.db.surgeAlerts.put(alert);
    }
    const linked = await linkNewMentions(this.db, mentions, brand, now);
    return { alert, linked };
  }

  /** Every minute from the background's alarm; `watching`: an X tab sent posts lately. */
  tick(now: number, watching: boolean): void {
    this.detector.tick(now, watching);
    this.dirty = true;
  }

  /** Stores the detector's state when it changed (the background calls this after ticks and ingests, debounced). */
  async persist(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    await this.db.crisisState.put({ key: STATE_KEY, value: this.detector.exportState() });
  }
}
