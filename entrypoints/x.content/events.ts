// A small typed event hub for the content script's features: each listener is removed with the
// signal of the page it was added for, so no feature outlives its page.
type Listener = (...args: unknown[]) => void;

export class Events<Map extends Record<string, unknown[]>> {
  private readonly listeners = new Map<keyof Map, Set<Listener>>();

  on<K extends keyof Map>(name: K, fn: (...args: Map[K]) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    const set = this.listeners.get(name) ?? new Set();
    this.listeners.set(name, set);
    const listener = fn as unknown as Listener;
    set.add(listener);
    signal.addEventListener('abort', () => set.delete(listener), { once: true });
  }

  emit<K extends keyof Map>(name: K, ...args: Map[K]): void {
    for (const fn of [...(this.listeners.get(name) ?? [])]) {
      try {
        fn(...args);
      } catch (err) {
        // One feature's failure must not stop the others, nor reach X's page.
        console.warn('[Careline]', err);
      }
    }
  }

  /** How many listeners are registered (tests check that pages leave none behind). */
  get size(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}
