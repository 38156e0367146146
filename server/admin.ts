// A lead's invites and members over the sync connection (lib/team/admin.ts is the protocol): every
// request is checked against the connection's role as the server authenticated it, not as the
// client claims. Also answers the clients' keepalive pings.
import type { onStatelessPayload, Hocuspocus } from '@hocuspocus/server';
import { ClientMessage, parseMessage, type AdminRequest, type AdminResults, type ServerMessage } from '../lib/team/admin';
import type { MemberContext } from './auth';
import type { TeamStore } from './team-store';
import { signInvite } from './tokens';

const DAY = 86_400_000;

export function handleStateless(store: TeamStore, now: () => number, dropMember: (id: string) => void) {
  return async ({ connection, payload }: onStatelessPayload): Promise<void> => {
    const reply = (m: ServerMessage) => connection.sendStateless(JSON.stringify(m));
    const msg = parseMessage(ClientMessage, payload);
    if (!msg) return;
    if (msg.t === 'ping') return reply({ t: 'pong' });
    const ctx = connection.context as MemberContext;
    if (ctx.role !== 'lead') return reply({ t: 'res', id: msg.id, ok: false, error: 'forbidden' });
    try {
      const data = await run(store, ctx, msg.req, now(), dropMember);
      reply({ t: 'res', id: msg.id, ok: true, data });
    } catch (e) {
      reply({ t: 'res', id: msg.id, ok: false, error: e instanceof Error ? e.message : 'failed' });
    }
  };
}

async function run(
  store: TeamStore,
  ctx: MemberContext,
  req: AdminRequest,
  now: number,
  dropMember: (id: string) => void,
): Promise<AdminResults[keyof AdminResults]> {
  switch (req.op) {
    case 'invite.create': {
      const team = store.team(ctx.teamId);
      if (!team) throw new Error('unknown-team');
      const invite = store.createInvite(ctx.teamId, req.role, now + req.days * DAY, ctx.name, now);
      return { invite: await signInvite(team, invite), id: invite.id, expiresAt: invite.expiresAt };
    }
    case 'invite.list':
      return { invites: store.invites(ctx.teamId) };
    case 'invite.revoke':
      return { revoked: store.revokeInvite(ctx.teamId, req.invite, now) };
    case 'member.list':
      return { members: store.members(ctx.teamId) };
    case 'member.revoke': {
      const revoked = store.revokeMember(ctx.teamId, req.member, now);
      if (revoked) dropMember(req.member);
      return { revoked };
    }
  }
}

/**
 * Closes every socket of the given members on this instance; their providers reconnect and are
 * refused. The CLI and other instances revoke through the database, so each instance also sweeps.
 */
export function dropMembers(instance: Hocuspocus, ids: ReadonlySet<string>): number {
  let n = 0;
  for (const doc of instance.documents.values()) {
    for (const c of doc.getConnections()) {
      if (ids.has((c.context as MemberContext).memberId)) {
        c.webSocket.close(4403, 'revoked');
        n++;
      }
    }
  }
  return n;
}
