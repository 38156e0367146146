// The team desk in the service worker. Solo, this costs one database read at start: the sync code
// (Yjs, Hocuspocus) is imported only once a membership exists or the agent joins, so no socket is
// opened and no request leaves the machine. Every start of the worker calls resume(): a worker
// Chrome stopped (update, crash, idle) reconnects by itself, with nothing for the agent to do.
import type { CarelineDB } from '../../lib/db/database';
import type { RolePort } from '../../lib/service';
import type { Mention } from '../../lib/model';
import { TEAM_KEY } from '../../lib/team/team-config';
import { SOLO_STATUS, type TeamPort, type TeamStatusView } from '../../lib/team/team-port';
import type { TeamCorrection } from '../../lib/team/corrections';
import type { TeamRuntime } from '../../lib/team/team-runtime';
import type { TeamSync } from '../../lib/team/team-sync';

export interface TeamHooks {
  /** Records the team changed here: caches, X tabs' overlays, badge. */
  mentionsChanged(mentions: Mention[]): void;
  /** The team's policy changed this machine's settings. */
  settingsChanged(): void;
  /** Who else is replying to what changed (status id → name); `joined` false once the agent left. */
  claimsChanged(claims: Record<string, string>, joined: boolean): void;
  /** Relabels the team's other agents made: this machine's triage learns them (once each per install). */
  learn(corrections: TeamCorrection[]): Promise<void>;
}

export type BackgroundTeam = TeamPort & { resume(): Promise<void> };

export function backgroundTeam(db: CarelineDB, hooks: TeamHooks): BackgroundTeam {
  let runtime: Promise<TeamRuntime> | undefined;
  let watched: TeamSync | null = null;
  let unwatch: (() => void) | undefined;

  const load = () =>
    (runtime ??= (async () => {
      const [{ TeamRuntime }, { hocuspocusLink }] = await Promise.all([
        import('../../lib/team/team-runtime'),
        import('../../lib/team/hocuspocus-link'),
      ]);
      const rt: TeamRuntime = new TeamRuntime({
        db,
        link: hocuspocusLink(),
        onMentions: (ms) => hooks.mentionsChanged(ms),
        onSettings: () => hooks.settingsChanged(),
        onStatus: () => follow(rt),
      });
      return rt;
    })());

  /** Subscribes to the claims and corrections of the current sync (a join replaces it; leaving ends it). */
  function follow(rt: TeamRuntime): void {
    if (rt.sync === watched) return;
    unwatch?.();
    unwatch = undefined;
    watched = rt.sync;
    if (watched) {
      unwatch = watched.claims.onChange((claimed) => hooks.claimsChanged(Object.fromEntries(claimed), true));
      // The team's corrections train this learner: the backlog once synced, then each as it comes.
      watched.corrections.subscribe((batch) => hooks.learn(batch));
    }
    hooks.claimsChanged(watched ? Object.fromEntries(watched.claims.claimedBy()) : {}, watched !== null);
  }

  let resumed: Promise<void> = Promise.resolve();
  /** The runtime if it was ever needed (after the worker's start has looked); never loads it. */
  const current = async () => {
    await resumed.catch(() => undefined);
    return runtime ? await runtime : undefined;
  };

  return {
    resume() {
      resumed = (async () => {
        if (!(await db.settings.get(TEAM_KEY))) return;
        const rt = await load();
        await rt.resume();
        follow(rt);
      })();
      return resumed;
    },
    async status(): Promise<TeamStatusView> {
      const rt = await current();
      const m = rt?.membership;
      if (!rt || !m) return SOLO_STATUS;
      const s = rt.status();
      if (s.state === 'solo') return SOLO_STATUS;
      return {
        state: s.state,
        ...(s.reason ? { reason: s.reason } : {}),
        pending: s.pending,
        synced: s.synced,
        team: { teamName: m.teamName, role: m.role, name: m.name, url: m.url },
      };
    },
    async join(invite, name) {
      const rt = await load();
      const r = await rt.join(invite, name);
      if (!r.ok) return r;
      follow(rt);
      const c = r.config;
      return { ok: true, team: { teamName: c.teamName, role: c.role, name: c.name, url: c.url } };
    },
    async leave() {
      const rt = await current();
      await rt?.leave();
      if (rt) follow(rt);
    },
    async claim(statusId, kind) {
      const claims = (await current())?.sync?.claims;
      if (!claims) return [];
      claims.claim(statusId, kind);
      return claims.holders(statusId).map((h) => h.name);
    },
    async release(statusId) {
      (await current())?.sync?.claims.release(statusId);
    },
    async claims() {
      const sync = (await current())?.sync;
      return sync ? Object.fromEntries(sync.claims.claimedBy()) : {};
    },
    async members() {
      const sync = (await current())?.sync;
      if (!sync) return { ok: false, error: 'solo' };
      const r = await sync.admin.listMembers();
      if (!r.ok) return r;
      return { ok: true, members: r.data.members.filter((m) => m.revokedAt === null).map(({ id, name, role }) => ({ id, name, role })) };
    },
  };
}

/**
 * In a team the member's role decides who manages the library (the server enforces it too): an
 * agent is never the lead here, whatever this browser's session says; a lead is. Solo, the
 * session's role (the lead's passphrase) decides, as before.
 */
export function teamRoles(session: RolePort, team: TeamPort): RolePort {
  return {
    async getRole() {
      const { team: joined } = await team.status();
      return joined ? joined.role : session.getRole();
    },
    setRole: (role) => session.setRole(role),
  };
}
