// A team queue of N mentions as a long-running team would have built it: cards pushed in
// batches of ~20 (a page of X's timeline) by 50 different agents in turn, and decisions on most
// of them. Written straight into the data directory's SQLite file before the server starts.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import * as Y from 'yjs';
import { schema as sqliteSchema } from '@hocuspocus/extension-sqlite';
import { LABELS } from '../../lib/model';
import { encodeCard, encodeEvent } from '../../lib/team/records';
import { DB_FILE, PRAGMAS } from '../../server/team-store';

const TEXTS = [
  'my order never arrived, the tracking says delivered but there is nothing here',
  'no signal since this morning in Split, is there an outage?',
  'love the new plan, thanks for sorting my bill so quickly!',
  'why was I charged twice this month? second time this year',
  'the app keeps crashing on login since the update, cannot pay my bill',
  'mon forfait a doublé sans prévenir, c’est inadmissible',
  'već tri dana nemam internet, a nitko ne odgovara na pozive',
];

export function statusIdAt(i: number): string {
  // Snowflake-like ids, increasing with time like X's.
  return String(1_800_000_000_000_000_000n + BigInt(i) * 4_194_304n);
}

export function seedQueue(n: number, writers = 50, t0 = Date.parse('2026-11-01T00:00:00Z')): Uint8Array {
  const doc = new Y.Doc();
  const cards = doc.getArray<string>('cards');
  const log = doc.getArray<string>('log');
  for (let i = 0, batch = 0; i < n; batch++) {
    const w = batch % writers;
    // Each agent's Careline writes with its own Yjs client id, as on 50 machines.
    doc.clientID = 10_000 + w;
    const c: string[] = [];
    const e: string[] = [];
    for (let k = 0; k < 20 && i < n; k++, i++) {
      const statusId = statusIdAt(i);
      const postedAt = t0 + i * 20_000;
      const label = LABELS[i % LABELS.length]!;
      c.push(
        encodeCard({
          statusId,
          authorHandle: `customer_${i % 9_000}`,
          authorName: `Customer ${i % 9_000}`,
          text: `@LumenMobile ${TEXTS[i % TEXTS.length]} (${i})`,
          lang: 'en',
          postedAt,
          firstSeenAt: postedAt + 30_000,
          inReplyTo: [],
          label,
          labelSource: 'model',
          confidence: 0.83,
        }),
      );
      const by = `Agent ${w}`;
      const writer = `m_agent${String(w).padStart(4, '0')}.d1`;
      // 70 % answered, 10 % dismissed, one in twenty relabelled by hand.
      const decided = i % 10;
      if (decided < 7) e.push(encodeEvent({ statusId, field: 'status', value: { kind: 'responded', respondedAt: postedAt + 600_000, responseKind: 'reply' }, at: postedAt + 600_000, writer, by, base: {} }));
      else if (decided === 7) e.push(encodeEvent({ statusId, field: 'status', value: { kind: 'dismissed' }, at: postedAt + 300_000, writer, by, base: {} }));
      if (i % 20 === 0) e.push(encodeEvent({ statusId, field: 'label', value: 'complaint', at: postedAt + 60_000, writer, by, base: {} }));
    }
    doc.transact(() => {
      cards.push(c);
      if (e.length) log.push(e);
    });
  }
  return Y.encodeStateAsUpdate(doc);
}

export function storeDocument(dataDir: string, name: string, update: Uint8Array): void {
  const db = new Database(join(dataDir, DB_FILE));
  db.exec(PRAGMAS + sqliteSchema);
  db.prepare('INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data').run(name, Buffer.from(update));
  db.close();
}
