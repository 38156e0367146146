// The team desk for real: the team server (`team-server init` / `start` on 127.0.0.1) and two
// Chromium instances, each with the built extension in its own profile, on the fake X. A lead and
// an agent join from the dashboard's Team section; what one does reaches the other's overlay.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sid } from '../fixtures/fake-x/data/posts';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { routeFakeX } from '../harness/fake-x-routes';
import { freeTestPort, TestTeamServer, type TeamInit } from './team-server';

interface Agent {
  name: string;
  careline: CarelineBrowser;
  x: Page;
  dashboard: Page;
}

/** Screenshots to look at (not compared): test-results/team/. */
const SHOTS = 'test-results/team';
let server: TestTeamServer;
let init: TeamInit;
let lead: Agent;
let agent: Agent;

async function launch(name: string): Promise<Agent> {
  const careline = await launchWithExtension();
  await routeFakeX(careline.context);
  const x = careline.context.pages()[0] ?? (await careline.context.newPage());
  const dashboard = await careline.openExtensionPage('options.html#team');
  return { name, careline, x, dashboard };
}

const status = (a: Agent) => a.dashboard.getByRole('status').filter({ hasText: /team|Team/ }).first();

async function join(a: Agent, invite: string): Promise<void> {
  await a.dashboard.getByRole('textbox', { name: 'Invite', exact: true }).fill(invite);
  await a.dashboard.getByRole('textbox', { name: 'Your name', exact: true }).fill(a.name);
  await a.dashboard.getByRole('button', { name: 'Join team' }).click();
  await expect.poll(() => a.dashboard.getByTestId('team-status').textContent(), { timeout: 20_000 }).toMatch(/^Connected to Lumen Care/);
}

const overlay = (a: Agent, id: string): Locator => a.x.locator(`[data-careline="mention"][data-status-id="${id}"]`).first();

beforeAll(async () => {
  server = new TestTeamServer(await freeTestPort());
  init = server.init('Lumen Care');
  await server.start();
  lead = await launch('Lea');
  agent = await launch('Ivo');
});

afterAll(async () => {
  await lead?.careline.close();
  await agent?.careline.close();
  await server?.dispose();
});

describe('joining from the dashboard', () => {
  it('starts solo: the status says so and nothing is connected', async () => {
    await expect.poll(() => lead.dashboard.getByTestId('team-status').getAttribute('data-state')).toBe('solo');
    expect(await status(lead).textContent()).toMatch(/Not in a team/);
  });

  it('refuses a garbled invite with a clear error and changes nothing', async () => {
    await agent.dashboard.getByRole('textbox', { name: 'Invite', exact: true }).fill('eyJhbGciOi.not-an-invite');
    await agent.dashboard.getByRole('textbox', { name: 'Your name', exact: true }).fill('Ivo');
    await agent.dashboard.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => agent.dashboard.getByRole('alert').textContent()).toMatch(/not a Careline invite/);
    expect(await agent.dashboard.getByTestId('team-status').getAttribute('data-state')).toBe('solo');
  });

  it('joins the lead and the agent with their invites; each sees connected', async () => {
    await join(lead, init.leadInvite);
    await join(agent, init.agentInvite);
    expect(await lead.dashboard.getByText('You are Lea (lead) in Lumen Care.').count()).toBe(1);
    expect(await agent.dashboard.getByText('You are Ivo (agent) in Lumen Care.').count()).toBe(1);
    await agent.dashboard.screenshot({ path: `${SHOTS}/dashboard-team.png` });
  });
});

