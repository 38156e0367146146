// What an agent pastes (an invite) and what a connection presents (a credential). Invites and
// member tokens are JWTs signed by the team server with the team's secret: the extension only
// reads them (the signature is the server's business); the server verifies every one.
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { TeamId, TeamRole } from './doc-names';

export const TOKEN_ISSUER = 'careline-team';

const WsUrl = z
  .string()
  .max(300)
  .regex(/^wss?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'the server address must be ws:// or wss://');

/** The claims of an invite: one pasteable string that says where, which team and which role. */
export const InviteClaims = z.object({
  iss: z.literal(TOKEN_ISSUER),
  kind: z.literal('invite'),
  aud: TeamId,
  jti: z.string().regex(/^i_[A-Za-z0-9_-]{6,40}$/),
  role: TeamRole,
  url: WsUrl,
  /** The team's display name. */
  tn: z.string().max(120),
  iat: z.number(),
  exp: z.number(),
});
export type InviteClaims = z.infer<typeof InviteClaims>;

/** A member's own token, given by the server at join: no expiry (the lead revokes members). */
export const MemberClaims = z.object({
  iss: z.literal(TOKEN_ISSUER),
  kind: z.literal('member'),
  aud: TeamId,
  sub: z.string().regex(/^m_[A-Za-z0-9_-]{6,40}$/),
  role: TeamRole,
  name: z.string().min(1).max(80),
  /** The invite the member joined with. */
  inv: z.string(),
  url: WsUrl,
  tn: z.string().max(120),
  iat: z.number(),
});
export type MemberClaims = z.infer<typeof MemberClaims>;

export const MemberName = z.string().trim().min(1, 'a name is needed').max(80, 'the name is too long');

/** Why an invite or a connection was refused; the dashboard translates these. */
export const REFUSALS = [
  'malformed',
  'expired',
  'revoked',
  'bad-signature',
  'unknown-team',
  'wrong-team',
  'unknown-document',
  'bad-name',
  'unreachable',
] as const;
export type Refusal = (typeof REFUSALS)[number];

export type ReadResult<T> = { ok: true; claims: T } | { ok: false; error: Refusal };

function decode<T>(schema: z.ZodType<T>, token: string): ReadResult<T> {
  let raw: unknown;
  try {
    raw = decodeJwt(token.trim());
  } catch {
    return { ok: false, error: 'malformed' };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, claims: parsed.data } : { ok: false, error: 'malformed' };
}

/**
 * Reads an invite without verifying it, to know where to connect and to refuse an expired or
 * garbled paste at once. `now` in milliseconds.
 */
export function readInvite(token: string, now: number): ReadResult<InviteClaims> {
  const r = decode(InviteClaims, token);
  if (r.ok && r.claims.exp * 1000 <= now) return { ok: false, error: 'expired' };
  return r;
}

export function readMemberToken(token: string): ReadResult<MemberClaims> {
  return decode(MemberClaims, token);
}

/** What a connection presents: the invite and a name when joining, the member token after. */
export const Credential = z.union([
  z.object({ v: z.literal(1), join: z.string().max(4000), name: MemberName }),
  z.object({ v: z.literal(1), member: z.string().max(4000) }),
]);
export type Credential = z.infer<typeof Credential>;

export function joinCredential(invite: string, name: string): string {
  return JSON.stringify({ v: 1, join: invite.trim(), name: name.trim() });
}

export function memberCredential(token: string): string {
  return JSON.stringify({ v: 1, member: token });
}

export function parseCredential(raw: string): Credential | null {
  try {
    const parsed = Credential.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
