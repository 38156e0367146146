import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/database';
import type { Template } from '../../lib/model';

/** Every template, live: saves, approvals and imports show without reloading. Undefined while loading. */
export function useTemplates(): Template[] | undefined {
  return useLiveQuery(() => db().templates.toArray(), []);
}