describe('one shared queue', () => {
  const id = sid(12);

  it('a dismiss by the lead stops the agent’s timer on the agent’s overlay', async () => {
    for (const a of [lead, agent]) {
      await a.x.goto(`https://x.com/kofi_builds/status/${id}`);
      await overlay(a, id).waitFor();
    }
    expect(await overlay(agent, id).getAttribute('data-status')).not.toBe('dismissed');
    const host = overlay(lead, id);
    await host.locator('.chip').click();
    // When each overlay turns, seen by an observer in each page (one machine, one clock).
    const turned = (a: Agent) =>
      a.x.evaluate((statusId) => {
        return new Promise<number>((done) => {
          const check = () => {
            const h = document.querySelector(`[data-careline="mention"][data-status-id="${statusId}"]`);
            if (h?.getAttribute('data-status') === 'dismissed') done(Date.now());
            else requestAnimationFrame(check);
          };
          check();
        });
      }, id);
    const [atLead, atAgent] = [turned(lead), turned(agent)];
    const clicked = Date.now();
    await host.getByRole('menuitem', { name: /^Dismiss/ }).click();
    await expect.poll(() => host.getAttribute('data-status')).toBe('dismissed');
    await expect.poll(() => overlay(agent, id).getAttribute('data-status'), { timeout: 5_000 }).toBe('dismissed');
    expect(await overlay(agent, id).getAttribute('data-sla-state')).toBe('stopped');
    console.log(`dismiss: click → lead's overlay ${(await atLead) - clicked} ms, → agent's overlay ${(await atAgent) - clicked} ms`);
  });

  it('a reply composer the lead opens shows “Lea is replying” on the agent’s overlay; the agent is warned; closing releases', async () => {
    const article = (a: Agent) => a.x.locator('article[data-testid="tweet"]').filter({ has: overlay(a, id) }).first();
    await article(lead).locator('[data-testid="reply"]').click();
    await lead.x.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').waitFor();
    await expect.poll(() => overlay(agent, id).getAttribute('data-claimed-by'), { timeout: 5_000 }).toBe('Lea');
    expect(await overlay(agent, id).locator('.team').textContent()).toBe('Lea is replying');
    await article(agent).screenshot({ path: `${SHOTS}/claimed-overlay.png` });
    // The lead's own overlay never names the lead.
    expect(await lead.x.locator(`[data-careline="mention"][data-claimed-by]`).count()).toBe(0);

    await article(agent).locator('[data-testid="reply"]').click();
    const warning = agent.x.locator('[data-careline="claim-warning"]');
    await warning.getByRole('alert').waitFor({ timeout: 5_000 });
    expect(await warning.getAttribute('data-claimed-by')).toBe('Lea');
    expect(await warning.getByRole('alert').textContent()).toMatch(/Lea is already replying to this post/);
    await agent.x.screenshot({ path: `${SHOTS}/claim-warning.png` });
    await agent.x.locator('[data-testid="app-bar-close"]').click();

    await lead.x.locator('[data-testid="app-bar-close"]').click();
    await expect.poll(() => overlay(agent, id).getAttribute('data-claimed-by'), { timeout: 5_000 }).toBeNull();
  });

  it('the agent claims from the chip menu: the lead’s overlay shows it until the agent stops', async () => {
    const host = overlay(agent, id);
    await host.locator('.chip').click();
    await host.getByRole('menuitem', { name: 'I’m replying to this' }).click();
    await expect.poll(() => overlay(lead, id).getAttribute('data-claimed-by'), { timeout: 5_000 }).toBe('Ivo');
    await host.locator('.chip').click();
    await host.getByRole('menuitem', { name: 'Stop replying' }).click();
    await expect.poll(() => overlay(lead, id).getAttribute('data-claimed-by'), { timeout: 5_000 }).toBeNull();
  });

  it('the lead assigns the post in focus from the side panel: the agent’s overlay and side panel show it', async () => {
    const panel = await lead.careline.openExtensionPage('sidepanel.html');
    try {
      const group = panel.getByRole('group', { name: 'Assign' });
      await group.getByRole('combobox', { name: 'Assign to' }).fill('Ivo');
      await group.getByRole('button', { name: 'Assign', exact: true }).click();
      await expect.poll(() => group.getByRole('status').textContent()).toBe('Assigned to Ivo.');
    } finally {
      await panel.close();
    }
    await expect.poll(() => overlay(agent, id).getAttribute('data-assignee'), { timeout: 5_000 }).toBe('Ivo');
    await expect.poll(() => overlay(lead, id).getAttribute('data-assignee'), { timeout: 5_000 }).toBe('Ivo');
    const agentPanel = await agent.careline.openExtensionPage('sidepanel.html');
    try {
      await expect.poll(() => agentPanel.getByTestId('assignee').textContent(), { timeout: 10_000 }).toBe('Assigned to Ivo');
      // An agent gets no assignment controls.
      expect(await agentPanel.getByRole('group', { name: 'Assign' }).count()).toBe(0);
    } finally {
      await agentPanel.close();
    }
  });
});

