// A worker process holding simulated agents for the team benchmark: each is a Node Yjs client of
// the real server (Hocuspocus provider over its own WebSocket) with Careline's queue index, which
// it keeps up to date and merges from as the extension does. Driven by its parent over IPC.
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { memberCredential } from '../../lib/team/credentials';
import { insertedEntries } from '../../lib/team/inserted';
import { QueueIndex } from '../../lib/team/queue-index';
import { decodeEvent, encodeEvent } from '../../lib/team/records';

export type ToWorker =
  | { type: 'connect'; agents: { id: number; url: string; token: string }[]; docName: string }
  | { type: 'write'; agent: number; n: number; statusId: string }
  | { type: 'report' }
  | { type: 'exit' };

export type FromWorker =
  | { type: 'ready'; agent: number; authMs: number; readyMs: number; bytes: number; cards: number }
  | { type: 'sent'; n: number; at: number }
  | { type: 'report'; receipts: [n: number, agent: number, at: number][]; heapUsed: number; rss: number }
  | { type: 'error'; message: string };

const clock = () => performance.timeOrigin + performance.now();
const send = (m: FromWorker) => process.send!(m);

interface Agent {
  id: number;
  doc: Y.Doc;
  index: QueueIndex;
  provider: HocuspocusProvider;
}

const agents = new Map<number, Agent>();
const receipts: [number, number, number][] = [];

function connect(a: { id: number; url: string; token: string }, docName: string): Promise<void> {
  const doc = new Y.Doc();
  const index = new QueueIndex();
  const started = clock();
  let ready = false;
  let authAt = NaN;
  // As TeamSync does: entries are indexed as they arrive (the first sync brings them all at once);
  // once ready, every change is merged for the mentions it touches, as the mirror to IndexedDB does.
  doc.getArray<string>('cards').observe((e) => index.addCards(insertedEntries(e)));
  doc.getArray<string>('log').observe((e) => {
    if (e.transaction.local) return;
    const added = insertedEntries(e);
    const touched = index.addEvents(added);
    if (!ready) return;
    const at = clock();
    for (const id of touched) index.state(id);
    for (const raw of added) {
      const ev = decodeEvent(raw);
      if (ev?.by.startsWith('bench#')) receipts.push([Number(ev.by.slice(6)), a.id, at]);
    }
  });
  return new Promise((resolve) => {
    const provider = new HocuspocusProvider({
      url: a.url,
      name: docName,
      document: doc,
      token: memberCredential(a.token),
      WebSocketPolyfill: WebSocket,
      onAuthenticated: () => {
        if (Number.isNaN(authAt)) authAt = clock();
      },
      onSynced: () => {
        // A reconnection syncs again: the load time is the first one's.
        if (ready) return;
        ready = true;
        send({ type: 'ready', agent: a.id, authMs: authAt - started, readyMs: clock() - started, bytes: Y.encodeStateAsUpdate(doc).length, cards: index.size });
        resolve();
      },
      onAuthenticationFailed: ({ reason }) => send({ type: 'error', message: `agent ${a.id} refused: ${reason}` }),
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    agents.set(a.id, { id: a.id, doc, index, provider });
  });
}

process.on('message', (m: ToWorker) => {
  void (async () => {
    if (m.type === 'connect') {
      // One after the other, as agents arrive at the start of a shift.
      for (const a of m.agents) await connect(a, m.docName);
    } else if (m.type === 'write') {
      const a = agents.get(m.agent)!;
      const { at, base } = a.index.stampFor(m.statusId, 'status', Date.now());
      const sentAt = clock();
      a.doc.getArray<string>('log').push([
        encodeEvent({ statusId: m.statusId, field: 'status', value: { kind: 'dismissed' }, at, writer: `m_agent${m.agent}.bench`, by: `bench#${m.n}`, base }),
      ]);
      send({ type: 'sent', n: m.n, at: sentAt });
    } else if (m.type === 'report') {
      (globalThis as { gc?: () => void }).gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      send({ type: 'report', receipts, heapUsed, rss });
    } else if (m.type === 'exit') {
      for (const a of agents.values()) a.provider.destroy();
      process.exit(0);
    }
  })().catch((err: unknown) => send({ type: 'error', message: String(err) }));
});
