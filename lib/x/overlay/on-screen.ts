// Which overlays are on screen or close to it, so the shared clock redraws only those: a
// thousand mounted timers then cost what the few the agent can see cost. The margin (a screen
// above and below) brings an overlay up to date before it scrolls into view; entering that band
// redraws it at once.
export class OnScreen {
  private readonly shown = new Set<Element>();
  private readonly io: IntersectionObserver;

  constructor(
    win: Window & typeof globalThis,
    private readonly onShow: (el: Element) => void,
    margin = '100% 0px',
  ) {
    this.io = new win.IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: margin });
  }

  watch(el: Element): void {
    this.io.observe(el);
  }

  unwatch(el: Element): void {
    this.io.unobserve(el);
    this.shown.delete(el);
  }

  has(el: Element): boolean {
    return this.shown.has(el);
  }

  get size(): number {
    return this.shown.size;
  }

  disconnect(): void {
    this.io.disconnect();
    this.shown.clear();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      if (e.isIntersecting) {
        this.shown.add(e.target);
        this.onShow(e.target);
      } else this.shown.delete(e.target);
    }
  }
}
