// Joining a team: the pasted invite is read here first (garbled or expired: refused at once), then
// presented to the server with the member's name; the server answers with this member's own token,
// or refuses (revoked, foreign, bad signature). Nothing is stored unless the server accepted.
import * as Y from 'yjs';
import type { CarelineDB } from '../db/database';
import { ServerMessage, parseMessage } from './admin';
import { joinCredential, MemberName, readInvite, readMemberToken, REFUSALS, type Refusal } from './credentials';
import { docName } from './doc-names';
import type { LinkFactory } from './link';
import { saveTeamConfig, type TeamConfig } from './team-config';

export type JoinResult = { ok: true; config: TeamConfig } | { ok: false; error: Refusal };

export interface JoinOptions {
  db: CarelineDB;
  invite: string;
  name: string;
  link: LinkFactory;
  now?: () => number;
  /** How long to wait for the server before calling it unreachable. */
  timeoutMs?: number;
}

export async function joinTeam(o: JoinOptions): Promise<JoinResult> {
  const now = o.now ?? Date.now;
  const read = readInvite(o.invite, now());
  if (!read.ok) return read;
  const name = MemberName.safeParse(o.name);
  if (!name.success) return { ok: false, error: 'bad-name' };
  const invite = read.claims;

  const link = o.link({ url: invite.url, credential: () => joinCredential(o.invite, name.data) });
  const doc = new Y.Doc();
  // The smallest of the team's documents: joining should not download the whole queue twice.
  const channel = link.open(docName(invite.aud, 'policy'), doc, { awareness: false });
  const answer = await new Promise<{ token: string } | { error: Refusal }>((resolve) => {
    const timer = setTimeout(() => resolve({ error: 'unreachable' }), o.timeoutMs ?? 10_000);
    channel.onStateless((payload) => {
      const msg = parseMessage(ServerMessage, payload);
      if (msg?.t !== 'member') return;
      clearTimeout(timer);
      resolve({ token: msg.token });
    });
    channel.onRefused((reason) => {
      clearTimeout(timer);
      resolve({ error: (REFUSALS as readonly string[]).includes(reason) ? (reason as Refusal) : 'malformed' });
    });
  });
  link.destroy();
  doc.destroy();
  if ('error' in answer) return { ok: false, error: answer.error };

  const member = readMemberToken(answer.token);
  if (!member.ok || member.claims.aud !== invite.aud) return { ok: false, error: 'malformed' };
  const c = member.claims;
  const config: TeamConfig = {
    v: 1,
    url: c.url,
    teamId: c.aud,
    teamName: c.tn,
    role: c.role,
    memberId: c.sub,
    name: c.name,
    memberToken: answer.token,
    writer: `${c.sub}.${randomSuffix()}`,
    joinedAt: now(),
    seeded: false,
  };
  await saveTeamConfig(o.db, config);
  return { ok: true, config };
}

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}
