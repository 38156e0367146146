// The crisis handlers as the background will run them once issue 12's router is in: requests
// validated against crisisRequests, access checked against crisisAccess, over fake-indexeddb.
import { vi } from 'vitest';
import { z } from 'zod';
import { CarelineDB } from '../../../lib/db/database';
import { crisisAccess, crisisRequests, type CrisisRequest } from '../../../lib/messaging/requests/crisis-requests';
import type { Envelope } from '../../../lib/messaging/protocol';
import type { Settings } from '../../../lib/model';
import { crisisHandlers, type CrisisContext } from '../../../lib/service/crisis-handlers';
import { loadSettings } from '../../../lib/settings/store';
import { createContext } from '../../../lib/service/service-context';
import { fakePorts } from '../../support/background';

const CrisisRequestSchema = z.discriminatedUnion('type', [...crisisRequests]);
export type Role = 'page' | 'extension' | 'lead';
const RANK: Record<Role, number> = { page: 0, extension: 1, lead: 2 };

export function fakeCrisisContext(db: CarelineDB, drillDb: CarelineDB, opts: { now?: () => number; actor?: string; settings?: Settings } = {}) {
  const broadcast = vi.fn(async () => {});
  const surgeChanged = vi.fn();
  const base = createContext(db, fakePorts({ now: opts.now ?? (() => Date.now()), broadcast, surgeChanged }));
  const ctx: CrisisContext = {
    ...base,
    drillDb,
    settings: { ...base.settings, get: async () => opts.settings ?? (await loadSettings(db)) },
    actorName: async () => opts.actor ?? 'Ana',
  };
  return { ctx, broadcast, surgeChanged };
}

/** Validates and routes one message as the router will; `role` is the sender's trust level. */
export async function routeCrisis(ctx: CrisisContext, raw: unknown, role: Role): Promise<Envelope<unknown> | undefined> {
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(type in crisisAccess)) return undefined;
  const parsed = CrisisRequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `Invalid ${type} message` };
  const needs = crisisAccess[parsed.data.type];
  if (RANK[role] < RANK[needs]) return { ok: false, error: `${type} needs ${needs} access` };
  const handlers = crisisHandlers(ctx) as unknown as Record<string, (r: CrisisRequest, s: unknown) => Promise<unknown>>;
  try {
    return { ok: true, data: await handlers[parsed.data.type]!(parsed.data, {}) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

let n = 0;
export function freshDbs() {
  n++;
  const stamp = `${Date.now()}-${n}`;
  return { db: new CarelineDB(`careline-test-${stamp}`), drillDb: new CarelineDB(`careline-drill-test-${stamp}`) };
}
