import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../lib/settings/store';
import { performAction } from '../../lib/mentions/perform';
import type { RunningServer } from '../../server/start';
import { mention } from '../unit/factories';
import { createTeam, eventually, member, server, startRedis, tempDir, type Member } from './support';

const hasRedis = existsSync('/usr/bin/redis-server');
if (!hasRedis) console.warn('skipped: /usr/bin/redis-server is not installed (apt-get install redis-server)');

describe.skipIf(!hasRedis)('two server instances behind Redis serve one team', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  const dir = tempDir();
  let a: RunningServer;
  let b: RunningServer;
  const members: Member[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    a = await server(dir.path, { redis: redis!.url });
    b = await server(dir.path, { redis: redis!.url });
  });
  afterAll(async () => {
    for (const m of members) await m.sync.stop();
    await a?.stop();
    await b?.stop();
    await redis?.stop();
    dir.remove();
  });

  it('relays decisions, claims and revocations between agents on different instances, into one store', async () => {
    const t = createTeam(a);
    const lead = await member(await t.invite('lead'), 'Lea');
    const ana = await member(await t.invite('agent'), 'Ana');
    const bo = await member(await t.invite('agent'), 'Bo', b.url);
    members.push(lead, ana, bo);
    await Promise.all(members.map((m) => m.sync.ready));

    const m = mention({ statusId: '1800000000000003000' });
    await ana.db.mentions.add(m);
    await eventually(async () => expect(await bo.db.mentions.get(m.statusId)).toBeDefined());
    await performAction(bo.db, m.statusId, { kind: 'dismiss' }, { now: Date.now(), settings: await loadSettings(bo.db), actor: 'Bo' });
    await eventually(async () => expect((await ana.db.mentions.get(m.statusId))?.status).toBe('dismissed'));

    bo.sync.claims.claim(m.statusId, 'composer');
    await eventually(() => expect(ana.sync.claims.claimedBy().get(m.statusId)).toBe('Bo'));

    // The lead, on instance A, revokes Bo, connected to instance B.
    const list = await lead.sync.admin.listMembers();
    const boId = list.ok ? list.data.members.find((x) => x.name === 'Bo')!.id : '';
    expect((await lead.sync.admin.revokeMember(boId)).ok).toBe(true);
    await eventually(() => expect(bo.sync.status()).toMatchObject({ state: 'refused', reason: 'revoked' }));

    // Both instances wrote to the same data directory: a lone instance started on it has everything.
    for (const x of members.splice(0)) await x.sync.stop();
    await a.stop();
    await b.stop();
    a = await server(dir.path, { port: a.port });
    const cy = await member(await t.invite('agent'), 'Cy');
    members.push(cy);
    await eventually(async () => expect((await cy.db.mentions.get(m.statusId))?.status).toBe('dismissed'));
  });
});
