// Keeps exactly one overlay on every brand mention X currently shows. X virtualises its
// timeline (cells are destroyed and recreated on scroll) and React re-renders inside posts, so
// the annotator is idempotent: it looks at an article, reads its status id, and makes the DOM
// agree with what it knows, however many times it is called.
import type { MentionAction } from '../../mentions/actions';
import type { MentionView, PostSnapshot } from '../../model';
import { SharedClock } from './clock';
import { MentionOverlay, OVERLAY_TAG, type OverlayEnv } from './mention-overlay';
import { readXTheme, type XTheme } from './theme';
import { findPostArticles, readPost, type ReadResult } from '../read-post';
import { postArticleOf } from './post-of';
import { overlayAnchor } from '../overlay-anchor';
import { OnScreen } from './on-screen';
import { ViewStore } from './view-store';
import { containOverlayEvents } from './contain-events';

export interface AnnotatorPorts {
  /** Sends newly read posts to the background; resolves with the views of those that are mentions. */
  observe(posts: PostSnapshot[]): Promise<MentionView[]>;
  act(statusId: string, action: MentionAction): Promise<MentionView | null>;
  openPanel(statusId: string): void;
  /** Called once the page settles after a batch, with every readable post on it, in page order. */
  pageRead?(posts: PostSnapshot[], views: Pick<ViewStore, 'get'>): void;
  /** X's theme, when first seen and whenever it changes (Careline's pages follow it). */
  themeChanged?(theme: XTheme): void;
  /**
   * The page's own reading of a post the background has not answered for yet, so its overlay
   * appears with the post, marked pending; the background's answer (learned model, stored
   * decisions) then confirms or replaces it. Null when it is not a mention, or the page cannot tell yet.
   */
  readOnPage?(post: PostSnapshot): MentionView | null;
  /**
   * When to send newly read posts to the background: the overlays are already drawn from the
   * page's reading, so the request can wait for the frame to be painted, and the posts of every
   * flush until then go in one message. Without it they are sent at once.
   */
  afterFrame?(send: () => void): void;
  /**
   * When to draw the overlays of posts X has just inserted: in the animation frame that paints
   * them, so the overlay shows in that same frame but Careline's work is a task of its own
   * instead of lengthening X's (X's own task for a batch is already near the 50 ms long-task
   * line). Without it they are drawn within X's task, as the MutationObserver reports them.
   */
  beforePaint?(draw: () => void): void;
  /**
   * Ticks only the overlays on screen or near it (lib/x/overlay/on-screen.ts); without it every
   * mounted overlay ticks (tests, pages without IntersectionObserver).
   */
  onlyVisibleTicks?: boolean;
  /**
   * Milliseconds of reading and drawing per task: a batch too big for one frame is drawn in
   * document order (new posts at the top, on screen, first) and the rest in the next tasks.
   * Without it a batch is drawn whole.
   */
  frameBudgetMs?: number;
  now(): number;
}

const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 30_000;

interface Attached {
  statusId: string;
  overlay: MentionOverlay;
}

