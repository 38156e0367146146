// What every owner of background requests shares: the database, the clock, one cached settings
// accessor, the browser's parts (ports, injected so the whole service runs in unit tests against
// fake-indexeddb) and the agent's name for the audit log.
import type { StoredAlert } from '../crisis/model';
import type { CarelineDB } from '../db/database';
import type { InsertResult, InsertTarget } from '../messaging/protocol';
import type { Handlers } from '../messaging/router';
import type { SenderInfo } from '../messaging/sender';
import type { MentionView, Settings } from '../model';
import { loadSettings, saveSettings, type SaveResult } from '../settings/store';
import type { Role } from '../templates';
import type { TeamPort } from '../team/team-port';

export interface RolePort {
  getRole(): Promise<Role>;
  setRole(role: Role): Promise<void>;
}

export interface ServicePorts {
  now(): number;
  /** Tell every X tab about mentions whose state changed. */
  broadcast(views: MentionView[]): Promise<void>;
  settingsChanged(): Promise<void>;
  openPanel(sender: SenderInfo): Promise<void>;
  /** Insert text into the composer of the X tab the agent last used. */
  insert(target: InsertTarget, text: string, replaceTrigger?: string): Promise<InsertResult>;
  /** A content script in this tab just acted for the agent. */
  touchTab(sender: SenderInfo): void;
  /** Stored mentions changed (new, acted on, or deadlines moved): badge and alarms follow. */
  changed(): void;
  /** Shows a post in the agent's X tab. */
  openPost(url: string): Promise<void>;
  /** Opens the dashboard at a section (`#brand`, with a proposed account to switch to). */
  openDashboard(section: string, account?: string): Promise<void>;
  /**
   * A surge alert was raised or grew (`alert`: notify), or was dismissed or ended (no argument):
   * the badge and the notice on X's page follow.
   */
  surgeChanged(alert?: StoredAlert): void;
  /** The lead role, held for this browser session only. */
  roles: RolePort;
  /** The team desk; absent in tests and setups without one (answers as solo). */
  team?: TeamPort;
}

/** Settings are read on every post X shows: kept in memory, dropped on every save. */
export interface SettingsAccess {
  get(): Promise<Settings>;
  save(change: Partial<Settings>): Promise<SaveResult>;
  /** Drops the cached settings: the database changed under the service (a restore, the team's policy). */
  invalidate(): void;
}

export interface ServiceContext {
  db: CarelineDB;
  now(): number;
  settings: SettingsAccess;
  /** Who the audit log names for an action taken in Careline's pages or the overlay. */
  actorName(): Promise<string>;
  ports: ServicePorts;
}

export type HandlersFor<K extends keyof Handlers> = Pick<Handlers, K>;

export function createContext(db: CarelineDB, ports: ServicePorts): ServiceContext {
  let cached: Promise<Settings> | undefined;
  const settings: SettingsAccess = {
    get: () => (cached ??= loadSettings(db).catch((err: unknown) => {
      cached = undefined;
      throw err;
    })),
    async save(change) {
      cached = undefined;
      const result = await saveSettings(db, change);
      if (result.ok) cached = Promise.resolve(result.settings);
      return result;
    },
    invalidate: () => void (cached = undefined),
  };
  return {
    db,
    now: () => ports.now(),
    settings,
    actorName: async () => (await settings.get()).agentName.trim() || 'agent',
    ports,
  };
}
