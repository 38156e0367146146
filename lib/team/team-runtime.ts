// What the background holds: nothing but a config read while solo; a TeamSync once joined. The
// worker calls resume() when it starts, so a stopped-and-restarted worker reconnects by itself.
import { joinTeam, type JoinResult } from './join';
import { clearTeamConfig, loadTeamConfig, type TeamConfig } from './team-config';
import { TeamSync, type TeamStatus, type TeamSyncOptions } from './team-sync';

export type RuntimeStatus = TeamStatus | { state: 'solo' };

export type RuntimeOptions = Omit<TeamSyncOptions, 'config' | 'onStatus'> & {
  onStatus?: (s: RuntimeStatus) => void;
};

export class TeamRuntime {
  private current: TeamSync | null = null;
  private config: TeamConfig | null = null;

  constructor(private readonly o: RuntimeOptions) {}

  /** The live sync, or null while solo. */
  get sync(): TeamSync | null {
    return this.current;
  }

  get membership(): TeamConfig | null {
    return this.config;
  }

  status(): RuntimeStatus {
    return this.current?.status() ?? { state: 'solo' };
  }

  /** On worker start: reconnects when this install is in a team; does nothing (no request) when solo. */
  async resume(): Promise<boolean> {
    const config = await loadTeamConfig(this.o.db);
    if (!config) return false;
    await this.begin(config);
    return true;
  }

  async join(invite: string, name: string): Promise<JoinResult> {
    const result = await joinTeam({ db: this.o.db, invite, name, link: this.o.link, now: this.o.now });
    if (result.ok) {
      await this.current?.stop();
      await this.begin(result.config);
    }
    return result;
  }

  /** Stops syncing and forgets the membership; every local record stays. */
  async leave(): Promise<void> {
    await this.current?.stop();
    this.current = null;
    this.config = null;
    await clearTeamConfig(this.o.db);
    this.o.onStatus?.({ state: 'solo' });
  }

  private async begin(config: TeamConfig): Promise<void> {
    this.config = config;
    this.current = await TeamSync.start({ ...this.o, config, onStatus: (s) => this.o.onStatus?.(s) });
  }
}
