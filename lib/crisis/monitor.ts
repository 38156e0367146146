// Crisis mode's part of ingesting mentions, for the background: feed each new mention to the
// surge detector, store the alert it raises, link new mentions to the open incidents they are
// about, and keep the detector's state across service-worker restarts (crisisState 'detector').
import type { CarelineDB } from '../db/database';
import type { BrandTerms, Mention } from '../model';
import { DEFAULT_DETECTOR_CONFIG, type DetectorConfig } from './detector-config';
import { detectorInput } from './detector-input';
import { linkNewMentions } from './incident-store';
import { loadActiveAlert, QUIET_MINUTES } from './active-alert';
import type { StoredAlert } from './model';
import { SurgeDetector } from './surge-detector';

const STATE_KEY = 'detector';
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
    private readonly config: DetectorConfig,
    private readonly drill: boolean,
  ) {}

  static async load(db: CarelineDB, now: number, opts: { config?: DetectorConfig; drill?: boolean } = {}): Promise<CrisisMonitor> {
    const stored = await db.crisisState.get(STATE_KEY);
    const config = opts.config ?? DEFAULT_DETECTOR_CONFIG;
    const { detector } = SurgeDetector.restore(stored?.value, config, now);
    return new CrisisMonitor(db, detector, config, opts.drill ?? false);
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

  /**
   * Every minute from the background's alarm; `watching`: an X tab sent posts lately. Ends the
   * shown alert once its surge has quietened and hands it back (the badge and banner follow).
   */
  async tick(now: number, watching: boolean): Promise<StoredAlert | null> {
    this.detector.tick(now, watching);
    this.dirty = true;
    if (!watching || this.drill) return null;
    const alert = await loadActiveAlert(this.db, now);
    if (!alert || now - (alert.updatedAt ?? alert.raisedAt) < QUIET_MINUTES * 60_000) return null;
    const lead = alert.topic?.terms[0];
    if (this.detector.recentEvidence(QUIET_MINUTES, lead) >= this.config.minEvidence) return null;
    const ended = { ...alert, endedAt: now };
    await this.db.surgeAlerts.put(ended);
    return ended;
  }

  /** Stores the detector's state when it changed (the background calls this after ticks and ingests, debounced). */
  async persist(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    await this.db.crisisState.put({ key: STATE_KEY, value: this.detector.exportState() });
  }
}