export class Annotator {
  /** Articles waiting for the background's answer about their post. */
  private readonly awaiting = new Map<string, Set<Element>>();
  /** Views from the page's own reading, until the background confirms them. */
  private readonly pending = new Set<string>();
  private readonly attached = new Map<Element, Attached>();
  private readonly dirty = new Set<Element>();
  /**
   * Each article's last reading, until X changes something inside it: the background's answer,
   * a retry and the page-wide read after a batch then cost no second pass over the post.
   */
  private readonly readings = new WeakMap<Element, { url: string; result: ReadResult }>();
  private observer: MutationObserver | undefined;
  private unsubscribeClock: (() => void) | undefined;
  private pageReadTimer: ReturnType<typeof setTimeout> | undefined;
  private theme: XTheme;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = RETRY_FIRST_MS;
  /** Posts read since the last request to the background, waiting for `afterFrame`. */
  private outbox: PostSnapshot[] = [];
  private outboxScheduled = false;
  private onScreen: OnScreen | undefined;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private drawScheduled = false;
  private readonly byHost = new WeakMap<Element, MentionOverlay>();
  private uncontain: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly env: Omit<OverlayEnv, 'theme'>,
    private readonly ports: AnnotatorPorts,
    /** Shared with the annotators of later pages: what the background already said. */
    private readonly views: ViewStore = new ViewStore(),
    private readonly clock: SharedClock = new SharedClock(ports.now, doc),
  ) {
    this.theme = readXTheme(doc);
  }

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true });
    this.unsubscribeClock = this.clock.subscribe((now) => this.tick(now));
    const win = this.doc.defaultView;
    // One page-wide listener per event type instead of 16 on every overlay (contain-events.ts).
    if (win) this.uncontain = containOverlayEvents(win, OVERLAY_TAG);
    if (this.ports.onlyVisibleTicks && win && typeof win.IntersectionObserver === 'function') {
      this.onScreen = new OnScreen(win, (host) => this.byHost.get(host)?.tick(this.ports.now()));
    }
    this.ports.themeChanged?.(this.theme);
    for (const a of findPostArticles(this.doc)) this.dirty.add(a);
    this.flush();
  }

  /** Stops watching, ticking and retrying for good: nothing of this annotator runs afterwards. */
  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.unsubscribeClock?.();
    this.unsubscribeClock = undefined;
    this.clock.stop();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    clearTimeout(this.pageReadTimer);
    this.pageReadTimer = undefined;
    this.outbox = [];
    clearTimeout(this.restTimer);
    this.restTimer = undefined;
    this.drawScheduled = false;
    this.onScreen?.disconnect();
    this.onScreen = undefined;
    // Overlays still on the page (none once removeAll has run) keep the listeners they armed.
    this.uncontain?.();
    this.uncontain = undefined;
  }

  private get running(): boolean {
    return this.observer !== undefined;
  }

  /** Removes every overlay (paused pages, extension shutdown). */
  removeAll(): void {
    for (const [, a] of this.attached) {
      this.onScreen?.unwatch(a.overlay.host);
      a.overlay.host.remove();
    }
    this.attached.clear();
    for (const host of this.doc.querySelectorAll(OVERLAY_TAG)) host.remove();
  }

  /** The background says these mentions changed (here or in another tab). */
  applyViews(views: MentionView[]): void {
    const now = this.ports.now();
    const changed = new Map<string, MentionView>();
    for (const v of views) {
      changed.set(v.statusId, this.views.set(v));
      this.pending.delete(v.statusId);
    }
    for (const [, a] of this.attached) {
      const v = changed.get(a.statusId);
      if (v) a.overlay.update(v, now);
    }
  }

  /** Settings changed: which posts are mentions may have changed too; read everything again. */
  rescan(): void {
    this.views.clear();
    this.pending.clear();
    this.removeAll();
    for (const a of findPostArticles(this.doc)) this.dirty.add(a);
    this.flush();
  }

  /** How many overlays are on the page right now (tests and the benchmark read this). */
  get overlayCount(): number {
    return this.attached.size;
  }

  private onMutations(records: MutationRecord[]): void {
    for (const r of records) {
      const target = r.target as Element;
      if (target.nodeType === 1) {
        // Our own host being inserted is not news.
        if (r.addedNodes.length === 1 && (r.addedNodes[0] as Element).localName === OVERLAY_TAG && r.removedNodes.length === 0) continue;
        const article = postArticleOf(target);
        if (article) this.changed(article);
      }
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        const el = n as Element;
        if (el.localName === OVERLAY_TAG) continue;
        const article = postArticleOf(el);
        if (article) this.changed(article);
        else if (el.firstElementChild) for (const a of findPostArticles(el)) this.changed(a);
      }
    }
    this.scheduleDraw();
  }

  private scheduleDraw(): void {
    const beforePaint = this.ports.beforePaint;
    if (!beforePaint) return this.flush();
    if (this.drawScheduled) return;
    this.drawScheduled = true;
    beforePaint(() => {
      this.drawScheduled = false;
      this.flush();
    });
  }

  /** X changed this article (or inserted it again): it is read afresh. */
  private changed(article: Element): void {
    this.readings.delete(article);
    this.dirty.add(article);
  }

  private read(article: Element, url: string): ReadResult {
    const known = this.readings.get(article);
    if (known && known.url === url) return known.result;
    const result = readPost(article, url);
    this.readings.set(article, { url, result });
    return result;
  }

  private flush(): void {
    if (!this.running) return;
    const now = this.ports.now();
    const toSend: PostSnapshot[] = [];
    const budget = this.ports.frameBudgetMs;
    const start = budget === undefined ? 0 : performance.now();
    let more = false;
    // With a budget, top of the page first: a live search puts new posts at the top, on screen
    // (ordering reads no layout).
    const order = budget !== undefined && this.dirty.size > 1 ? [...this.dirty].sort(byDocumentOrder) : this.dirty;
    for (const article of order) {
      if (budget !== undefined && toSend.length > 0 && performance.now() - start > budget) {
        more = true;
        break;
      }
      this.dirty.delete(article);
      this.annotate(article, now, toSend);
    }
    this.pruneDetached();
    if (toSend.length) this.queueSend(toSend);
    else if (!more) this.schedulePageRead();
    if (more) this.scheduleRest();
  }

  /** The rest of a batch too big for one frame, in the next task (the browser may paint first). */
  private scheduleRest(): void {
    if (this.restTimer !== undefined) return;
    this.restTimer = setTimeout(() => {
      this.restTimer = undefined;
      this.flush();
    }, 0);
  }

  private queueSend(posts: PostSnapshot[]): void {
    this.outbox.push(...posts);
    if (this.outboxScheduled) return;
    this.outboxScheduled = true;
    const fire = () => {
      this.outboxScheduled = false;
      const batch = this.outbox;
      this.outbox = [];
      if (batch.length && this.running) void this.send(batch);
    };
    if (this.ports.afterFrame) this.ports.afterFrame(fire);
    else fire();
  }

  private annotate(article: Element, now: number, toSend: PostSnapshot[]): void {
    if (!article.isConnected) return;
    const read = this.read(article, this.doc.location?.href ?? 'https://x.com/');
    const current = this.attached.get(article);
    if (!read.ok) {
      if (current) this.detach(article, current);
      return;
    }
    const { statusId } = read.snapshot;
    let view = this.views.get(statusId);
    if (current && (current.statusId !== statusId || !view || !current.overlay.host.isConnected)) {
      this.detach(article, current);
    }
    // A host left by a previous render of this article (or another copy) must not double up.
    for (const stray of article.querySelectorAll(OVERLAY_TAG)) {
      if (stray !== this.attached.get(article)?.overlay.host) stray.remove();
    }
    if (!view && !this.views.isNotMention(statusId)) {
      const waiting = this.awaiting.get(statusId);
      if (waiting) waiting.add(article);
      else {
        // First sight: ask the background, and meanwhile show the page's own reading.
        this.awaiting.set(statusId, new Set([article]));
        toSend.push(read.snapshot);
        const onPage = this.readOnPage(read.snapshot);
        if (onPage) {
          this.views.set(onPage);
          this.pending.add(statusId);
          view = onPage;
        }
      }
    }
    if (view && !this.attached.has(article)) this.attach(article, view, now);
  }

  /** The page's own reading; a failure there must never cost the post its overlay. */
  private readOnPage(post: PostSnapshot): MentionView | null {
    try {
      return this.ports.readOnPage?.(post) ?? null;
    } catch {
      return null;
    }
  }

  private attach(article: Element, view: MentionView, now: number): void {
    const place = overlayAnchor(article);
    if (!place) return;
    const overlay = new MentionOverlay(
      view,
      { ...this.env, theme: this.theme },
      {
        act: async (id, action) => {
          const v = await this.ports.act(id, action);
          if (v) this.applyViews([v]);
        },
        openPanel: (id) => this.ports.openPanel(id),
      },
      this.doc,
      { now, pending: this.pending.has(view.statusId) },
    );
    place.parent.insertBefore(overlay.host, place.before);
    this.attached.set(article, { statusId: view.statusId, overlay });
    this.byHost.set(overlay.host, overlay);
    this.onScreen?.watch(overlay.host);
  }

  private detach(article: Element, a: Attached): void {
    a.overlay.closeMenu();
    this.onScreen?.unwatch(a.overlay.host);
    a.overlay.host.remove();
    this.attached.delete(article);
  }

  private pruneDetached(): void {
    for (const [article, a] of this.attached) {
      if (!article.isConnected || !a.overlay.host.isConnected) this.detach(article, a);
    }
  }

  private async send(posts: PostSnapshot[]): Promise<void> {
    let views: MentionView[];
    try {
      views = await this.ports.observe(posts);
    } catch {
      // The background is starting, restarting or busy: ask again, backing off, until it answers.
      // The page's own readings stay on screen meanwhile and are asked about again.
      for (const p of posts) this.awaiting.delete(p.statusId);
      this.scheduleRetry();
      return;
    }
    this.retryDelay = RETRY_FIRST_MS;
    const mentions = new Set(views.map((v) => v.statusId));
    for (const p of posts) {
      const articles = this.awaiting.get(p.statusId);
      this.awaiting.delete(p.statusId);
      this.pending.delete(p.statusId);
      if (!mentions.has(p.statusId)) this.views.markNotMention(p.statusId);
      for (const article of articles ?? []) this.dirty.add(article);
    }
    this.applyViews(views);
    this.flush();
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined || !this.observer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      // Readings the background never confirmed are asked about again.
      for (const id of this.pending) this.views.delete(id);
      this.pending.clear();
      for (const a of findPostArticles(this.doc)) this.dirty.add(a);
      this.flush();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
  }

  /** Thread-reply detection reads the whole page once things settle, not on every mutation. */
  private schedulePageRead(): void {
    if (!this.ports.pageRead || this.pageReadTimer !== undefined) return;
    this.pageReadTimer = setTimeout(() => {
      this.pageReadTimer = undefined;
      const url = this.doc.location?.href ?? 'https://x.com/';
      const posts: PostSnapshot[] = [];
      for (const a of findPostArticles(this.doc)) {
        const r = this.read(a, url);
        if (r.ok) posts.push(r.snapshot);
      }
      this.ports.pageRead?.(posts, this.views);
    }, 250);
  }

  private tick(now: number): void {
    const theme = readXTheme(this.doc);
    const themeChanged = theme !== this.theme;
    this.theme = theme;
    if (themeChanged) this.ports.themeChanged?.(theme);
    this.pruneDetached();
    const onScreen = this.onScreen;
    for (const [, a] of this.attached) {
      if (themeChanged) a.overlay.setTheme(theme);
      // Off-screen overlays are brought up to date when they come near the screen.
      if (!onScreen || onScreen.has(a.overlay.host)) a.overlay.tick(now);
    }
  }
}

function byDocumentOrder(a: Element, b: Element): number {
  return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}
