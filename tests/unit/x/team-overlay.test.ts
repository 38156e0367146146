// @vitest-environment happy-dom
// The team desk on X's page: the overlay's automation contract (data-claimed-by, data-assignee and
// a short text), claims kept apart from views so a fresh view never drops them, and which posts an
// open reply composer claims.
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../../lib/i18n/translate';
import type { MentionView } from '../../../lib/model';
import type { MenuClaims } from '../../../lib/x/overlay/action-menu';
import { MentionOverlay } from '../../../lib/x/overlay/mention-overlay';
import { openComposerTargets, showClaimWarning } from '../../../lib/x/overlay/team-composers';
import { ViewStore } from '../../../lib/x/overlay/view-store';

const NOW = Date.now();
const view = (statusId: string, over: Partial<MentionView> = {}): MentionView => ({
  statusId, label: 'complaint', labelSource: 'model', confidence: 0.9, reasons: [], status: 'new',
  postedAt: NOW - 60_000, slaDeadline: NOW + 3_600_000, slaDueSoonAt: NOW + 2_700_000, ...over,
});
const env = { t: translator('en'), locale: 'en', theme: 'light' as const, describeReason: () => '' };
const callbacks = { act: async () => {}, openPanel: () => {} };

afterEach(() => document.body.replaceChildren());

describe('the overlay', () => {
  it('carries data-claimed-by and says who is replying; drops both when the claim ends', () => {
    const o = new MentionOverlay(view('10', { claimedBy: 'Lea' }), env, callbacks);
    expect(o.host.dataset.claimedBy).toBe('Lea');
    const text = o.host.shadowRoot!.querySelector('.team')!;
    expect(text.textContent).toBe('Lea is replying');
    expect((text as HTMLElement).hidden).toBe(false);
    o.update(view('10'), NOW);
    expect(o.host.hasAttribute('data-claimed-by')).toBe(false);
    expect((text as HTMLElement).hidden).toBe(true);
  });

  it('carries data-assignee, and the claim’s text wins while both are there', () => {
    const o = new MentionOverlay(view('10', { assignee: 'Ivo' }), env, callbacks);
    expect(o.host.dataset.assignee).toBe('Ivo');
    expect(o.host.shadowRoot!.querySelector('.team')!.textContent).toBe('Assigned to Ivo');
    o.update(view('10', { assignee: 'Ivo', claimedBy: 'Lea' }), NOW);
    expect(o.host.shadowRoot!.querySelector('.team')!.textContent).toBe('Lea is replying');
    expect(o.host.dataset.assignee).toBe('Ivo');
  });

  it('never renders a name as markup', () => {
    const o = new MentionOverlay(view('10', { claimedBy: '<img src=x onerror=alert(1)>' }), env, callbacks);
    expect(o.host.shadowRoot!.querySelector('img')).toBeNull();
  });
});

describe('the chip menu', () => {
  const items = (o: MentionOverlay) => {
    o.host.shadowRoot!.querySelector<HTMLButtonElement>('.chip')!.click();
    return [...o.host.shadowRoot!.querySelectorAll('[role="menuitem"]')].map((b) => b.textContent);
  };

  it('has no claim item while solo', () => {
    const solo: MenuClaims = { state: () => null, toggle: () => {} };
    expect(items(new MentionOverlay(view('10'), { ...env, claims: solo }, callbacks))).not.toContain('I’m replying to this');
  });

  it('claims and releases in a team', () => {
    const mine = new Set<string>();
    const claims: MenuClaims = { state: (id) => (mine.has(id) ? 'mine' : 'free'), toggle: (id) => void (mine.has(id) ? mine.delete(id) : mine.add(id)) };
    const o = new MentionOverlay(view('10'), { ...env, claims }, callbacks);
    document.body.append(o.host);
    expect(items(o)).toContain('I’m replying to this');
    o.host.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="claim"]')!.click();
    expect(mine.has('10')).toBe(true);
    expect(items(o)).toContain('Stop replying');
  });
});

describe('claims in the page’s view store', () => {
  it('stamps every stored view with the current claim, whatever the background sent', () => {
    const store = new ViewStore();
    store.set(view('10'));
    store.set(view('11'));
    const changed = store.setClaims(new Map([['10', 'Lea']]));
    expect(changed.map((v) => [v.statusId, v.claimedBy])).toEqual([['10', 'Lea']]);
    // A fresh view from the background (without the claim) keeps it.
    expect(store.set(view('10', { status: 'in_progress' })).claimedBy).toBe('Lea');
    // A stale claim in a view is not believed.
    expect(store.set(view('11', { claimedBy: 'Old' })).claimedBy).toBeUndefined();
    const released = store.setClaims(new Map());
    expect(released.map((v) => [v.statusId, v.claimedBy])).toEqual([['10', undefined]]);
  });
});

describe('open reply composers', () => {
  function editor(parent: HTMLElement, text = ''): HTMLElement {
    const e = document.createElement('div');
    e.dataset.testid = 'tweetTextarea_0';
    e.setAttribute('contenteditable', 'true');
    e.tabIndex = 0;
    if (text) {
      const block = document.createElement('div');
      block.dataset.block = 'true';
      block.textContent = text;
      e.append(block);
    }
    parent.append(e);
    return e;
  }

  it('counts the reply dialog (as the post whose reply button was clicked when the dialog does not show it)', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
    editor(dialog);
    expect([...openComposerTargets(document, '123')]).toEqual(['123']);
    expect([...openComposerTargets(document, null)]).toEqual([]);
  });

  it('ignores an untouched inline composer on a conversation page, counts one in use', () => {
    history.replaceState(null, '', '/kofi_builds/status/456');
    const cell = document.createElement('div');
    document.body.append(cell);
    const e = editor(cell);
    expect(openComposerTargets(document).size).toBe(0);
    e.focus();
    expect([...openComposerTargets(document)]).toEqual(['456']);
  });

  it('warns with the other agent’s name, as text', () => {
    const host = showClaimWarning(document, translator('en'), '10', ['Lea']);
    expect(host.dataset.claimedBy).toBe('Lea');
    expect(host.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('Lea is already replying to this post.');
  });
});