describe('the team’s corrections', () => {
  // A mockery the shipped model reads as a complaint; the lead teaches "troll" in one browser and
  // the agent's Careline, in the other, reads the next similar post (a new one) as a troll.
  const text = (n: string) => `wow @LumenMobile another masterpiece of an app update ${n}, now the login button plays hide and seek`;
  let next = 900;
  const observe = async (a: Agent, body: string): Promise<string> => {
    const statusId = sid(next++);
    const answer = (await a.dashboard.evaluate(
      (m) => chrome.runtime.sendMessage(m),
      {
        type: 'observe',
        pageUrl: 'https://x.com/home',
        signedInHandle: 'LumenMobile',
        signedInName: 'Lumen Mobile',
        accountId: null,
        posts: [
          {
            statusId,
            authorHandle: 'kofi_builds',
            authorName: 'Kofi',
            text: body,
            lang: 'en',
            postedAt: new Date().toISOString(),
            url: `https://x.com/kofi_builds/status/${statusId}`,
            replyingTo: [],
            promoted: false,
          },
        ],
      },
    )) as { ok: boolean; data?: { views: { statusId: string; label: string }[] } };
    expect(answer.ok).toBe(true);
    return answer.data!.views.find((v) => v.statusId === statusId)!.label;
  };

  it('a relabel in the lead’s browser changes the label of a similar new post in the agent’s browser', async () => {
    expect(await observe(agent, text('v5'))).not.toBe('troll');
    const taught = sid(next++);
    const created = await lead.dashboard.evaluate(
      ([statusId, body]) =>
        chrome.runtime.sendMessage({
          type: 'observe',
          pageUrl: 'https://x.com/home',
          signedInHandle: 'LumenMobile',
          signedInName: 'Lumen Mobile',
          accountId: null,
          posts: [{ statusId, authorHandle: 'sofia_r', authorName: 'Sofia', text: body, lang: 'en', postedAt: new Date().toISOString(), url: `https://x.com/sofia_r/status/${statusId}`, replyingTo: [], promoted: false }],
        }),
      [taught, text('v4')] as const,
    );
    expect(created).toMatchObject({ ok: true });
    const relabel = await lead.dashboard.evaluate(
      (statusId) => chrome.runtime.sendMessage({ type: 'mentionAction', statusId, action: { kind: 'relabel', label: 'troll' } }),
      taught,
    );
    expect(relabel).toMatchObject({ ok: true });
    // Each try is a post the agent's Careline has never seen (a stored one keeps its first reading).
    await expect.poll(() => observe(agent, text(`v${next}`)), { timeout: 15_000 }).toBe('troll');
  });
});

/** Templates in a Careline's own database, read through one of its pages. */
async function templateTitles(a: Agent): Promise<string[]> {
  const page = await a.careline.openExtensionPage('popup.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<string[]>((done, fail) => {
          const open = indexedDB.open('careline');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('templates').objectStore('templates').getAll();
            req.onsuccess = () => {
              open.result.close();
              done((req.result as { title: string }[]).map((t) => t.title));
            };
          };
        }),
    );
  } finally {
    await page.close();
  }
}

async function saveTemplate(a: Agent, title: string): Promise<unknown> {
  return a.dashboard.evaluate(
    (title) =>
      chrome.runtime.sendMessage({
        type: 'templateSave',
        input: { title, body: 'Thanks for reaching out, we are on it.', kind: 'public_reply', labels: ['question'], lang: 'en' },
      }),
    title,
  );
}

describe('roles enforced by the server', () => {
  it('the lead’s template reaches the agent; an agent cannot write the team’s library', async () => {
    // The agent's Careline refuses at once (a team agent is never the lead); the server refuses a
    // modified client's library updates too (read-only connection: tests/server/sync.test.ts).
    expect(await saveTemplate(agent, 'Agent wording')).toMatchObject({ ok: true, data: { ok: false, errors: [{ code: 'lead_only' }] } });
    expect(await saveTemplate(lead, 'Lead wording')).toMatchObject({ ok: true, data: { ok: true } });
    await expect.poll(() => templateTitles(agent), { timeout: 10_000 }).toContain('Lead wording');
    expect(await templateTitles(agent)).not.toContain('Agent wording');
    expect(await templateTitles(lead)).not.toContain('Agent wording');
  });
});

