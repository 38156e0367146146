// @vitest-environment happy-dom
// The overlay's events stay in the overlay, and script-made ones stay out, with one page-wide
// listener per event type instead of 16 listeners on every overlay (lib/x/overlay/contain-events.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../../lib/i18n/translate';
import type { MentionView } from '../../../lib/model';
import { acceptSyntheticEventsInTests } from '../../../lib/x/agent-event';
import { containOverlayEvents } from '../../../lib/x/overlay/contain-events';
import { MentionOverlay, OVERLAY_TAG } from '../../../lib/x/overlay/mention-overlay';

const NOW = Date.now();
const view: MentionView = {
  statusId: '1', label: 'complaint', labelSource: 'model', confidence: 0.9, reasons: [], status: 'new',
  postedAt: NOW - 60_000, slaDeadline: NOW + 3_600_000, slaDueSoonAt: NOW + 2_700_000,
};
const env = { t: translator('en'), locale: 'en', theme: 'light' as const, describeReason: () => '' };

/** An overlay in a post that opens on click, as X's do; counts what reaches the post. */
function overlayInPost() {
  const post = document.createElement('article');
  const seen: string[] = [];
  for (const type of ['click', 'pointerdown', 'keydown']) post.addEventListener(type, () => seen.push(type));
  const o = new MentionOverlay(view, env, { act: async () => {}, openPanel: () => {} });
  post.append(o.host);
  document.body.append(post);
  const chip = o.host.shadowRoot!.querySelector<HTMLButtonElement>('.chip')!;
  return { o, seen, chip };
}

afterEach(() => {
  document.body.replaceChildren();
  acceptSyntheticEventsInTests(true);
});

describe('events in the overlay', () => {
  it('never reach X’s post, with the page-wide listener or without it, and the chip still opens its menu', () => {
    for (const contained of [true, false]) {
      const uncontain = contained ? containOverlayEvents(window, OVERLAY_TAG) : () => {};
      const { seen, chip } = overlayInPost();
      chip.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      chip.click();
      chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, composed: true }));
      expect(seen).toEqual([]);
      expect(chip.getAttribute('aria-expanded')).toBe('true');
      uncontain();
      document.body.replaceChildren();
    }
  });

  it('made by a script do nothing inside the overlay', () => {
    const uncontain = containOverlayEvents(window, OVERLAY_TAG);
    acceptSyntheticEventsInTests(false);
    const { chip } = overlayInPost();
    chip.click();
    chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    uncontain();
  });

  it('leave no listener on the page once every annotator stopped', () => {
    const added: string[] = [];
    const removed: string[] = [];
    const win = { addEventListener: (t: string) => added.push(t), removeEventListener: (t: string) => removed.push(t) } as unknown as Window;
    const a = containOverlayEvents(win, OVERLAY_TAG);
    const b = containOverlayEvents(win, OVERLAY_TAG);
    a();
    a();
    expect(removed).toEqual([]);
    b();
    expect(removed.sort()).toEqual(added.sort());
    expect(added.length).toBeGreaterThan(0);
  });
});
