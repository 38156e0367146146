// Who may open what. Every document connection presents a credential (lib/team/credentials.ts):
// the invite and a name when joining (the member is created here and gets a token of their own),
// the member token after. The token's team must be the document's team; lead-only documents are
// read-only for agents, so Hocuspocus drops any update an agent's connection sends to them.
import type { onAuthenticatePayload, connectedPayload } from '@hocuspocus/server';
import { parseCredential } from '../lib/team/credentials';
import { canWrite, parseDocName, type DocKind, type TeamRole } from '../lib/team/doc-names';
import { newId, type TeamStore } from './team-store';
import { Refused, signMember, verifyToken } from './tokens';

/** What a connection is, once authenticated (Hocuspocus keeps it as the connection's context). */
export interface MemberContext {
  teamId: string;
  memberId: string;
  name: string;
  role: TeamRole;
  kind: DocKind;
  /** The token just issued to a member who joined on this connection; sent once connected. */
  issuedToken?: string;
}

export function authenticate(store: TeamStore, now: () => number) {
  return async ({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<MemberContext> => {
    const doc = parseDocName(documentName);
    if (!doc) throw new Refused('unknown-document');
    const credential = parseCredential(token);
    if (!credential) throw new Refused('malformed');
    const verified = await verifyToken(store, 'join' in credential ? credential.join : credential.member);
    if (verified.team.id !== doc.teamId) throw new Refused('wrong-team');

    let context: MemberContext;
    if ('join' in credential) {
      if (verified.kind !== 'invite') throw new Refused('malformed');
      const invite = store.invite(verified.claims.jti);
      if (!invite || invite.teamId !== doc.teamId || invite.revokedAt !== null) throw new Refused('revoked');
      const member = { id: newId('m_'), teamId: doc.teamId, name: credential.name, role: invite.role, inviteId: invite.id };
      store.addMember(member, now());
      const issuedToken = await signMember(verified.team, member);
      context = { teamId: doc.teamId, memberId: member.id, name: member.name, role: member.role, kind: doc.kind, issuedToken };
    } else {
      if (verified.kind !== 'member') throw new Refused('malformed');
      const member = store.member(verified.claims.sub);
      if (!member || member.teamId !== doc.teamId) throw new Refused('unknown-team');
      if (member.revokedAt !== null) throw new Refused('revoked');
      context = { teamId: doc.teamId, memberId: member.id, name: member.name, role: member.role, kind: doc.kind };
    }
    connectionConfig.readOnly = !canWrite(context.role, doc.kind);
    return context;
  };
}

/** A member who just joined gets their own token on the connection they joined with. */
export async function sendIssuedToken({ context, connection }: connectedPayload<MemberContext>): Promise<void> {
  if (context.issuedToken) connection.sendStateless(JSON.stringify({ t: 'member', token: context.issuedToken }));
}
