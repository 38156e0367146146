import { describe, expect, it, vi } from 'vitest';
import { CarelineDB } from '../../../lib/db/database';
import type { LinkFactory } from '../../../lib/team/link';
import { loadTeamConfig } from '../../../lib/team/team-config';
import { TeamRuntime } from '../../../lib/team/team-runtime';
import { mention } from '../factories';
import { agent, eventually } from './agents';
import { MemoryHub } from './memory-hub';

describe('solo stays solo', () => {
  it('with no team configured, resuming opens no connection at all', async () => {
    const db = new CarelineDB(`solo-${Math.random()}`);
    const link = vi.fn<LinkFactory>();
    const runtime = new TeamRuntime({ db, link });
    expect(await runtime.resume()).toBe(false);
    expect(link).not.toHaveBeenCalled();
    expect(runtime.status()).toEqual({ state: 'solo' });
  });

  it('a refused join stores nothing and opens nothing', async () => {
    const db = new CarelineDB(`solo-${Math.random()}`);
    const link = vi.fn<LinkFactory>();
    const runtime = new TeamRuntime({ db, link });
    expect(await runtime.join('not an invite', 'Ana')).toEqual({ ok: false, error: 'malformed' });
    expect(link).not.toHaveBeenCalled();
    expect(await loadTeamConfig(db)).toBeNull();
  });
});

describe('a member’s connection', () => {
  it('reports offline with the changes kept, then connected again once they are sent', async () => {
    const hub = new MemoryHub();
    const a = await agent(hub, 'Ana');
    const seen: string[] = [];
    const statuses = () => seen.join(' ');
    await a.sync.ready;
    expect(a.sync.status()).toEqual({ state: 'connected', pending: false, synced: true });
    a.sync['o'].onStatus = (s) => seen.push(`${s.state}${s.pending ? '+pending' : ''}`);
    hub.stop();
    await a.db.mentions.add(mention({ statusId: '1800000000000000800' }));
    await eventually(() => expect(statuses()).toContain('offline+pending'));
    hub.start();
    await eventually(() => expect(a.sync.status()).toEqual({ state: 'connected', pending: false, synced: true }));
    await a.sync.stop();
  });

  it('sends a keepalive while connected, so Chrome keeps the service worker alive', async () => {
    vi.useFakeTimers({ toFake: ['setInterval'] });
    try {
      const hub = new MemoryHub();
      const a = await agent(hub, 'Ana');
      vi.advanceTimersByTime(20_000);
      expect(hub.received).toContain('{"t":"ping"}');
      await a.sync.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaving keeps every local record and forgets the membership', async () => {
    const hub = new MemoryHub();
    const a = await agent(hub, 'Ana');
    await a.db.mentions.add(mention({ statusId: '1800000000000000801' }));
    const runtime = new TeamRuntime({ db: a.db, link: hub.factory });
    expect(await runtime.resume()).toBe(true);
    await runtime.sync!.ready;
    await a.sync.stop();
    await runtime.leave();
    expect(runtime.status()).toEqual({ state: 'solo' });
    expect(await loadTeamConfig(a.db)).toBeNull();
    expect(await a.db.mentions.get('1800000000000000801')).toBeDefined();
  });
});
