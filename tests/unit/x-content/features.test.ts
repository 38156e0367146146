// @vitest-environment happy-dom
// Features on X's page run on the page kinds they name, and leave nothing behind when the agent
// leaves the page: no listener, timer, observer or element (issue 12: "not done if a feature keeps
// a listener, timer or observer after its page is left").
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FEATURES } from '../../../entrypoints/x.content';
import { Events } from '../../../entrypoints/x.content/events';
import { accountCheck, MISMATCH_MS } from '../../../entrypoints/x.content/features/account-check';
import { PageReading } from '../../../entrypoints/x.content/page-reading';
import { runFeatures } from '../../../entrypoints/x.content/run-features';
import type { Session, SessionEvents } from '../../../entrypoints/x.content/session';
import { translator } from '../../../lib/i18n/translate';
import type { PortClient } from '../../../lib/messaging/port-client';
import type { MentionView, OverlayContext } from '../../../lib/model';
import { DEFAULT_SETTINGS } from '../../../lib/model';
import { ViewStore } from '../../../lib/x/overlay/view-store';
import { buildPostArticle } from '../../fixtures/fake-x/post-markup';
import { post, sid } from '../../fixtures/fake-x/data/posts';
import { trackResources } from './resources';

const NOW = Date.now();
const CONTEXT: OverlayContext = {
  brand: { name: 'Lumen Mobile', handles: ['LumenMobile'], keywords: [] },
  account: 'LumenMobile',
  rules: [],
  sla: DEFAULT_SETTINGS.sla,
  decided: [],
};

function fakeSession(signedIn = 'LumenMobile'): Session {
  const views = new ViewStore();
  let brandHandles = new Set(['lumenmobile']);
  const send = vi.fn(async (req: { type: string; posts?: { statusId: string; postedAt: string }[] }) => {
    if (req.type === 'observe') {
      const views: MentionView[] = (req.posts ?? []).map((p) => ({
        statusId: p.statusId, label: 'complaint', labelSource: 'model', confidence: 0.9, reasons: [{ kind: 'no_signal' }],
        status: 'new', postedAt: Date.parse(p.postedAt), slaDeadline: NOW + 3_600_000, slaDueSoonAt: NOW + 2_700_000,
      }));
      return { views, brandHandles: ['LumenMobile'] };
    }
    return { ok: true };
  });
  return {
    doc: document,
    t: translator('en'),
    locale: 'en',
    requests: { send } as unknown as PortClient,
    bridge: { insert: async () => ({ ok: false, method: 'none' }), close: () => {} },
    reading: new PageReading(),
    views,
    events: new Events<SessionEvents>(),
    context: () => CONTEXT,
    pageAccount: () => ({ signedInHandle: signedIn, signedInName: null, accountId: null }),
    brandHandles: () => brandHandles,
    setBrandHandles: (h) => void (brandHandles = new Set(h.map((x) => x.toLowerCase()))),
    keptAccounts: new Set(),
    reloadContext: async () => {},
  };
}

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
const carelineElements = () => document.querySelectorAll('careline-mention, careline-notice, careline-account-notice, careline-picker').length;

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
    expect(FEATURES.map((f) => f.id)).toEqual(['overlays', 'thread-replies', 'reply-focus', 'reply-sends', 'quick-replies', 'account-check']);
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

    // X Chat: no feature runs there.
    run.navigated('https://x.com/i/chat');
    await settle();
    expect(carelineElements()).toBe(0);
    expect(session.events.size).toBe(0);
    const onChat = tracker.count();
    expect(onChat.observers).toBe(before.observers);
    // What stays is the context's own: its location watcher and the locationchange listener.
    expect(onChat.timers - before.timers).toBeLessThanOrEqual(1);
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
