// The team desk in the worker: solo, resume() reads one row and loads no sync code (the runtime
// and the Hocuspocus link are never imported, so no socket can open); joined, the worker's start
// resumes the membership by itself. In a team the member's role is the library role.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import { TEAM_KEY } from '../../../lib/team/team-config';

const loaded = vi.hoisted(() => ({ runtime: 0, link: 0, resumed: 0 }));
/** The joined runtime's sync, when a test gives it one: claims and the corrections' subscriber. */
const fakeSync = vi.hoisted(() => ({
  current: null as null | { claims: unknown; corrections: { subscribe(h: (batch: unknown[]) => unknown): void } },
}));
const membership = { teamName: 'Lumen Care', role: 'agent' as const, name: 'Ivo', url: 'ws://127.0.0.1:4310' };

vi.mock('../../../lib/team/team-runtime', () => {
  loaded.runtime++;
  return {
    TeamRuntime: class {
      get sync() {
        return fakeSync.current;
      }
      membership: typeof membership | null = null;
      constructor(readonly o: unknown) {}
      async resume() {
        loaded.resumed++;
        this.membership = membership;
        return true;
      }
      status() {
        return { state: 'connecting', pending: false, synced: false };
      }
    },
  };
});
vi.mock('../../../lib/team/hocuspocus-link', () => {
  loaded.link++;
  return { hocuspocusLink: () => () => ({}) };
});

const { backgroundTeam, teamRoles } = await import('../../../entrypoints/background/team');

let db: CarelineDB;
const hooks = () => ({ mentionsChanged: vi.fn(), settingsChanged: vi.fn(), claimsChanged: vi.fn(), learn: vi.fn(async () => {}) });
const sessionLead = { getRole: async () => 'lead' as const, setRole: async () => {} };

beforeEach(() => {
  db = new CarelineDB(`bg-team-${Math.random()}`);
  fakeSync.current = null;
  loaded.runtime = loaded.link = loaded.resumed = 0;
});

describe('solo', () => {
  it('loads no sync code and answers as solo', async () => {
    const team = backgroundTeam(db, hooks());
    await team.resume();
    expect(await team.status()).toEqual({ state: 'solo', pending: false, synced: false, team: null });
    expect(await team.claim('10', 'composer')).toEqual([]);
    expect(await team.claims()).toEqual({});
    expect(await team.members()).toEqual({ ok: false, error: 'solo' });
    await team.leave();
    expect(loaded).toEqual({ runtime: 0, link: 0, resumed: 0 });
  });

  it('leaves the library role to the session', async () => {
    const team = backgroundTeam(db, hooks());
    await team.resume();
    expect(await teamRoles(sessionLead, team).getRole()).toBe('lead');
  });
});

describe('joined', () => {
  beforeEach(async () => {
    await db.settings.put({ key: TEAM_KEY, value: { any: 'membership' } });
  });

  it('resumes the membership when the worker starts', async () => {
    const team = backgroundTeam(db, hooks());
    await team.resume();
    expect(loaded).toEqual({ runtime: 1, link: 1, resumed: 1 });
    expect(await team.status()).toEqual({ state: 'connecting', pending: false, synced: false, team: membership });
  });

  it('makes a team agent an agent for the library, whatever the session says', async () => {
    const team = backgroundTeam(db, hooks());
    void team.resume();
    // Asked before the start finished: the answer waits for it.
    expect(await teamRoles(sessionLead, team).getRole()).toBe('agent');
  });
});

describe('the team’s corrections', () => {
  it('reach the learner hook once the membership is resumed; solo, nothing subscribes', async () => {
    let handler: ((batch: unknown[]) => unknown) | undefined;
    fakeSync.current = {
      claims: { onChange: () => () => {}, claimedBy: () => new Map() },
      corrections: { subscribe: (h) => void (handler = h) },
    };
    const solo = backgroundTeam(db, hooks());
    await solo.resume();
    expect(handler).toBeUndefined();

    await db.settings.put({ key: TEAM_KEY, value: { any: 'membership' } });
    const h = hooks();
    const team = backgroundTeam(db, h);
    await team.resume();
    expect(handler).toBeTypeOf('function');
    const batch = [{ id: 'm_ana.d1@1', text: 'wow what a masterpiece of an update', lang: 'en', label: 'troll', agent: 'Ana', at: 1 }];
    await handler!(batch);
    expect(h.learn).toHaveBeenCalledWith(batch);
  });
});
