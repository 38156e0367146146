import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { joinCredential, memberCredential, parseCredential, readInvite } from '../../../lib/team/credentials';
import { canWrite, docName, parseDocName } from '../../../lib/team/doc-names';

const NOW = Date.parse('2026-12-03T10:00:00Z');
const secret = new TextEncoder().encode('x'.repeat(32));

function invite(claims: Record<string, unknown> = {}, exp = NOW / 1000 + 3600) {
  return new SignJWT({ kind: 'invite', role: 'agent', url: 'ws://127.0.0.1:18400', tn: 'Lumen Care', ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('careline-team')
    .setAudience('t_abcdef123')
    .setJti('i_invite123')
    .setIssuedAt(NOW / 1000)
    .setExpirationTime(exp)
    .sign(secret);
}

describe('reading a pasted invite', () => {
  it('knows where to connect, which team and which role, before asking the server', async () => {
    const r = readInvite(`  ${await invite()}\n`, NOW);
    expect(r).toEqual({ ok: true, claims: expect.objectContaining({ url: 'ws://127.0.0.1:18400', aud: 't_abcdef123', role: 'agent', tn: 'Lumen Care' }) });
  });

  it('refuses garbage, an expired invite and one without a usable address', async () => {
    expect(readInvite('hello', NOW)).toEqual({ ok: false, error: 'malformed' });
    expect(readInvite(await invite({}, NOW / 1000 - 1), NOW)).toEqual({ ok: false, error: 'expired' });
    expect(readInvite(await invite({ url: 'http://evil.example' }), NOW)).toEqual({ ok: false, error: 'malformed' });
    expect(readInvite(await invite({ role: 'admin' }), NOW)).toEqual({ ok: false, error: 'malformed' });
  });
});

describe('credentials and document names', () => {
  it('round-trips both credential kinds and refuses anything else', () => {
    expect(parseCredential(joinCredential(' abc ', ' Ana '))).toEqual({ v: 1, join: 'abc', name: 'Ana' });
    expect(parseCredential(memberCredential('tok'))).toEqual({ v: 1, member: 'tok' });
    expect(parseCredential('tok')).toBeNull();
    expect(parseCredential(JSON.stringify({ v: 1, join: 'abc', name: '' }))).toBeNull();
  });

  it("names each team's documents and gives leads alone the lead-only ones", () => {
    expect(parseDocName(docName('t_abcdef123', 'library'))).toEqual({ teamId: 't_abcdef123', kind: 'library' });
    expect(parseDocName('t_abcdef123/secrets')).toBeNull();
    expect(parseDocName('t_abcdef123/queue/x')).toBeNull();
    expect(parseDocName('queue')).toBeNull();
    expect(['queue', 'corrections', 'library', 'policy', 'assignments'].map((k) => canWrite('agent', k as never))).toEqual([true, true, false, false, false]);
    expect(canWrite('lead', 'policy')).toBe(true);
  });
});

describe('the stateless protocol', () => {
  it('parses every server message and refuses others', async () => {
    const { ServerMessage, ClientMessage, parseMessage } = await import('../../../lib/team/admin');
    for (const m of [{ t: 'pong' }, { t: 'member', token: 'x' }, { t: 'res', id: 'r1', ok: true, data: 1 }, { t: 'res', id: 'r1', ok: false, error: 'forbidden' }]) {
      expect(parseMessage(ServerMessage, JSON.stringify(m))).toEqual(m);
    }
    expect(parseMessage(ServerMessage, '{"t":"res","id":"r","ok":false}')).toBeNull();
    expect(parseMessage(ClientMessage, JSON.stringify({ t: 'req', id: 'r1', req: { op: 'invite.create', role: 'lead', days: 7 } }))).not.toBeNull();
    expect(parseMessage(ClientMessage, JSON.stringify({ t: 'req', id: 'r1', req: { op: 'invite.create', role: 'owner', days: 7 } }))).toBeNull();
    expect(parseMessage(ClientMessage, 'nope')).toBeNull();
  });
});
