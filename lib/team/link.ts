// How TeamSync reaches the server, as an interface: the real one is Hocuspocus's provider over one
// WebSocket (hocuspocus-link.ts); unit tests plug in an in-memory hub that can be stopped.
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';

/** What the agent sees: the dashboard's status says connected, connecting or offline. */
export type LinkStatus = 'connecting' | 'connected' | 'offline';

export interface DocLink {
  readonly awareness: Awareness | null;
  /** Settles on the first full exchange with the server. */
  readonly synced: Promise<void>;
  /** True when every local change was acknowledged by the server. */
  allSent(): boolean;
  sendStateless(payload: string): void;
  onStateless(cb: (payload: string) => void): void;
  /** The server refused this document (bad, revoked or foreign token; unknown document). */
  onRefused(cb: (reason: string) => void): void;
  onAuthenticated(cb: (scope: 'read-write' | 'readonly') => void): void;
  destroy(): void;
}

export interface TeamLink {
  open(name: string, doc: Y.Doc, opts: { awareness: boolean }): DocLink;
  status(): LinkStatus;
  onStatus(cb: (s: LinkStatus) => void): void;
  destroy(): void;
}

export interface LinkOptions {
  url: string;
  /** Called at every (re)connection: the member token once the join gave one. */
  credential: () => string;
}

export type LinkFactory = (opts: LinkOptions) => TeamLink;
