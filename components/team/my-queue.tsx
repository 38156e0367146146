// "Mine first": the open mentions the team's lead assigned to this agent, most urgent first, at
// the top of the side panel. Nothing shows while solo or when nothing is assigned.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db/database';
import type { Mention } from '../../lib/model';
import { LABELS } from '../../lib/model-constants';
import { sendToBackground } from '../../lib/messaging/client';
import { useI18n } from '../i18n-context';
import { useTeamStatus } from './use-team-status';

const MAX_SHOWN = 20;

/** Open mentions assigned to `me`, soonest deadline first (none last). */
export async function assignedTo(me: string): Promise<Mention[]> {
  const open = await db()
    // Only open mentions carry `openLabel` (lib/db/queue-keys.ts).
    .mentions.where('openLabel')
    .anyOf([...LABELS])
    .filter((m) => m.assignee === me)
    .toArray();
  return open.sort((a, b) => (a.slaDeadline ?? Infinity) - (b.slaDeadline ?? Infinity));
}

export function MyQueue() {
  const { t } = useI18n();
  const { status } = useTeamStatus(5_000);
  const me = status?.team?.name ?? null;
  const mine = useLiveQuery(async () => (me ? assignedTo(me) : []), [me]);
  if (!me || !mine?.length) return null;
  return (
    <section className="sp-section team-mine" aria-labelledby="team-mine-title" data-testid="my-queue">
      <h2 id="team-mine-title" className="small">
        {t('team.mine.title', { n: mine.length })}
      </h2>
      <ul className="stack">
        {mine.slice(0, MAX_SHOWN).map((m) => (
          <li key={m.statusId} data-status-id={m.statusId}>
            <button type="button" className="btn btn-link" onClick={() => void sendToBackground({ type: 'openPost', url: m.url }).catch(() => undefined)}>
              {t(`label.${m.label}`)} · @{m.authorHandle}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
