// The overlay in real Chromium with the built extension on the project's fake X: every brand
// mention carries exactly one overlay with its current state, through virtualised scrolling,
// React-style re-renders, streaming, single-page navigation, agent actions, replies, and X
// changing its markup.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sid } from '../fixtures/fake-x/data/posts';
import { launchWithExtension, type CarelineBrowser } from '../harness/extension';
import { routeFakeX } from '../harness/fake-x-routes';
import { overlayState, readMentions, waitForOverlay } from './support';

let careline: CarelineBrowser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  careline = await launchWithExtension();
  await routeFakeX(careline.context);
  page = careline.context.pages()[0] ?? (await careline.context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await careline?.close();
});

/** Status ids of the posts on screen, with what a person judged each to be. */
async function postsOnScreen(p: Page) {
  return p.evaluate(() =>
    [...document.querySelectorAll('article[data-testid="tweet"]')].map((a) => {
      const href = a.querySelector('time')?.closest('a')?.getAttribute('href') ?? '';
      const id = href.match(/status\/(\d+)/)?.[1] ?? '';
      const hosts = a.querySelectorAll('[data-careline="mention"]').length;
      return { id, hosts, expected: window.__fakeX!.expected(id) };
    }),
  );
}

/** Every mention on screen has exactly one overlay; nothing else has one; no stray hosts. */
async function expectOneOverlayPerMention(p: Page): Promise<number> {
  await p.waitForTimeout(300);
  const posts = await postsOnScreen(p);
  for (const post of posts) {
    if (!post.expected) continue;
    expect(post.hosts, `post ${post.id}`).toBe(post.expected.mention ? 1 : 0);
  }
  const hosts = await p.$$eval('[data-careline="mention"]', (els) => els.map((e) => e.closest('article') !== null));
  expect(hosts.every(Boolean)).toBe(true);
  return posts.filter((x) => x.expected?.mention).length;
}

describe('overlay on X’s pages', () => {
  it('puts one overlay with label and SLA state on every mention of the home timeline', async () => {
    await page.goto('https://x.com/home');
    await waitForOverlay(page);
    expect(await expectOneOverlayPerMention(page)).toBeGreaterThan(3);
    const overlays = await overlayState(page);
    for (const o of overlays) {
      expect(o.label).toMatch(/^(crisis|complaint|question|praise|troll|spam|other)$/);
      expect(o.slaState).toMatch(/^(on_track|due_soon|breached|stopped|none)$/);
    }
    // The chip and timer are reachable controls with names.
    const name = await page.locator('[data-careline="mention"] .chip').first().getAttribute('aria-label');
    expect(name).toMatch(/^Careline: \w+/);
  });

  it('has the background confirm the page’s own reading of every overlay (data-pending goes)', async () => {
    await page.waitForFunction(() => document.querySelectorAll('[data-careline="mention"][data-pending]').length === 0);
    const stored = new Map((await readMentions(careline)).map((m) => [m.statusId, m.label]));
    for (const o of await overlayState(page)) expect(o.label, o.statusId).toBe(stored.get(o.statusId));
  });

  it('keeps exactly one overlay per mention after scrolling away and back (virtualised cells)', async () => {
    const before = await overlayState(page);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(80);
      await expectOneOverlayPerMention(page);
    }
    for (let i = 0; i < 14; i++) {
      await page.mouse.wheel(0, -700);
      await page.waitForTimeout(80);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectOneOverlayPerMention(page);
    const after = await overlayState(page);
    expect(after.map((o) => o.statusId).sort()).toEqual(before.map((o) => o.statusId).sort());
  });

  it('survives X re-rendering a post and streams new posts in', async () => {
    const first = (await overlayState(page))[0]!;
    expect(await page.evaluate((id) => window.__fakeX!.rerender(id), first.statusId)).toBeGreaterThan(0);
    await expectOneOverlayPerMention(page);
    expect((await overlayState(page)).filter((o) => o.statusId === first.statusId)).toHaveLength(1);

    const ids = await page.evaluate(() => window.__fakeX!.streamNew(4, { reveal: true }));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(600);
    await expectOneOverlayPerMention(page);
    const mentions = await page.evaluate((list) => list.filter((id) => window.__fakeX!.expected(id)?.mention), ids);
    const shown = new Set((await overlayState(page)).map((o) => o.statusId));
    for (const id of mentions) expect(shown.has(id), id).toBe(true);
  });

  it('follows single-page navigation between timeline, search, notifications and a conversation', async () => {
    for (const url of [
      '/search?q=Lumen%20Mobile&f=live',
      '/notifications/mentions',
      '/i/lists/1790000000000000007',
      `/priya_n_dev/status/${sid(7)}`,
      '/home',
    ]) {
      await page.evaluate((u) => window.__fakeX!.navigate(u), url);
      await page.waitForTimeout(500);
      await expectOneOverlayPerMention(page);
      expect(await page.locator('careline-notice').count()).toBe(0);
    }
    // Each mention is stored once whichever page showed it.
    const stored = await readMentions(careline);
    expect(new Set(stored.map((m) => m.statusId)).size).toBe(stored.length);
  });

  it('follows X’s light, dim and dark themes, and Careline’s pages follow too', async () => {
    await page.goto('https://x.com/home');
    await waitForOverlay(page);
    const theme = () => page.locator('[data-careline="mention"]').first().getAttribute('data-theme');
    expect(await theme()).toBe('light');
    for (const [color, name] of [['rgb(21, 32, 43)', 'dim'], ['rgb(0, 0, 0)', 'dark']] as const) {
      await page.evaluate((c) => (document.body.style.backgroundColor = c), color);
      await expect.poll(theme, { timeout: 5_000 }).toBe(name);
    }
    const popup = await careline.openExtensionPage('popup.html');
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await popup.close();
    await page.evaluate(() => (document.body.style.backgroundColor = ''));
  });

  it('shows breached and due-soon timers from the posts’ real ages', async () => {
    await page.goto('https://x.com/home');
    await waitForOverlay(page);
    const states = new Set((await overlayState(page)).map((o) => o.slaState));
    // The fixture's ages make some breached (old complaints) and some on track (fresh ones).
    expect(states.has('breached') || states.has('due_soon')).toBe(true);
    expect(states.has('on_track')).toBe(true);
  });
});

