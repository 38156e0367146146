// Keeps the overlay's events to itself (a click on a post opens it in X, so X must not see clicks
// on the chip) and keeps script-made events out of it, without 16 listeners on every overlay.
//
// An overlay needs its listeners only once something happens inside it, and every such event
// first crosses the window in its capture phase (events from inside the shadow root are composed,
// and there their target is the host). One capture listener per event type on the window arms a
// host the first time an event comes its way, before the event reaches it: in a surge, hundreds
// of overlays are drawn that nobody ever clicks, and adding their listeners one by one was the
// largest part of creating them.
import { stopUntrusted } from '../agent-event';

/** Events that must not reach X's post (a click on a post opens it). */
export const CONTAINED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'auxclick'] as const;

const armed = new WeakSet<Element>();
/** Windows watched, with how many annotators asked (each page's annotator starts and stops). */
const watching = new WeakMap<Window, { users: number; off(): void }>();

/**
 * Watches `win` until the returned function is called: an event of a contained type whose target
 * is an overlay host (`tag`) arms that host before it gets there.
 */
export function containOverlayEvents(win: Window, tag: string): () => void {
  let watch = watching.get(win);
  if (!watch) {
    const onEvent = (e: Event) => {
      const target = e.target as Element | null;
      if (!target || target.nodeType !== 1) return;
      if (target.localName === tag) return armHost(target);
      // An overlay inside someone else's shadow root (the window sees that root's host), or a
      // DOM that does not retarget (happy-dom): look along the event's path.
      if (target.shadowRoot || target.getRootNode() !== target.ownerDocument) {
        for (const el of e.composedPath()) if ((el as Element).localName === tag) return armHost(el as Element);
      }
    };
    for (const type of CONTAINED_EVENTS) win.addEventListener(type, onEvent, { capture: true });
    const off = () => {
      for (const type of CONTAINED_EVENTS) win.removeEventListener(type, onEvent, { capture: true });
      watching.delete(win);
    };
    watch = { users: 0, off };
    watching.set(win, watch);
  }
  watch.users += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const w = watching.get(win);
    if (w && --w.users === 0) w.off();
  };
}

/** Whether hosts in `win` are armed on their first event (otherwise an overlay arms itself). */
export function containsOverlayEvents(win: Window | null): boolean {
  return win !== null && watching.has(win);
}

/** The host's own listeners, as every overlay had them from the start before. Idempotent. */
export function armHost(host: Element): void {
  if (armed.has(host)) return;
  armed.add(host);
  for (const type of CONTAINED_EVENTS) {
    // Clicks X's scripts make on the open shadow root's buttons never reach them.
    host.addEventListener(type, stopUntrusted, { capture: true });
    host.addEventListener(type, stop);
  }
}

function stop(e: Event): void {
  e.stopPropagation();
}
