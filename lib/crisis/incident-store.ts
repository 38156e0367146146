// Incidents in the database: an action and its log entries in one transaction; links between
// incidents and mentions, with the mention's `incidentId` set while the incident is open (the
// overlay's data-incident, the side panel's holding statement first) and cleared when it closes.
import type { CarelineDB } from '../db/database';
import type { BrandTerms, Mention } from '../model';
import type { ActionOutcome } from './incident-actions';
import type { Incident, IncidentLink } from './model';
import { linkWindowStart, matchesTopic } from './topic-match';
import { topicTerms } from './topic-terms';

export const CARELINE_ACTOR = 'Careline';

/** Stores an action's outcome and its log; hands back the incident or the reason it was refused. */
export async function commit(db: CarelineDB, outcome: ActionOutcome, actor: string, now: number): Promise<{ ok: true; incident: Incident } | { ok: false; error: string }> {
  if (!outcome.ok) return outcome;
  const { incident, log } = outcome;
  await db.transaction('rw', db.incidents, db.incidentLog, async () => {
    await db.incidents.put(incident);
    if (log.length) await db.incidentLog.bulkAdd(log.map((l) => ({ ...l, incidentId: incident.id, at: now, actor })));
  });
  return { ok: true, incident };
}

/**
 * Links mentions to an incident (those already linked stay as they were). Returns the mentions
 * whose `incidentId` changed, for the background to tell the X tabs.
 */
export async function linkMentions(
  db: CarelineDB,
  incident: Incident,
  statusIds: readonly string[],
  how: IncidentLink['how'],
  by: string,
  now: number,
): Promise<Mention[]> {
  return db.transaction('rw', [db.mentions, db.incidentLinks, db.incidentLog], async () => {
    const existing = await db.incidentLinks.bulkGet(statusIds.map((s) => [incident.id, s] as [string, string]));
    const mentions = await db.mentions.bulkGet(statusIds.filter((_, i) => !existing[i]));
    const fresh = mentions.filter((m): m is Mention => !!m);
    if (!fresh.length) return [];
    await db.incidentLinks.bulkPut(fresh.map((m) => ({ incidentId: incident.id, statusId: m.statusId, how, at: now, by })));
    const marked = incident.status === 'active' ? fresh.map((m) => ({ ...m, incidentId: incident.id, updatedAt: now })) : [];
    if (marked.length) await db.mentions.bulkPut(marked);
    await db.incidentLog.bulkAdd(
      how === 'manual'
        ? fresh.map((m) => ({ incidentId: incident.id, at: now, actor: by, kind: 'mention_linked' as const, statusId: m.statusId }))
        : [{ incidentId: incident.id, at: now, actor: by, kind: 'mention_linked' as const, detail: String(fresh.length) }],
    );
    return marked;
  });
}

export async function unlinkMention(db: CarelineDB, incident: Incident, statusId: string, by: string, now: number): Promise<Mention | null> {
  return db.transaction('rw', [db.mentions, db.incidentLinks, db.incidentLog], async () => {
    if (!(await db.incidentLinks.get([incident.id, statusId]))) return null;
    await db.incidentLinks.delete([incident.id, statusId]);
    await db.incidentLog.add({ incidentId: incident.id, at: now, actor: by, kind: 'mention_unlinked', statusId });
    const m = await db.mentions.get(statusId);
    if (!m || m.incidentId !== incident.id) return null;
    const { incidentId: _drop, ...rest } = m;
    const released = { ...rest, updatedAt: now };
    await db.mentions.put(released);
    return released;
  });
}

/** Stored mentions about the incident's topic since shortly before it began. */
export async function topicMatches(db: CarelineDB, incident: Incident, brand: BrandTerms): Promise<string[]> {
  const topic = incident.topic;
  if (!topic) return [];
  const since = await db.mentions.where('postedAt').aboveOrEqual(linkWindowStart(incident)).toArray();
  return since.filter((m) => matchesTopic(topicTerms(m.text, brand, m.quotedStatusId), topic)).map((m) => m.statusId);
}

/** New mentions about an active incident's topic join it by themselves. */
export async function linkNewMentions(db: CarelineDB, mentions: readonly Mention[], brand: BrandTerms, now: number): Promise<Mention[]> {
  const active = await db.incidents.where('status').equals('active').toArray();
  const changed: Mention[] = [];
  for (const inc of active) {
    const topic = inc.topic;
    if (!topic) continue;
    const start = linkWindowStart(inc);
    const ids = mentions
      .filter((m) => m.postedAt >= start && matchesTopic(topicTerms(m.text, brand, m.quotedStatusId), topic))
      .map((m) => m.statusId);
    if (ids.length) changed.push(...(await linkMentions(db, inc, ids, 'auto', CARELINE_ACTOR, now)));
  }
  return changed;
}

/** Puts `incidentId` on an incident's linked mentions (when declared) or takes it off (when closed). */
export async function markLinkedMentions(db: CarelineDB, incident: Incident, now: number): Promise<Mention[]> {
  return db.transaction('rw', db.mentions, db.incidentLinks, async () => {
    const ids = (await db.incidentLinks.where('incidentId').equals(incident.id).toArray()).map((l) => l.statusId);
    const mentions = (await db.mentions.bulkGet(ids)).filter((m): m is Mention => !!m);
    const open = incident.status === 'active';
    const changed = mentions
      .filter((m) => (open ? m.incidentId !== incident.id : m.incidentId === incident.id))
      .map((m) => {
        const { incidentId: _drop, ...rest } = m;
        return open ? { ...m, incidentId: incident.id, updatedAt: now } : { ...rest, updatedAt: now };
      });
    if (changed.length) await db.mentions.bulkPut(changed);
    return changed;
  });
}

/** What the side panel and the ;; quick replies need: the mention's open incident and its holding statement. */
export async function incidentForMention(db: CarelineDB, statusId: string): Promise<{ incidentId: string; holdingStatementId: string | null } | null> {
  const m = await db.mentions.get(statusId);
  if (!m?.incidentId) return null;
  const inc = await db.incidents.get(m.incidentId);
  if (!inc || inc.status !== 'active') return null;
  return { incidentId: inc.id, holdingStatementId: inc.holdingStatementId ?? null };
}
