// Two (or more) Carelines on one team, each with its own fake IndexedDB database, joined through
// the in-memory hub: the unit tests' stand-in for agents on different machines.
import { afterEach, beforeEach, vi } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { performAction } from '../../../lib/mentions/perform';
import type { MentionAction } from '../../../lib/mentions/actions';
import type { Mention } from '../../../lib/model';
import { loadSettings } from '../../../lib/settings/store';
import type { TeamRole } from '../../../lib/team/doc-names';
import { loadTeamConfig, saveTeamConfig, type TeamConfig } from '../../../lib/team/team-config';
import { TeamSync } from '../../../lib/team/team-sync';
import { settings } from '../factories';
import { MemoryHub } from './memory-hub';

export const TEAM = 't_unitteam1';

export interface Agent {
  name: string;
  db: CarelineDB;
  sync: TeamSync;
  config: TeamConfig;
  changed: Mention[];
  now: { t: number };
  act(statusId: string, action: MentionAction): Promise<void>;
  restart(): Promise<void>;
}

export async function agent(hub: MemoryHub, name: string, role: TeamRole = 'agent', prepare?: (db: CarelineDB) => Promise<void>): Promise<Agent> {
  const db = new CarelineDB(`team-${name}-${Math.random()}`);
  await db.settings.put({ key: 'settings', value: settings({ agentName: name }) });
  await prepare?.(db);
  const config: TeamConfig = {
    v: 1,
    url: 'ws://hub',
    teamId: TEAM,
    teamName: 'Unit team',
    role,
    memberId: `m_${name.toLowerCase()}000`,
    name,
    memberToken: 'token',
    writer: `m_${name.toLowerCase()}000.d1`,
    joinedAt: 0,
    seeded: false,
  };
  await saveTeamConfig(db, config);
  const now = { t: Date.parse('2026-12-03T10:00:00Z') };
  const changed: Mention[] = [];
  const start = async () =>
    TeamSync.start({ db, config: (await loadTeamConfig(db))!, link: hub.factory, now: () => now.t, onMentions: (ms) => changed.push(...ms) });
  const a: Agent = {
    name,
    db,
    config,
    changed,
    now,
    sync: await start(),
    async act(statusId, action) {
      await performAction(db, statusId, action, { now: now.t, settings: await loadSettings(db), actor: name });
    },
    async restart() {
      await a.sync.stop();
      a.sync = await start();
    },
  };
  return a;
}

/** Waits until the assertion holds (team changes arrive asynchronously). */
export function eventually(check: () => Promise<void> | void, timeout = 5_000): Promise<void> {
  return vi.waitFor(check, { timeout, interval: 10 });
}

/** The fields a team shares, for comparing two machines' records. */
export function shared(m: Mention | undefined) {
  if (!m) return undefined;
  const { status, respondedAt, responseKind, handedOffAt, escalatedAt, dismissedAt, label, labelSource, caseId, notes, assignee, firstResponseMs } = m;
  return { status, respondedAt, responseKind, handedOffAt, escalatedAt, dismissedAt, label, labelSource, caseId, notes, assignee, firstResponseMs };
}

/**
 * A fresh hub per test and every agent joined through `join` stopped after it. `hub()` is the
 * current test's hub; `running` lists the agents still going.
 */
export function teamFixture() {
  let hub: MemoryHub;
  const running: Agent[] = [];
  beforeEach(() => {
    hub = new MemoryHub();
    running.splice(0);
  });
  afterEach(async () => {
    for (const a of running.splice(0)) await a.sync.stop();
  });
  return {
    hub: () => hub,
    running,
    async join(name: string, role: TeamRole = 'agent', prepare?: (db: CarelineDB) => Promise<void>): Promise<Agent> {
      const a = await agent(hub, name, role, prepare);
      await a.sync.ready;
      running.push(a);
      return a;
    },
  };
}
