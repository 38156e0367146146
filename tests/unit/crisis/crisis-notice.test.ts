// @vitest-environment happy-dom
// The small notice on X's page: the surge's figures from the background's crisisNotice (no mention
// text), in the agent's language, a way to the incident room, hidden on request, gone with the page,
// asked again when the background stamps a surge change.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SURGE_STAMP_KEY } from '../../../lib/crisis/alert-text';
import { AFTER_CHANGE_MS, crisisNotice, NOTICE_POLL_MS } from '../../../entrypoints/x.content/features/crisis-notice';
import { runFeatures } from '../../../entrypoints/x.content/run-features';
import type { CrisisNotice } from '../../../lib/messaging/requests/crisis-requests';
import type { UiLocale } from '../../../lib/model';
import { makeTranslator } from '../../../lib/i18n/format';
import { X_PAGE_CATALOGS } from '../../../lib/i18n/x-page-catalogs';
import { fakeSession } from '../x-content/fake-session';

const NOTICE: CrisisNotice = { alertId: 'outage@1', topic: ['outage', 'zagreb'], mentions: 42, windowMinutes: 10, negativeShare: 0.8, incidentId: null };

function start(answers: (CrisisNotice | null)[], locale: UiLocale = 'en') {
  (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL('https://x.com/home');
  const session = { ...fakeSession('LumenMobile', locale), t: makeTranslator(X_PAGE_CATALOGS, locale) };
  const send = vi.fn(async (req: { type: string }) => (req.type === 'crisisNotice' ? { notice: answers.length > 1 ? answers.shift()! : answers[0]! } : { ok: true }));
  session.requests = { send } as unknown as typeof session.requests;
  const ctx = new ContentScriptContext('careline-test');
  const run = runFeatures(ctx, session, [crisisNotice]);
  return { ctx, run, send, session };
}
const shown = () => document.querySelector('careline-crisis-notice');
const text = () => shown()?.shadowRoot?.textContent ?? '';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('the crisis notice on X’s page', () => {
  it('shows the figures through the X-page catalogs, and opens the incident room', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    const { ctx, send } = start([NOTICE]);
    await vi.waitFor(() => expect(shown()).not.toBeNull());
    expect(text()).toContain("Surge of negative mentions42 mentions in 10 min about 'outage zagreb', 80 % negative");
    expect(shown()!.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
    const open = [...shown()!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Open the incident room')!;
    open.click();
    expect(send).toHaveBeenCalledWith({ type: 'openDashboard', section: 'incidents' });
    ctx.abort();
    expect(shown()).toBeNull();
  });

  it('follows the alert: an incident declared, then the surge over', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    const { ctx } = start([NOTICE, { ...NOTICE, mentions: 60, incidentId: 'inc-1' }, null]);
    await vi.waitFor(() => expect(shown()).not.toBeNull());
    await vi.advanceTimersByTimeAsync(NOTICE_POLL_MS);
    expect(text()).toContain('60 mentions');
    expect(text()).toContain('Incident declared');
    expect((shown() as HTMLElement).dataset.incident).toBe('inc-1');
    await vi.advanceTimersByTimeAsync(NOTICE_POLL_MS);
    expect(shown()).toBeNull();
    ctx.abort();
  });

  it('stays hidden once the agent hides it, until the alert changes', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    const { ctx } = start([{ ...NOTICE, alertId: 'hide-me' }, { ...NOTICE, alertId: 'hide-me' }, { ...NOTICE, alertId: 'hide-me', incidentId: 'inc-2' }]);
    await vi.waitFor(() => expect(shown()).not.toBeNull());
    [...shown()!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Hide')!.click();
    expect(shown()).toBeNull();
    await vi.advanceTimersByTimeAsync(NOTICE_POLL_MS);
    expect(shown()).toBeNull();
    await vi.advanceTimersByTimeAsync(NOTICE_POLL_MS);
    expect(shown()).not.toBeNull();
    ctx.abort();
  });

  it('asks again at once when the background stamps a surge change, without waiting for the next round', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    const { ctx, send } = start([null, NOTICE]);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    expect(shown()).toBeNull();
    await fakeBrowser.storage.local.set({ [SURGE_STAMP_KEY]: Date.now() });
    await vi.advanceTimersByTimeAsync(AFTER_CHANGE_MS);
    expect(shown()).not.toBeNull();
    expect(send).toHaveBeenCalledTimes(2);
    ctx.abort();
  });

  it('speaks French', async () => {
    const { ctx } = start([NOTICE], 'fr');
    await vi.waitFor(() => expect(shown()).not.toBeNull());
    expect(text().replaceAll('\u00a0', ' ')).toContain('42 mentions en 10 min sur « outage zagreb », 80 % négatives');
    ctx.abort();
  });
});
