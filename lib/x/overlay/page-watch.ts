// Follows X's single-page navigation and the health of the page: on every new page it starts
// afresh; when the reader stops finding posts where X clearly shows a timeline, it pauses and says
// which part it could not read; a composer it cannot find only gets a notice. Each settled sighting
// goes to `onDrift` (a small record, for a local log the dashboard shows).
import type { Translate } from '../../i18n/translate';
import { pageKindFromUrl } from '../page';
import { diagnosePage, driftRecord, POST_PARTS, type DriftRecord, type PagePart } from '../page-drift';
import type { Annotator } from './annotator';
import { PageHealth } from './page-health';
import { removePausedNotice, showPausedNotice } from './page-notice';
import { readXTheme } from './theme';

export class PageWatch {
  private url = '';
  private paused = false;
  /** The part already reported on this page: one notice and one record per page and part. */
  private reported: PagePart | null = null;
  private readonly health = new PageHealth();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    private readonly annotator: Annotator,
    private readonly intervalMs = 1000,
    private readonly onDrift?: (record: DriftRecord) => void,
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
      this.reported = null;
      removePausedNotice(this.doc);
      if (this.paused) {
        this.paused = false;
        this.annotator.start();
      }
      return;
    }
    if (this.paused) return;
    let seen = diagnosePage(this.doc);
    // Overlays on the page mean its posts are being read, whatever one odd post looks like.
    if (seen && POST_PARTS.includes(seen) && this.annotator.overlayCount > 0) seen = null;
    const part = this.health.record(seen);
    if (!part || part === this.reported) return;
    this.reported = part;
    this.onDrift?.(driftRecord(part, pageKindFromUrl(url), Date.now()));
    if (POST_PARTS.includes(part)) {
      this.paused = true;
      this.annotator.stop();
      this.annotator.removeAll();
    }
    showPausedNotice(this.doc, this.t, readXTheme(this.doc), part);
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
