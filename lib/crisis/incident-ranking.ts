// One voice: what lib/templates' ranking needs to put an incident's holding statement first on its
// mentions (the side panel and the ;; quick replies). Apart from the incident store so the side
// panel loads no topic matching.
import type { CarelineDB } from '../db/database';
import type { Mention } from '../model';
import type { IncidentInput } from '../templates/match';
import type { Incident } from './model';

/** The ranking's input (lib/templates: IncidentInput) for a mention of an active incident: its chosen statement first, holding statements welcome. */
export async function incidentInput(db: CarelineDB, m: Pick<Mention, 'incidentId'>): Promise<IncidentInput | undefined> {
  if (!m.incidentId) return undefined;
  const inc = await db.incidents.get(m.incidentId);
  return incidentRanking(inc);
}

export function incidentRanking(inc: Incident | undefined): IncidentInput | undefined {
  if (!inc || inc.status !== 'active') return undefined;
  return { id: inc.id, holdingStatementIds: inc.holdingStatementId ? [inc.holdingStatementId] : [] };
}
