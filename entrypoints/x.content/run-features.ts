// Starts the features that apply to the page X shows, and starts them afresh on every navigation
// of X's single-page app (WXT's `wxt:locationchange`): the previous page's signal is aborted first,
// so nothing of a page outlives it. A dialog opened over a page (compose, a photo) is not a new page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOverlayRoute, pageKindFromUrl } from '../../lib/x/page';
import type { XFeature } from './feature';
import type { Session } from './session';

export interface FeatureRun {
  /** What a navigation of X's app calls (tests call it too). */
  navigated(url: string): void;
}

export function runFeatures(ctx: ContentScriptContext, session: Session, features: readonly XFeature[]): FeatureRun {
  let page: AbortController | undefined;
  let pageUrl = '';

  const startPage = (url: string) => {
    if (url === pageUrl || (page && isOverlayRoute(url))) return;
    page?.abort();
    page = new AbortController();
    pageUrl = url;
    const signal = AbortSignal.any([ctx.signal, page.signal]);
    const kind = pageKindFromUrl(url);
    for (const feature of features) {
      if (!feature.include.includes(kind)) continue;
      try {
        feature.start({ signal, session, page: { kind, url } });
      } catch (err) {
        // Careline must never throw into X's page.
        console.warn(`[Careline] ${feature.id}`, err);
      }
    }
  };

  startPage(location.href);
  // The event's own URL (the Navigation API fires before location changes); a script-made copy of
  // the event carries none, and the current URL then changes nothing.
  ctx.addEventListener(window, 'wxt:locationchange', (event) => startPage(event.newUrl?.href ?? location.href));
  ctx.onInvalidated(() => page?.abort());
  return { navigated: startPage };
}