describe('acting from the chip', () => {
  it('relabels (the agent’s label wins for good), marks responded, escalates and dismisses, each in the audit log', async () => {
    await page.goto(`https://x.com/kofi_builds/status/${sid(12)}`);
    const host = page.locator(`[data-careline="mention"][data-status-id="${sid(12)}"]`);
    await host.waitFor();
    await host.locator('.chip').click();
    await host.getByRole('menuitemradio', { name: /Label as Complaint/ }).click();
    await expect.poll(() => host.getAttribute('data-label')).toBe('complaint');

    await page.reload();
    await host.waitFor();
    expect(await host.getAttribute('data-label')).toBe('complaint');
    const [stored] = (await readMentions(careline)).filter((m) => m.statusId === sid(12));
    expect(stored).toMatchObject({ label: 'complaint', labelSource: 'agent' });

    await host.locator('.chip').click();
    await host.getByRole('menuitem', { name: 'Escalate to lead' }).click();
    await expect.poll(() => host.getAttribute('data-status')).toBe('escalated');
    await host.locator('.chip').click();
    await host.getByRole('menuitem', { name: 'Mark responded' }).click();
    await expect.poll(() => host.getAttribute('data-sla-state')).toBe('stopped');
    await host.locator('.chip').click();
    await host.getByRole('menuitem', { name: 'Reopen' }).click();
    await expect.poll(() => host.getAttribute('data-sla-state')).not.toBe('stopped');
    await host.locator('.chip').click();
    await host.getByRole('menuitem', { name: /^Dismiss/ }).click();
    await expect.poll(() => host.getAttribute('data-status')).toBe('dismissed');

    const audit = await careline.openExtensionPage('options.html');
    const kinds = await audit.evaluate(
      (id) =>
        new Promise<string[]>((done) => {
          const open = indexedDB.open('careline');
          open.onsuccess = () => {
            const req = open.result.transaction('audit').objectStore('audit').index('statusId').getAll(id);
            req.onsuccess = () => done(req.result.map((e: { kind: string }) => e.kind));
          };
        }),
      sid(12),
    );
    await audit.close();
    expect(kinds).toEqual(expect.arrayContaining(['label_changed', 'escalated', 'responded', 'reopened', 'dismissed']));
  });

  it('opens the menu with the keyboard, explains the label, and closes with Escape', async () => {
    await page.goto('https://x.com/home');
    await waitForOverlay(page);
    const host = page.locator('[data-careline="mention"]').first();
    await host.locator('.chip').focus();
    await page.keyboard.press('Enter');
    const menu = host.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await menu.locator('.why li').count()).toBeGreaterThan(0);
    expect(await menu.locator('.why .conf').textContent()).toMatch(/\d+% confident/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.isVisible()).toBe(false);
    // The click did not open the post underneath (X opens a post on any click inside it).
    expect(new URL(page.url()).pathname).toBe('/home');
  });
});

