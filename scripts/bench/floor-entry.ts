// The least a page script can do for a new brand mention and still show Careline's overlay:
// read the post, match the brand, triage it with the shipped model, draw the real overlay in the
// frame that first shows the cell, and tick the timers on screen once a second. No background,
// no storage, no confirmation, no page-wide reads or checks. scripts/bench/surge-floor.ts runs it
// in an isolated world during the surge, to tell the work the product needs from the rest.
import type { MentionView, OverlayContext } from '../../lib/model';
import { DEFAULT_SETTINGS } from '../../lib/model';
import { translator } from '../../lib/i18n/translate';
import { findPostArticles, readPost } from '../../lib/x/read-post';
import { overlayAnchor } from '../../lib/x/overlay-anchor';
import { MentionOverlay } from '../../lib/x/overlay/mention-overlay';
import { OnScreen } from '../../lib/x/overlay/on-screen';
import { PageReading } from '../../entrypoints/x.content/page-reading';

const context: OverlayContext = {
  brand: { name: 'Lumen Mobile', handles: ['LumenMobile'], keywords: ['Lumen Mobile'] },
  account: null,
  rules: [],
  sla: DEFAULT_SETTINGS.sla,
  lowConfidenceBelow: DEFAULT_SETTINGS.lowConfidenceBelow,
  decided: [],
};
/** How far the floor goes: 'read' stops after reading, 'triage' after the page's triage, 'draw' draws. */
const upTo = (globalThis as { floorUpTo?: 'read' | 'triage' | 'draw' }).floorUpTo ?? 'draw';
const reading = new PageReading();
reading.setContext(context);
reading.warmUp((next) => next());

const env = { t: translator('en'), locale: 'en', theme: 'light' as const, describeReason: () => '' };
const callbacks = { act: async () => {}, openPanel: () => {} };
const overlays = new Map<Element, MentionOverlay>();
const onScreen = new OnScreen(window, (host) => overlays.get(host)?.tick(Date.now()));
const seen = new WeakSet<Element>();
const views = new Map<string, MentionView | null>();
let drawScheduled = false;

function draw(): void {
  drawScheduled = false;
  const now = Date.now();
  for (const article of findPostArticles(document)) {
    if (seen.has(article)) continue;
    seen.add(article);
    const read = readPost(article, location.href);
    if (!read.ok || upTo === 'read') continue;
    // X re-creates cells it already showed: their posts are not triaged again, only drawn again.
    const { statusId } = read.snapshot;
    const view = views.has(statusId) ? views.get(statusId)! : reading.read(read.snapshot);
    views.set(statusId, view);
    if (upTo === 'triage') continue;
    const place = view && overlayAnchor(article);
    if (!view || !place) continue;
    const overlay = new MentionOverlay(view, env, callbacks, document, { now, pending: true });
    place.parent.insertBefore(overlay.host, place.before);
    overlays.set(overlay.host, overlay);
    onScreen.watch(overlay.host);
  }
}

new MutationObserver(() => {
  if (drawScheduled) return;
  drawScheduled = true;
  requestAnimationFrame(draw);
}).observe(document.body, { childList: true, subtree: true });

setInterval(() => {
  const now = Date.now();
  for (const [host, overlay] of overlays) {
    if (!host.isConnected) {
      onScreen.unwatch(host);
      overlays.delete(host);
    } else if (onScreen.has(host)) overlay.tick(now);
  }
}, 1000);
