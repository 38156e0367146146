// The team desk's requests. Everything goes through the background's team port, which exists only
// once the agent uses the team desk: a solo Careline answers "solo" without loading any sync code.
import type { MentionCache } from '../mentions/mention-cache';
import { toView } from '../mentions/view';
import type { Mention } from '../model';
import { assignMentions, assignOpenByLabel } from '../team/assign';
import { SOLO_STATUS, type TeamPort } from '../team/team-port';
import type { TeamAssignOutcome } from '../messaging/requests/team-requests';
import type { HandlersFor, ServiceContext } from './service-context';

type TeamRequest = 'teamJoin' | 'teamLeave' | 'teamStatus' | 'teamClaim' | 'teamRelease' | 'teamClaims' | 'teamAssign' | 'teamAssignLabel' | 'teamMembers';

export function teamHandlers(ctx: ServiceContext, cache: MentionCache): HandlersFor<TeamRequest> {
  const port = (): TeamPort | undefined => ctx.ports.team;
  const status = async () => (await port()?.status()) ?? SOLO_STATUS;

  /** Only a team's lead assigns; the server refuses an agent's assignments too. */
  async function assigning(write: (actor: string, now: number) => Promise<Mention[]>): Promise<TeamAssignOutcome> {
    const { team } = await status();
    if (!team) return { ok: false, error: 'solo' };
    if (team.role !== 'lead') return { ok: false, error: 'not-lead' };
    const changed = await write(team.name, ctx.now());
    for (const m of changed) cache.set(m);
    if (changed.length) {
      await ctx.ports.broadcast(changed.map(toView));
      ctx.ports.changed();
    }
    return { ok: true, changed: changed.length };
  }

  return {
    teamStatus: () => status(),
    async teamJoin(req) {
      const p = port();
      if (!p) return { ok: false, error: 'unavailable' };
      return p.join(req.invite, req.name);
    },
    async teamLeave() {
      await port()?.leave();
      return { ok: true };
    },
    async teamClaim(req) {
      return { holders: (await port()?.claim(req.statusId, req.kind)) ?? [] };
    },
    async teamRelease(req) {
      await port()?.release(req.statusId);
      return { ok: true };
    },
    async teamClaims() {
      const s = await status();
      if (!s.team) return { claims: {}, me: null };
      return { claims: (await port()?.claims()) ?? {}, me: s.team.name };
    },
    teamAssign: (req) => assigning((actor, now) => assignMentions(ctx.db, req.statusIds, req.assignee, actor, now)),
    teamAssignLabel: (req) => assigning((actor, now) => assignOpenByLabel(ctx.db, req.label, req.assignee, actor, now)),
    async teamMembers() {
      const p = port();
      if (!p) return { ok: false, error: 'solo' };
      return p.members();
    },
  };
}