describe('response detection', () => {
  it('a reply sent from X’s composer marks the mention responded at that moment', async () => {
    await page.goto('https://x.com/home');
    await waitForOverlay(page);
    const target = (await overlayState(page)).find((o) => o.slaState !== 'stopped' && o.slaState !== 'none')!;
    const article = page.locator('article[data-testid="tweet"]', { has: page.locator(`[data-status-id="${target.statusId}"]`) });
    await article.locator('[data-testid="reply"]').click();
    const editor = page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
    await editor.click();
    await page.keyboard.type('Sorry about this, we are on it.');
    const sentAt = Date.now();
    await page.locator('[data-testid="tweetButton"]').click();
    await expect
      .poll(async () => (await readMentions(careline)).find((m) => m.statusId === target.statusId)?.status)
      .toBe('responded');
    const m = (await readMentions(careline)).find((x) => x.statusId === target.statusId)!;
    expect(m.responseKind).toBe('reply');
    expect(Math.abs(m.respondedAt! - sentAt)).toBeLessThan(5_000);
  });

  it('a brand reply shown in a conversation marks the mention responded with the reply’s time', async () => {
    // A fresh profile: the fake X dates posts from each page load, so the conversation must be
    // the first page that shows this mention for its times to line up with the stored ones.
    const fresh = await launchWithExtension();
    try {
      await routeFakeX(fresh.context);
      const convo = await fresh.context.newPage();
      await convo.goto(`https://x.com/priya_n_dev/status/${sid(7)}`);
      await expect
        .poll(async () => (await readMentions(fresh)).find((m) => m.statusId === sid(7))?.status, { timeout: 10_000 })
        .toBe('responded');
      const m = (await readMentions(fresh)).find((x) => x.statusId === sid(7))!;
      const replyTime = await convo.evaluate(
        (id) => document.querySelector(`a[href$="/status/${id}"] time`)?.getAttribute('datetime'),
        sid(40),
      );
      expect(m.responseKind).toBe('thread_reply');
      expect(m.respondedAt).toBe(Date.parse(replyTime!));
      expect(m.firstResponseMs).toBe(6 * 60_000);
      await expect.poll(() => convo.locator(`[data-status-id="${sid(7)}"]`).getAttribute('data-sla-state')).toBe('stopped');
    } finally {
      await fresh.close();
    }
  });
});

describe('when X changes its page', () => {
  it('pauses with a notice, never throws into the page, and resumes on the next page', async () => {
    await page.goto('https://x.com/home');
    await waitForOverlay(page);
    pageErrors.length = 0;
    await page.evaluate(() => window.__fakeX!.breakMarkup());
    const notice = page.getByRole('status').filter({ hasText: 'Careline paused here' });
    await notice.waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-careline="mention"]').count()).toBe(0);
    // X still works: a click on a post still opens it.
    await page.evaluate(() => window.__fakeX!.restoreMarkup());
    await page.evaluate(() => window.__fakeX!.navigate('/notifications/mentions'));
    await notice.waitFor({ state: 'detached' });
    await waitForOverlay(page);
    expect(pageErrors).toEqual([]);
  });

  it('never renders a post’s markup as HTML', async () => {
    await page.goto('https://x.com/home');
    await waitForOverlay(page);
    const injected = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      foreign: [...document.querySelectorAll('[data-careline="mention"]')].some(
        (h) => h.shadowRoot!.querySelector('script, img, iframe, a') !== null,
      ),
    }));
    expect(injected).toEqual({ pwned: undefined, foreign: false });
  });
});