describe('offline', () => {
  it('server stopped, both act, server back: both converge', async () => {
    for (const a of [lead, agent]) {
      await a.x.goto('https://x.com/home');
      await a.x.waitForSelector('[data-careline="mention"]:not([data-pending])');
    }
    const open = await agent.x.$$eval('[data-careline="mention"][data-status="new"]', (hs) => hs.map((h) => (h as HTMLElement).dataset.statusId!));
    const both = [];
    for (const candidate of open) if ((await overlay(lead, candidate).count()) > 0) both.push(candidate);
    const [forLead, forAgent] = both;
    expect(forLead && forAgent).toBeTruthy();

    await server.stop();
    for (const a of [lead, agent]) {
      await expect.poll(() => a.dashboard.getByTestId('team-status').getAttribute('data-state'), { timeout: 15_000 }).toBe('offline');
    }
    const dismiss = async (a: Agent, statusId: string) => {
      const host = overlay(a, statusId);
      await host.locator('.chip').click();
      await host.getByRole('menuitem', { name: /^Dismiss/ }).click();
      await expect.poll(() => host.getAttribute('data-status')).toBe('dismissed');
    };
    await dismiss(lead, forLead!);
    await dismiss(agent, forAgent!);
    // Offline: each still shows only its own decision, and says changes are kept.
    expect(await overlay(agent, forLead!).getAttribute('data-status')).toBe('new');
    expect(await agent.dashboard.getByTestId('team-status').textContent()).toMatch(/changes are kept/);

    await server.start();
    for (const a of [lead, agent]) {
      await expect.poll(() => a.dashboard.getByTestId('team-status').getAttribute('data-state'), { timeout: 30_000 }).toBe('connected');
    }
    await expect.poll(() => overlay(agent, forLead!).getAttribute('data-status'), { timeout: 10_000 }).toBe('dismissed');
    await expect.poll(() => overlay(lead, forAgent!).getAttribute('data-status'), { timeout: 10_000 }).toBe('dismissed');
  });

  it('a service worker Chrome stops reconnects by itself when it wakes, and syncs again', async () => {
    const context = agent.careline.context;
    await context.serviceWorkers()[0]!.evaluate(() => ((globalThis as { stoppedMark?: number }).stoppedMark = 1));
    const cdp = await context.newCDPSession(agent.dashboard);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((done) =>
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        if (e.versions.some((v) => v.runningStatus === 'stopped')) done();
      }),
    );
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    // The dashboard's next status request wakes a new worker (the mark is gone); its start resumes the team.
    await expect
      .poll(() => context.serviceWorkers()[0]?.evaluate(() => (globalThis as { stoppedMark?: number }).stoppedMark ?? 'new').catch(() => 'gone'), { timeout: 30_000 })
      .toBe('new');
    await expect.poll(() => agent.dashboard.getByTestId('team-status').getAttribute('data-state'), { timeout: 30_000 }).toBe('connected');
    for (const a of [lead, agent]) await a.x.goto('https://x.com/home');
    await lead.x.waitForSelector('[data-careline="mention"]:not([data-pending])');
    await agent.x.waitForSelector('[data-careline="mention"]:not([data-pending])');
    const next = await agent.x.$$eval('[data-careline="mention"][data-status="new"]', (hs) => hs.map((h) => (h as HTMLElement).dataset.statusId!));
    let target: string | undefined;
    for (const candidate of next) if ((await overlay(lead, candidate).count()) > 0) target = target ?? candidate;
    expect(target).toBeTruthy();
    const host = overlay(agent, target!);
    await host.locator('.chip').click();
    await host.getByRole('menuitem', { name: /^Dismiss/ }).click();
    await expect.poll(() => overlay(lead, target!).getAttribute('data-status'), { timeout: 10_000 }).toBe('dismissed');
  });
});
