// Two instances of one team's server behind Redis, as a team runs them when one is not enough:
// both on the same data directory, a TCP proxy in front standing for the team's load balancer
// (the invite carries its address). The lead's browser lands on one instance, the agent's on the
// other, and what the lead does still reaches the agent's overlay.
import { existsSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sid } from '../fixtures/fake-x/data/posts';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { routeFakeX } from '../harness/fake-x-routes';
import { startRedis } from '../server/support';
import { freeTestPorts, TestTeamServer } from './team-server';

/** Not the server tests' Redis port: the two projects may run at the same time. */
const REDIS_PORT = 18491;
const hasRedis = existsSync('/usr/bin/redis-server');
if (!hasRedis) console.warn('skipped: /usr/bin/redis-server is not installed (apt-get install redis-server)');

interface Agent {
  careline: CarelineBrowser;
  x: Page;
  dashboard: Page;
}

/** Sends each new connection to the instance the test names; counts the open ones per instance. */
class SwitchingProxy {
  target = 0;
  readonly open = [0, 0];
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly ports: number[]) {
    this.server = createServer((client) => {
      const to = this.target;
      const upstream = createConnection({ host: '127.0.0.1', port: this.ports[to]! });
      this.open[to]! += 1;
      for (const s of [client, upstream]) this.sockets.add(s);
      client.pipe(upstream).pipe(client);
      let closed = false;
      const close = () => {
        if (!closed) this.open[to]! -= 1;
        closed = true;
        client.destroy();
        upstream.destroy();
      };
      client.on('close', close).on('error', close);
      upstream.on('close', close).on('error', close);
    });
  }

  listen(port: number): Promise<void> {
    return new Promise((done) => this.server.listen(port, '127.0.0.1', done));
  }

  close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((done) => this.server.close(() => done()));
  }
}

let redis: Awaited<ReturnType<typeof startRedis>>;
let instances: TestTeamServer[] = [];
let proxy: SwitchingProxy;
let lead: Agent;
let agent: Agent;

async function launch(): Promise<Agent> {
  const careline = await launchWithExtension();
  await routeFakeX(careline.context);
  const x = careline.context.pages()[0] ?? (await careline.context.newPage());
  const dashboard = await careline.openExtensionPage('options.html#team');
  return { careline, x, dashboard };
}

async function join(a: Agent, invite: string, name: string): Promise<void> {
  await a.dashboard.getByRole('textbox', { name: 'Invite', exact: true }).fill(invite);
  await a.dashboard.getByRole('textbox', { name: 'Your name', exact: true }).fill(name);
  await a.dashboard.getByRole('button', { name: 'Join team' }).click();
  // In beforeAll, where expect.poll is not available: the locator waits.
  await a.dashboard.getByTestId('team-status').filter({ hasText: /^Connected to Lumen Care/ }).waitFor({ timeout: 20_000 });
}

const overlay = (a: Agent, id: string): Locator => a.x.locator(`[data-careline="mention"][data-status-id="${id}"]`).first();

describe.skipIf(!hasRedis)('two server instances behind Redis, two browsers', () => {
  beforeAll(async () => {
    redis = await startRedis(REDIS_PORT);
    const [proxyPort, portA, portB] = await freeTestPorts(3);
    const first = new TestTeamServer(portA!, { redis: redis!.url });
    const second = new TestTeamServer(portB!, { redis: redis!.url, dataDir: first.dataDir });
    instances = [first, second];
    const init = first.init('Lumen Care', `ws://127.0.0.1:${proxyPort}`);
    await Promise.all(instances.map((s) => s.start()));
    proxy = new SwitchingProxy([portA!, portB!]);
    await proxy.listen(proxyPort!);
    lead = await launch();
    agent = await launch();
    proxy.target = 0;
    await join(lead, init.leadInvite, 'Lea');
    proxy.target = 1;
    await join(agent, init.agentInvite, 'Ivo');
  });

  afterAll(async () => {
    await lead?.careline.close();
    await agent?.careline.close();
    await proxy?.close();
    // The second instance shares the first one's data directory: the first removes it, last.
    for (const s of [...instances].reverse()) await s.dispose();
    await redis?.stop();
  });

  it('serves the lead from one instance and the agent from the other', () => {
    expect(proxy.open[0]).toBeGreaterThanOrEqual(1);
    expect(proxy.open[1]).toBeGreaterThanOrEqual(1);
  });

  it('a dismiss by the lead on one instance stops the agent’s timer on the other', async () => {
    const id = sid(12);
    for (const a of [lead, agent]) {
      await a.x.goto(`https://x.com/kofi_builds/status/${id}`);
      await overlay(a, id).waitFor();
    }
    expect(await overlay(agent, id).getAttribute('data-status')).not.toBe('dismissed');
    const host = overlay(lead, id);
    await host.locator('.chip').click();
    await host.getByRole('menuitem', { name: /^Dismiss/ }).click();
    await expect.poll(() => host.getAttribute('data-status')).toBe('dismissed');
    await expect.poll(() => overlay(agent, id).getAttribute('data-status'), { timeout: 10_000 }).toBe('dismissed');
    expect(await overlay(agent, id).getAttribute('data-sla-state')).toBe('stopped');
    // Still each on its own instance: the change went through Redis, not through one server.
    expect(proxy.open[0]).toBeGreaterThanOrEqual(1);
    expect(proxy.open[1]).toBeGreaterThanOrEqual(1);
  });
});
