// Signing and verifying the team's tokens (HS256 JWTs with jose, one secret per team). The claims'
// shapes are lib/team/credentials.ts's, shared with the extension, which only reads them.
import { decodeJwt, errors, jwtVerify, SignJWT } from 'jose';
import {
  InviteClaims,
  MemberClaims,
  TOKEN_ISSUER,
  type Refusal,
} from '../lib/team/credentials';
import type { TeamRole } from '../lib/team/doc-names';
import type { Team, TeamStore } from './team-store';

/** Thrown to refuse a connection; Hocuspocus sends `reason` to the client as the denial. */
export class Refused extends Error {
  constructor(readonly reason: Refusal) {
    super(reason);
  }
}

export function signInvite(team: Team, invite: { id: string; role: TeamRole; expiresAt: number }): Promise<string> {
  return new SignJWT({ kind: 'invite', role: invite.role, url: team.url, tn: team.name })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(team.id)
    .setJti(invite.id)
    .setIssuedAt()
    .setExpirationTime(Math.floor(invite.expiresAt / 1000))
    .sign(team.secret);
}

export function signMember(team: Team, m: { id: string; role: TeamRole; name: string; inviteId: string }): Promise<string> {
  return new SignJWT({ kind: 'member', role: m.role, name: m.name, inv: m.inviteId, url: team.url, tn: team.name })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(team.id)
    .setSubject(m.id)
    .setIssuedAt()
    .sign(team.secret);
}

export type Verified = { kind: 'invite'; team: Team; claims: InviteClaims } | { kind: 'member'; team: Team; claims: MemberClaims };

/** Verifies signature, issuer, audience and expiry against the team the token names. */
export async function verifyToken(store: TeamStore, token: string): Promise<Verified> {
  let teamId: unknown;
  try {
    teamId = decodeJwt(token).aud;
  } catch {
    throw new Refused('malformed');
  }
  const team = typeof teamId === 'string' ? store.team(teamId) : undefined;
  if (!team) throw new Refused('unknown-team');
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, team.secret, { issuer: TOKEN_ISSUER, audience: team.id, algorithms: ['HS256'] }));
  } catch (e) {
    if (e instanceof errors.JWTExpired) throw new Refused('expired');
    if (e instanceof errors.JWSSignatureVerificationFailed) throw new Refused('bad-signature');
    throw new Refused('malformed');
  }
  const invite = InviteClaims.safeParse(payload);
  if (invite.success) return { kind: 'invite', team, claims: invite.data };
  const member = MemberClaims.safeParse(payload);
  if (member.success) return { kind: 'member', team, claims: member.data };
  throw new Refused('malformed');
}
