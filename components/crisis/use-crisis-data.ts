// What the incident room reads, live from the database (real or drill): pages read Dexie
// directly and send commands as messages.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { CarelineDB } from '../../lib/db/database';
import type { Incident, IncidentLink, IncidentLogEntry, StoredAlert } from '../../lib/crisis/model';
import { activeAlert } from '../../lib/crisis/monitor';
import type { CrisisRequest, CrisisRequestType, CrisisResponses } from '../../lib/messaging/requests/crisis-requests';
import type { Mention, Template } from '../../lib/model';
import { useI18n } from '../i18n';
import { REFUSED_NOT_LEAD } from '../../lib/messaging/access';
import { sendToBackground } from '../../lib/messaging/client';

export function useIncidents(database: CarelineDB): Incident[] | undefined {
  return useLiveQuery(async () => (await database.incidents.toArray()).sort((a, b) => b.createdAt - a.createdAt), [database]);
}

export function useActiveAlert(database: CarelineDB, now: number, drill: boolean): StoredAlert | null | undefined {
  return useLiveQuery(async () => {
    const alerts = await database.surgeAlerts.toArray();
    // A drill's alerts are drills by nature; in drill mode they are the ones to show.
    return activeAlert(drill ? alerts.map((a) => ({ ...a, drill: false })) : alerts, now);
  }, [database, now, drill]);
}

export interface IncidentData {
  incident: Incident;
  links: IncidentLink[];
  mentions: Mention[];
  log: IncidentLogEntry[];
}

export function useIncident(database: CarelineDB, id: string): IncidentData | null | undefined {
  return useLiveQuery(async () => {
    const incident = await database.incidents.get(id);
    if (!incident) return null;
    const links = await database.incidentLinks.where('incidentId').equals(id).toArray();
    const mentions = (await database.mentions.bulkGet(links.map((l) => l.statusId))).filter((m): m is Mention => !!m);
    const log = await database.incidentLog.where('incidentId').equals(id).sortBy('at');
    return { incident, links, mentions: mentions.sort((a, b) => a.postedAt - b.postedAt), log };
  }, [database, id]);
}

/** Approved holding statements live in the real database whichever mode the room is in. */
export function useHoldingStatements(database: CarelineDB): Template[] | undefined {
  return useLiveQuery(() => database.templates.where('kind').equals('holding_statement').filter((t) => t.status === 'approved').toArray(), [database]);
}

/** Sends a command; remembers the last failure as a sentence the agent can act on. */
export function useCrisisCommand() {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T extends CrisisRequestType>(req: Extract<CrisisRequest, { type: T }>): Promise<CrisisResponses[T] | null> => {
      try {
        const r = await sendToBackground(req);
        const refused = r && typeof r === 'object' && 'ok' in r && r.ok === false && 'error' in r ? String(r.error) : null;
        setError(refused ? t('crisis.failed', { error: refused }) : null);
        return refused ? null : r;
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        setError(message === REFUSED_NOT_LEAD ? t('crisis.needsLead') : t('crisis.failed', { error: message }));
        return null;
      }
    },
    [t],
  );
  return { run, error, clear: () => setError(null) };
}
