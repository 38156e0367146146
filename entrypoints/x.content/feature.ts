// The one shape of a Careline feature on X's page (after Refined GitHub's features): the page kinds
// it runs on, and a start that ties everything it adds to the page's signal. The runner aborts the
// signal when the agent leaves the page (or the extension goes away); a feature removes every
// listener, timer, observer and element of its own when that happens.
import type { PageKind } from '../../lib/model';
import type { Session } from './session';

export interface FeatureStart {
  /** Aborted when this page is left or Careline is unloaded. */
  signal: AbortSignal;
  session: Session;
  page: { kind: PageKind; url: string };
}

export interface XFeature {
  /** Names the feature in logs and tests. */
  id: string;
  /** The page kinds it runs on (lib/x/page.ts). */
  include: readonly PageKind[];
  start(run: FeatureStart): void;
}

export function defineFeature(feature: XFeature): XFeature {
  return feature;
}

/** Runs `fn` every `ms` until the signal aborts. */
export function every(ms: number, fn: () => void, signal: AbortSignal): void {
  const id = setInterval(fn, ms);
  signal.addEventListener('abort', () => clearInterval(id), { once: true });
}

/** Runs `fn` once after `ms` unless the signal aborts first. */
export function after(ms: number, fn: () => void, signal: AbortSignal): void {
  const id = setTimeout(fn, ms);
  signal.addEventListener('abort', () => clearTimeout(id), { once: true });
}

/** Ties a stop function (an observer, a watcher) to the signal. */
export function onAbort(signal: AbortSignal, stop: () => void): void {
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
}
