// A database with something in every table: mentions in every state, templates with version
// history, settings with a lead lock, the audit log, a learned triage state and a crisis incident.
import Dexie from 'dexie';
import { checklistFrom, defaultPlaybook, PLAYBOOK_KEY } from '../../../lib/crisis/playbook';
import { CarelineDB } from '../../../lib/db/database';
import { LABELS, STATUSES, type Template } from '../../../lib/model';
import { createTriage } from '../../../lib/triage';
import { mention, settings } from '../factories';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const names: string[] = [];

export function freshDb(label = 'backup'): CarelineDB {
  const name = `careline-test-${label}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new CarelineDB(name);
}

export async function dropDbs(): Promise<void> {
  for (const n of names.splice(0)) await Dexie.delete(n);
}

export function template(id: string, over: Partial<Template> = {}): Template {
  return {
    id, title: `Sorry ${id}`, body: 'Hi {{customer.name}}, we are on it.', kind: 'public_reply', labels: ['complaint'], lang: 'en',
    status: 'approved', approvedBy: 'Lea', approvedAt: T0, version: 2, createdAt: T0 - 5000, updatedAt: T0,
    history: [
      { version: 1, title: `Sorry ${id}`, body: 'Hi, on it.', status: 'draft', editedBy: 'Lea', editedAt: T0 - 5000 },
      { version: 2, title: `Sorry ${id}`, body: 'Hi {{customer.name}}, we are on it.', status: 'approved', editedBy: 'Lea', editedAt: T0 },
    ],
    ...over,
  };
}

export function learnedState() {
  const t = createTriage();
  const brand = { handles: ['LumenMobile'], keywords: [] };
  t.learn({ text: '@LumenMobile the app crashed again', lang: 'en', brand }, 'complaint');
  t.learn({ text: '@LumenMobile love the new plan', lang: 'en', brand }, 'praise');
  t.settle();
  return t.exportState();
}

export async function fill(db: CarelineDB, mentions = 300): Promise<void> {
  await db.mentions.bulkAdd(
    Array.from({ length: mentions }, (_, i) => {
      const status = STATUSES[i % STATUSES.length]!;
      const answered = status === 'responded' || status === 'handed_off';
      return mention({
        statusId: String(1_700_000_000_000_000_000n + BigInt(i)), postedAt: T0 + i * 60_000, label: LABELS[i % LABELS.length]!, status,
        text: i % 5 === 0 ? '=cmd|" /C calc"!A0 ž 😀' : `@LumenMobile post ${i}`, updatedAt: T0 + i,
        ...(answered ? { respondedAt: T0 + i * 60_000 + 5000, firstResponseMs: 5000, respondedBy: 'Ana', responseKind: 'reply' as const } : {}),
      });
    }),
  );
  await db.templates.bulkAdd([template('t1'), template('t2', { status: 'draft', approvedBy: undefined, approvedAt: undefined })]);
  await db.settings.bulkPut([
    { key: 'settings', value: settings({ brandName: 'Lumen Mobile', agentName: 'Lea', leadLock: { salt: 'c2FsdHNhbHQ=', hash: 'aGFzaA==', iterations: 600_000 } }) },
    { key: 'focus', value: { statusId: '1700000000000000000', at: T0 } },
  ]);
  await db.audit.bulkAdd(
    Array.from({ length: 50 }, (_, i) => ({ at: T0 + i, kind: 'responded' as const, statusId: '1700000000000000002', actor: 'Ana', detail: `event ${i}` })),
  );
  await db.triageModel.put({ key: 'learned', value: learnedState() });
  const playbook = defaultPlaybook(T0);
  await db.crisisState.put({ key: PLAYBOOK_KEY, value: playbook });
  await db.incidents.add({
    id: 'inc-1', status: 'closed', severity: 'high', description: 'Outage in Zagreb', topic: null, declaredBy: 'Lea', declaredAt: T0,
    closedBy: 'Lea', closedAt: T0 + 3_600_000, checklist: checklistFrom(playbook), review: { wentWell: 'Fast statement', toImprove: '' },
    drill: false, createdAt: T0, updatedAt: T0 + 3_600_000,
  });
  await db.incidentLinks.add({ incidentId: 'inc-1', statusId: '1700000000000000001', how: 'manual', at: T0, by: 'Lea' });
  await db.incidentLog.bulkAdd([
    { incidentId: 'inc-1', at: T0, actor: 'Lea', kind: 'declared' },
    { incidentId: 'inc-1', at: T0 + 3_600_000, actor: 'Lea', kind: 'closed' },
  ]);
}

/** Every backed-up table's rows, for before/after comparisons. */
const TABLES = ['mentions', 'templates', 'settings', 'audit', 'triageModel', 'restoreStaging', 'incidents', 'incidentLinks', 'incidentLog', 'crisisState'] as const;
export async function dump(db: CarelineDB): Promise<Record<(typeof TABLES)[number], unknown[]>> {
  const out = {} as Record<(typeof TABLES)[number], unknown[]>;
  for (const name of TABLES) out[name] = await db.table(name).toArray();
  return out;
}
