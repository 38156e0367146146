// @vitest-environment happy-dom
// Features on X's page run on the page kinds they name, and leave nothing behind when the agent
// leaves the page: no listener, timer, observer or element (issue 12: "not done if a feature keeps
// a listener, timer or observer after its page is left").
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FEATURES } from '../../../entrypoints/x.content';
import { accountCheck, MISMATCH_MS } from '../../../entrypoints/x.content/features/account-check';
import { runFeatures } from '../../../entrypoints/x.content/run-features';
import { buildPostArticle } from '../../fixtures/fake-x/post-markup';
import { post, sid } from '../../fixtures/fake-x/data/posts';
import { fakeSession } from './fake-session';
import { trackResources } from './resources';

const NOW = Date.now();

const timeline = () => {
  const region = document.createElement('div');
  region.setAttribute('aria-label', 'Timeline: Your Home Timeline');
  for (const n of [1, 2, 3]) {
    const cell = document.createElement('div');
    cell.dataset.testid = 'cellInnerDiv';
    cell.append(buildPostArticle(post(sid(n)), { now: NOW }));
    region.append(cell);
  }
  document.body.append(region);
};
const settle = () => new Promise((r) => setTimeout(r, 30));
const carelineElements = () => document.querySelectorAll('careline-mention, careline-notice, careline-account-notice, careline-picker, careline-crisis-notice').length;

let tracker: ReturnType<typeof trackResources>;
beforeEach(() => {
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL('https://x.com/home');
  timeline();
});
afterEach(() => {
  tracker?.restore();
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('features on X’s page', () => {
  it('each names the page kinds it runs on, and has a file of its own', () => {
    expect(FEATURES.map((f) => f.id)).toEqual(['overlays', 'page-drift', 'thread-replies', 'reply-focus', 'reply-sends', 'quick-replies', 'account-check', 'claims', 'crisis-notice']);
    for (const f of FEATURES) expect(f.include.length).toBeGreaterThan(0);
  });

  it('leave no listener, timer, observer or element behind when the page is left, nor when Careline unloads', async () => {
    const ctx = new ContentScriptContext('careline-test');
    const session = fakeSession();
    tracker = trackResources(window);
    const before = tracker.count();
    const run = runFeatures(ctx, session, FEATURES);
    await settle();
    expect(document.querySelectorAll('careline-mention').length).toBeGreaterThan(0);
    const running = tracker.count();
    expect(running.observers).toBeGreaterThan(0);
    expect(running.timers).toBeGreaterThan(before.timers);
    expect(session.events.size).toBeGreaterThan(0);

    // X Chat: only the page-drift check runs there.
    run.navigated('https://x.com/i/chat');
    await settle();
    expect(carelineElements()).toBe(0);
    expect(session.events.size).toBe(0);
    const onChat = tracker.count();
    expect(onChat.observers).toBe(before.observers);
    // What stays is the context's own location watcher and locationchange listener, and the drift check.
    expect(onChat.timers - before.timers).toBeLessThanOrEqual(2);
    expect(onChat.listeners - before.listeners).toBeLessThanOrEqual(1);

    // Back to a timeline, then Careline unloads (an update, a disabled extension).
    run.navigated('https://x.com/home');
    await settle();
    expect(document.querySelectorAll('careline-mention').length).toBeGreaterThan(0);
    ctx.abort();
    await settle();
    expect(carelineElements()).toBe(0);
    expect(session.events.size).toBe(0);
    expect(tracker.count()).toEqual({ ...before, listeners: tracker.count().listeners });
    expect(tracker.count().listeners).toBeLessThanOrEqual(before.listeners);
  });

  it('applies the page-kind policy: overlays on timelines and conversations, not on X Chat or a profile', async () => {
    const ctx = new ContentScriptContext('careline-test');
    const run = runFeatures(ctx, fakeSession(), FEATURES);
    await settle();
    expect(document.querySelectorAll('careline-mention').length).toBeGreaterThan(0);
    run.navigated('https://x.com/maren_okafor');
    await settle();
    expect(document.querySelectorAll('careline-mention').length).toBe(0);
    run.navigated('https://x.com/maren_okafor/status/123');
    await settle();
    expect(document.querySelectorAll('careline-mention').length).toBeGreaterThan(0);
    // The compose dialog opens over the page: the page's features stay.
    const hosts = document.querySelectorAll('careline-mention')[0];
    run.navigated('https://x.com/compose/post');
    await settle();
    expect(document.querySelectorAll('careline-mention')[0]).toBe(hosts);
    ctx.abort();
  });
});

describe('the brand account on X’s page', () => {
  it('says Careline watches the brand, not the account signed in now, once X has shown it for a while', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const ctx = new ContentScriptContext('careline-test');
    const session = fakeSession('ana_private');
    const run = runFeatures(ctx, session, [accountCheck]);
    await vi.advanceTimersByTimeAsync(MISMATCH_MS - 1000);
    expect(document.querySelector('careline-account-notice')).toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    const notice = document.querySelector('careline-account-notice')!;
    expect(notice.shadowRoot!.textContent).toContain('Careline is watching for @LumenMobile, not for @ana_private');
    const buttons = [...notice.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Keep @LumenMobile', 'Switch to @ana_private…']);
    buttons[1]!.click();
    expect(session.requests.send).toHaveBeenCalledWith({ type: 'openDashboard', section: 'brand', account: 'ana_private' });
    // Leaving the page takes a notice with it.
    run.navigated('https://x.com/notifications');
    expect(document.querySelector('careline-account-notice')).toBeNull();
    ctx.abort();
  });
});
