// The team's policy: brand, SLA, attainment goal and label rules, one entry per setting in a
// document only leads may write. Personal settings (agent name, language, alerts, the signed-in
// account) never leave the machine.
import type { CarelineDB } from '../db/database';
import { recomputeOpenDeadlines } from '../mentions/recompute';
import { POLICY_SETTINGS, Settings } from '../model';
import { loadSettings } from '../settings/store';
import type { DexieWatch } from './dexie-watch';
import { canWrite } from './doc-names';
import { LOCAL_ORIGIN } from './queue-sync';
import type { TeamConfig } from './team-config';
import { policySettings, type TeamDocs } from './team-docs';

/** The team's policy: the same fields a lead's session guards on a solo install. */
export const TEAM_SETTINGS = POLICY_SETTINGS;
export type TeamSetting = (typeof TEAM_SETTINGS)[number];

const SETTINGS_KEY = 'settings';

export class PolicySync {
  constructor(
    private readonly d: { db: CarelineDB; docs: TeamDocs; watch: DexieWatch; config: TeamConfig; onSettings: () => void },
  ) {}

  private get map() {
    return policySettings(this.d.docs);
  }

  start(): void {
    const { db, watch, config } = this.d;
    this.map.observe((e) => {
      if (e.transaction.origin !== LOCAL_ORIGIN) void this.apply();
    });
    if (!canWrite(config.role, 'policy')) return;
    watch.watch(db.settings, (writes) => {
      for (const w of writes) if (w.key === SETTINGS_KEY && w.after) this.publish(w.before?.value, w.after.value, false);
    });
  }

  /** Once synced: a lead fills an empty team policy from their own; then everyone follows the team. */
  async initial(seed: boolean): Promise<void> {
    if (seed && canWrite(this.d.config.role, 'policy') && this.map.size === 0) {
      this.publish(undefined, (await loadSettings(this.d.db)) as unknown, true);
    }
    await this.apply();
  }

  private publish(before: unknown, after: unknown, all: boolean): void {
    const a = after as Partial<Settings>;
    const b = (before ?? {}) as Partial<Settings>;
    this.d.docs.policy.transact(() => {
      for (const k of TEAM_SETTINGS) {
        const value = JSON.stringify(a[k]);
        if (a[k] !== undefined && (all || value !== JSON.stringify(b[k]))) this.map.set(k, value);
      }
    }, LOCAL_ORIGIN);
  }

  private async apply(): Promise<void> {
    const { db, watch } = this.d;
    const changed = await watch.quietly([db.settings, db.mentions], async () => {
      const current = await loadSettings(db);
      const next: Record<string, unknown> = { ...current };
      const keys: TeamSetting[] = [];
      for (const k of TEAM_SETTINGS) {
        const raw = this.map.get(k);
        if (raw === undefined) continue;
        let value: unknown;
        try {
          value = JSON.parse(raw);
        } catch {
          continue;
        }
        if (!Settings.shape[k].safeParse(value).success || JSON.stringify(value) === JSON.stringify(current[k])) continue;
        next[k] = value;
        keys.push(k);
      }
      if (!keys.length) return false;
      const settings = Settings.parse(next);
      await db.settings.put({ key: SETTINGS_KEY, value: settings });
      if (keys.includes('sla')) await recomputeOpenDeadlines(db, settings);
      return true;
    });
    if (changed) this.d.onSettings();
  }
}
