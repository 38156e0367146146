// An in-memory stand-in for the team server, for unit tests: it relays document updates and
// awareness between links like Hocuspocus does, and can be stopped and started again to play
// "the server went away". Roles and tokens are the real server's business (tests/server).
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type { DocLink, LinkFactory, LinkStatus, TeamLink } from '../../../lib/team/link';

const HUB = Symbol('hub');

interface Channel {
  link: MemoryLink;
  name: string;
  doc: Y.Doc;
  awareness: Awareness | null;
  resolveSynced: () => void;
  stateless: ((p: string) => void)[];
  hooked: boolean;
}

export class MemoryHub {
  readonly docs = new Map<string, Y.Doc>();
  readonly awareness = new Map<string, Awareness>();
  readonly links = new Set<MemoryLink>();
  running = true;
  /** Stateless payloads the clients sent, for tests that look at keepalives. */
  readonly received: string[] = [];

  readonly factory: LinkFactory = () => {
    const link = new MemoryLink(this);
    this.links.add(link);
    return link;
  };

  serverDoc(name: string): Y.Doc {
    let d = this.docs.get(name);
    if (!d) {
      d = new Y.Doc();
      this.docs.set(name, d);
      d.on('update', (update: Uint8Array, origin: unknown) => {
        for (const l of this.links) l.deliver(name, update, origin);
      });
    }
    return d;
  }

  serverAwareness(name: string): Awareness {
    let a = this.awareness.get(name);
    if (!a) {
      a = new Awareness(this.serverDoc(name));
      a.setLocalState(null);
      this.awareness.set(name, a);
    }
    return a;
  }

  stop(): void {
    this.running = false;
    for (const l of this.links) l.disconnect();
  }

  start(): void {
    this.running = true;
    for (const l of this.links) l.connect();
  }
}

class MemoryLink implements TeamLink {
  private readonly channels: Channel[] = [];
  private state: LinkStatus = 'connecting';
  private readonly listeners: ((s: LinkStatus) => void)[] = [];
  private destroyed = false;

  constructor(private readonly hub: MemoryHub) {
    queueMicrotask(() => (hub.running ? this.connect() : this.set('offline')));
  }

  open(name: string, doc: Y.Doc, opts: { awareness: boolean }): DocLink {
    let resolveSynced!: () => void;
    const synced = new Promise<void>((r) => (resolveSynced = r));
    const awareness = opts.awareness ? new Awareness(doc) : null;
    const ch: Channel = { link: this, name, doc, awareness, resolveSynced, stateless: [], hooked: false };
    this.channels.push(ch);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== HUB && this.state === 'connected') Y.applyUpdate(this.hub.serverDoc(name), update, this);
    });
    awareness?.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === HUB || this.state !== 'connected') return;
      const update = encodeAwarenessUpdate(awareness, [...added!, ...updated!, ...removed!]);
      applyAwarenessUpdate(this.hub.serverAwareness(name), update, this);
    });
    if (this.state === 'connected') this.syncChannel(ch);
    return {
      awareness,
      synced,
      allSent: () => this.state === 'connected',
      sendStateless: (p) => void this.hub.received.push(p),
      onStateless: (cb) => void ch.stateless.push(cb),
      onRefused: () => undefined,
      onAuthenticated: () => undefined,
      destroy: () => undefined,
    };
  }

  deliver(name: string, update: Uint8Array, origin: unknown): void {
    if (this.state !== 'connected' || origin === this) return;
    for (const ch of this.channels) if (ch.name === name) Y.applyUpdate(ch.doc, update, HUB);
  }

  connect(): void {
    if (this.destroyed) return;
    this.set('connected');
    for (const ch of this.channels) this.syncChannel(ch);
  }

  disconnect(): void {
    this.set('offline');
    // As Hocuspocus does: peers forget a client's presence when its connection drops.
    for (const ch of this.channels) {
      if (!ch.awareness) continue;
      removeAwarenessStates(this.hub.serverAwareness(ch.name), [ch.awareness.clientID], HUB);
      const others = [...ch.awareness.getStates().keys()].filter((id) => id !== ch.awareness!.clientID);
      removeAwarenessStates(ch.awareness, others, HUB);
    }
  }

  private syncChannel(ch: Channel): void {
    const server = this.hub.serverDoc(ch.name);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(ch.doc, Y.encodeStateVector(server)), this);
    Y.applyUpdate(ch.doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(ch.doc)), HUB);
    if (ch.awareness) {
      const sa = this.hub.serverAwareness(ch.name);
      applyAwarenessUpdate(sa, encodeAwarenessUpdate(ch.awareness, [ch.awareness.clientID]), this);
      const others = [...sa.getStates().keys()].filter((id) => id !== ch.awareness!.clientID);
      if (others.length) applyAwarenessUpdate(ch.awareness, encodeAwarenessUpdate(sa, others), HUB);
      if (!ch.hooked) {
        ch.hooked = true;
        sa.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
          if (origin === this || this.state !== 'connected') return;
          const ids = [...added!, ...updated!, ...removed!].filter((id) => id !== ch.awareness!.clientID);
          if (ids.length) applyAwarenessUpdate(ch.awareness!, encodeAwarenessUpdate(sa, ids), HUB);
        });
      }
    }
    ch.resolveSynced();
  }

  status(): LinkStatus {
    return this.state;
  }

  onStatus(cb: (s: LinkStatus) => void): void {
    this.listeners.push(cb);
  }

  destroy(): void {
    this.destroyed = true;
    this.disconnect();
    this.hub.links.delete(this);
  }

  private set(s: LinkStatus): void {
    if (s === this.state) return;
    this.state = s;
    for (const l of this.listeners) l(s);
  }
}
