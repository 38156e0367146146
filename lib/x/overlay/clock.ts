// One clock for every visible timer: a single interval, aligned to the second, paused while the
// tab is hidden (timers are recomputed from timestamps, so nothing drifts).
export type Tick = (now: number) => void;

export class SharedClock {
  private readonly subscribers = new Set<Tick>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly doc: Document | undefined = typeof document === 'undefined' ? undefined : document,
  ) {
    this.doc?.addEventListener('visibilitychange', this.onVisibility);
  }

  subscribe(fn: Tick): () => void {
    this.subscribers.add(fn);
    this.schedule();
    return () => this.subscribers.delete(fn);
  }

  /** Runs every subscriber once; returns how many ran. */
  tick(): number {
    const t = this.now();
    for (const fn of this.subscribers) fn(t);
    return this.subscribers.size;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.doc?.removeEventListener('visibilitychange', this.onVisibility);
    this.subscribers.clear();
  }

  private readonly onVisibility = () => {
    if (this.doc?.visibilityState === 'visible') {
      this.tick();
      this.schedule();
    }
  };

  private schedule(): void {
    if (this.timer !== undefined || this.subscribers.size === 0) return;
    const delay = 1000 - (this.now() % 1000) + 5;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.doc?.visibilityState === 'hidden') return;
      this.tick();
      this.schedule();
    }, delay);
  }
}
