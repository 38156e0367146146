// Follows X's single-page navigation and the health of the page: on every new page it starts
// afresh; when the reader stops finding posts where X clearly shows a timeline, it pauses and says so.
import type { Translate } from '../../i18n/translate';
import { looksLikeTimelineWithoutPosts } from '../page';
import type { Annotator } from './annotator';
import { PageHealth } from './page-health';
import { removePausedNotice, showPausedNotice } from './page-notice';
import { readXTheme } from './theme';

export class PageWatch {
  private url = '';
  private paused = false;
  private readonly health = new PageHealth();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly annotator: Annotator,
    private readonly intervalMs = 1000,
  ) {}

  start(): void {
    this.url = this.doc.location.href;
    this.guard(() => this.annotator.start());
    this.timer = setInterval(() => this.guard(() => this.check()), this.intervalMs);
    this.doc.defaultView?.addEventListener('popstate', this.onPopState);
  }

  stop(): void {
    clearInterval(this.timer);
    this.doc.defaultView?.removeEventListener('popstate', this.onPopState);
    removePausedNotice(this.doc);
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** One look at the page: a new URL starts over; a broken-looking page counts towards a pause. */
  check(): void {
    const url = this.doc.location.href;
    if (url !== this.url) {
      this.url = url;
      this.health.reset();
      removePausedNotice(this.doc);
      if (this.paused) {
        this.paused = false;
        this.annotator.start();
      }
      return;
    }
    if (this.paused) return;
    if (this.health.record(looksLikeTimelineWithoutPosts(this.doc) && this.annotator.overlayCount === 0)) {
      this.paused = true;
      this.annotator.stop();
      this.annotator.removeAll();
      showPausedNotice(this.doc, this.t, readXTheme(this.doc));
    }
  }

  private readonly onPopState = () => this.guard(() => this.check());

  /** Careline must never throw into X's page. */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      console.warn('[Careline]', err);
    }
  }
}
