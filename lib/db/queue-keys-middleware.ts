// Sets the mentions' queue keys (queue-keys.ts) on every write made through Dexie, in any context:
// ingest, a status change or relabel, a recompute, the team mirror, a restore, a migration. No
// writer has to remember them. Writes that bypass Dexie (raw IndexedDB in benchmark seeds) must
// set them themselves. Active only on a database whose schema has the queue indexes (v4 on), so
// older schema versions opened in tests store mentions exactly as they did.
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { withQueueKeys } from './queue-keys';

export const QUEUE_INDEX = 'openLabel';

export const queueKeysOnWrite: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'mentionQueueKeys',
  create(down) {
    const mentions = down.schema.tables.find((t) => t.name === 'mentions');
    if (!mentions?.indexes.some((i) => i.name === QUEUE_INDEX)) return {};
    return {
      table(name) {
        const table = down.table(name);
        if (name !== 'mentions') return table;
        return {
          ...table,
          mutate(req): ReturnType<DBCoreTable['mutate']> {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            // Copies: the caller's objects stay as they were given.
            return table.mutate({ ...req, values: req.values.map((v: object) => withQueueKeys(v)) });
          },
        };
      },
    };
  },
};
