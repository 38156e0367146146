// The lead's invites and members, over the sync connection itself: Hocuspocus stateless messages,
// which the server answers only for a connection whose member is a lead (server/admin.ts). No
// separate HTTP API: the same token, the same socket, the same checks.
import { z } from 'zod';
import { TeamRole } from './doc-names';

export const InviteInfo = z.object({
  id: z.string(),
  role: TeamRole,
  createdAt: z.number(),
  expiresAt: z.number(),
  revokedAt: z.number().nullable(),
  createdBy: z.string(),
  /** Members who joined with it. */
  joined: z.number().int(),
});
export type InviteInfo = z.infer<typeof InviteInfo>;

export const MemberInfo = z.object({
  id: z.string(),
  name: z.string(),
  role: TeamRole,
  inviteId: z.string(),
  joinedAt: z.number(),
  revokedAt: z.number().nullable(),
});
export type MemberInfo = z.infer<typeof MemberInfo>;

export const AdminRequest = z.discriminatedUnion('op', [
  z.object({ op: z.literal('invite.create'), role: TeamRole, days: z.number().min(1 / 24).max(365) }),
  z.object({ op: z.literal('invite.list') }),
  z.object({ op: z.literal('invite.revoke'), invite: z.string().max(60) }),
  z.object({ op: z.literal('member.list') }),
  z.object({ op: z.literal('member.revoke'), member: z.string().max(60) }),
]);
export type AdminRequest = z.infer<typeof AdminRequest>;

export interface AdminResults {
  'invite.create': { invite: string; id: string; expiresAt: number };
  'invite.list': { invites: InviteInfo[] };
  'invite.revoke': { revoked: boolean };
  'member.list': { members: MemberInfo[] };
  'member.revoke': { revoked: boolean };
}

/** Client → server. */
export const ClientMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('ping') }),
  z.object({ t: z.literal('req'), id: z.string().max(40), req: AdminRequest }),
]);
export type ClientMessage = z.infer<typeof ClientMessage>;

/** Server → client. */
export const ServerMessage = z.union([
  z.object({ t: z.literal('pong') }),
  z.object({ t: z.literal('member'), token: z.string() }),
  z.object({ t: z.literal('res'), id: z.string(), ok: z.literal(true), data: z.unknown() }),
  z.object({ t: z.literal('res'), id: z.string(), ok: z.literal(false), error: z.string() }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;

export function parseMessage<T>(schema: z.ZodType<T>, payload: string): T | null {
  try {
    const r = schema.safeParse(JSON.parse(payload));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

const RESULT_SCHEMAS: { [K in keyof AdminResults]: z.ZodType<AdminResults[K]> } = {
  'invite.create': z.object({ invite: z.string(), id: z.string(), expiresAt: z.number() }),
  'invite.list': z.object({ invites: z.array(InviteInfo) }),
  'invite.revoke': z.object({ revoked: z.boolean() }),
  'member.list': z.object({ members: z.array(MemberInfo) }),
  'member.revoke': z.object({ revoked: z.boolean() }),
};

export type AdminResult<K extends keyof AdminResults> = { ok: true; data: AdminResults[K] } | { ok: false; error: string };

/** The lead's side: one request at a time or many, each answered by id or failed after a timeout. */
export class TeamAdmin {
  private seq = 0;
  private readonly waiting = new Map<string, (m: { ok: true; data: unknown } | { ok: false; error: string }) => void>();

  constructor(
    private readonly send: (payload: string) => void,
    private readonly timeoutMs = 10_000,
  ) {}

  /** Feed every stateless payload from the server here. */
  receive(msg: ServerMessage): void {
    if (msg.t !== 'res') return;
    const done = this.waiting.get(msg.id);
    if (!done) return;
    this.waiting.delete(msg.id);
    done(msg.ok ? { ok: true, data: msg.data } : { ok: false, error: msg.error });
  }

  request<K extends keyof AdminResults>(req: Extract<AdminRequest, { op: K }>): Promise<AdminResult<K>> {
    const id = `r${++this.seq}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        resolve({ ok: false, error: 'timeout' });
      }, this.timeoutMs);
      this.waiting.set(id, (m) => {
        clearTimeout(timer);
        if (!m.ok) return resolve(m);
        const parsed = RESULT_SCHEMAS[req.op as K].safeParse(m.data);
        resolve(parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: 'bad-answer' });
      });
      this.send(JSON.stringify({ t: 'req', id, req } satisfies ClientMessage));
    });
  }

  createInvite(role: TeamRole, days = 7) {
    return this.request<'invite.create'>({ op: 'invite.create', role, days });
  }
  listInvites() {
    return this.request<'invite.list'>({ op: 'invite.list' });
  }
  revokeInvite(invite: string) {
    return this.request<'invite.revoke'>({ op: 'invite.revoke', invite });
  }
  listMembers() {
    return this.request<'member.list'>({ op: 'member.list' });
  }
  revokeMember(member: string) {
    return this.request<'member.revoke'>({ op: 'member.revoke', member });
  }
}
