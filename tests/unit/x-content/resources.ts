// Counts what code leaves running in a window: event listeners on DOM targets, timers and
// intervals, idle callbacks and mutation observers. A feature torn down with its page must leave
// the counts where they were before it started.
import { vi } from 'vitest';

export interface Resources {
  listeners: number;
  timers: number;
  observers: number;
}

export function trackResources(win: Window & typeof globalThis) {
  const listeners = new Map<EventTarget, Set<string>>();
  const listenerIds = new WeakMap<object, number>();
  let nextId = 1;
  const idOf = (fn: object) => listenerIds.get(fn) ?? (listenerIds.set(fn, nextId++), nextId - 1);
  const key = (type: string, fn: unknown, options?: boolean | AddEventListenerOptions) =>
    `${type}:${typeof fn === 'object' || typeof fn === 'function' ? idOf(fn as object) : 0}:${typeof options === 'boolean' ? options : !!options?.capture}`;
  const timers = new Set<unknown>();
  const observing = new Set<MutationObserver>();

  // The prototypes that really hold addEventListener for nodes and for the window (a test DOM may
  // have several EventTarget classes).
  const owner = (o: object): EventTarget => {
    let p: object | null = o;
    while (p && !Object.prototype.hasOwnProperty.call(p, 'addEventListener')) p = Object.getPrototypeOf(p);
    return (p ?? o) as EventTarget;
  };
  const protos = [...new Set([owner(win.document), owner(win)])];
  // Abort signals release their own listeners with them.
  const tracked = (t: EventTarget) => !(t instanceof win.AbortSignal) && !(t instanceof AbortSignal);
  const spies = protos.flatMap((proto) => {
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    return [
      vi.spyOn(proto, 'addEventListener').mockImplementation(function (this: EventTarget, type, fn, options) {
        add.call(this, type, fn, options);
        if (!tracked(this) || !fn) return;
        const k = key(type, fn, options);
        const set = listeners.get(this) ?? new Set();
        listeners.set(this, set);
        set.add(k);
        const signal = typeof options === 'object' ? options.signal : undefined;
        signal?.addEventListener('abort', () => set.delete(k), { once: true });
        if (typeof options === 'object' && options.once) {
          // Gone after its first call; counted as removed then.
          add.call(this, type, () => set.delete(k), { once: true, capture: options.capture });
        }
      }),
      vi.spyOn(proto, 'removeEventListener').mockImplementation(function (this: EventTarget, type, fn, options) {
        remove.call(this, type, fn, options);
        if (fn) listeners.get(this)?.delete(key(type, fn, options));
      }),
    ];
  });
  const realSetTimeout = win.setTimeout.bind(win);
  const realClearTimeout = win.clearTimeout.bind(win);
  const realSetInterval = win.setInterval.bind(win);
  const realClearInterval = win.clearInterval.bind(win);
  const timerSpies = [
    vi.spyOn(win, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      const id = realSetTimeout(() => {
        timers.delete(id);
        fn();
      }, ms);
      timers.add(id);
      return id;
    }) as typeof setTimeout),
    vi.spyOn(win, 'clearTimeout').mockImplementation(((id: unknown) => {
      timers.delete(id);
      realClearTimeout(id as number);
    }) as typeof clearTimeout),
    vi.spyOn(win, 'setInterval').mockImplementation(((fn: () => void, ms?: number) => {
      const id = realSetInterval(fn, ms);
      timers.add(id);
      return id;
    }) as typeof setInterval),
    vi.spyOn(win, 'clearInterval').mockImplementation(((id: unknown) => {
      timers.delete(id);
      realClearInterval(id as number);
    }) as typeof clearInterval),
  ];
  const mo = win.MutationObserver.prototype;
  const observe = mo.observe;
  const disconnect = mo.disconnect;
  const observerSpies = [
    vi.spyOn(mo, 'observe').mockImplementation(function (this: MutationObserver, target, options) {
      observe.call(this, target, options);
      observing.add(this);
    }),
    vi.spyOn(mo, 'disconnect').mockImplementation(function (this: MutationObserver) {
      disconnect.call(this);
      observing.delete(this);
    }),
  ];

  return {
    count(): Resources {
      let n = 0;
      // Listeners on elements no longer in the page go with them.
      for (const [target, set] of listeners) if (!(target instanceof win.Node) || target.isConnected) n += set.size;
      return { listeners: n, timers: timers.size, observers: observing.size };
    },
    restore() {
      for (const s of [...spies, ...timerSpies, ...observerSpies]) s.mockRestore();
    },
  };
}
