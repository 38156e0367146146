// The real link: every team document multiplexed over one WebSocket by Hocuspocus's provider,
// which reconnects by itself (backoff with jitter) and re-syncs by state vectors on reconnect.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { DocLink, LinkFactory, LinkStatus, TeamLink } from './link';

export interface HocuspocusLinkOptions {
  /** Node has no WebSocket before v22: pass `ws`'s class there. Browsers use their own. */
  WebSocketPolyfill?: unknown;
  /** Longest wait between reconnection attempts, ms (jittered): a restarted server sees agents back within it. */
  maxDelay?: number;
  /** First wait after a drop, ms. */
  delay?: number;
}

export function hocuspocusLink(options: HocuspocusLinkOptions = {}): LinkFactory {
  return ({ url, credential }) => {
    let status: LinkStatus = 'connecting';
    const listeners: ((s: LinkStatus) => void)[] = [];
    const set = (s: LinkStatus) => {
      if (s === status) return;
      status = s;
      for (const l of listeners) l(s);
    };
    const socket = new HocuspocusProviderWebsocket({
      url,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      delay: options.delay ?? 1000,
      minDelay: Math.min(options.delay ?? 1000, 1000),
      maxDelay: options.maxDelay ?? 10_000,
      onStatus: ({ status: s }) => {
        if (s === WebSocketStatus.Connected) set('connected');
        else if (s === WebSocketStatus.Disconnected) set('offline');
        // A retry after a drop stays "offline" until it succeeds.
        else if (status !== 'offline') set('connecting');
      },
    });
    const providers: HocuspocusProvider[] = [];

    const link: TeamLink = {
      open(name, document, opts): DocLink {
        let resolveSynced!: () => void;
        const synced = new Promise<void>((r) => (resolveSynced = r));
        const provider = new HocuspocusProvider({
          websocketProvider: socket,
          name,
          document,
          // One awareness per socket keeps messages flowing both ways every 15 s.
          ...(opts.awareness ? {} : { awareness: null }),
          token: credential,
          onSynced: () => resolveSynced(),
        });
        provider.attach();
        providers.push(provider);
        return {
          awareness: provider.awareness,
          synced,
          allSent: () => !provider.hasUnsyncedChanges,
          sendStateless: (payload) => provider.sendStateless(payload),
          onStateless: (cb) => provider.on('stateless', ({ payload }: { payload: string }) => cb(payload)),
          onRefused: (cb) => provider.on('authenticationFailed', ({ reason }: { reason: string }) => cb(reason)),
          onAuthenticated: (cb) => provider.on('authenticated', ({ scope }: { scope: 'read-write' | 'readonly' }) => cb(scope)),
          destroy: () => provider.destroy(),
        };
      },
      status: () => status,
      onStatus: (cb) => void listeners.push(cb),
      destroy() {
        for (const p of providers) p.destroy();
        socket.destroy();
      },
    };
    return link;
  };
}
