// Assignment of the post in focus: the team's lead picks an agent (or nobody), or hands every open
// mention of this label to them; an agent sees whom it is assigned to. Nothing shows while solo.
import { useEffect, useId, useState } from 'react';
import type { Mention } from '../../lib/model';
import { sendToBackground } from '../../lib/messaging/client';
import type { TeamAssignOutcome } from '../../lib/messaging/requests/team-requests';
import { useI18n } from '../i18n';
import { useTeamStatus } from './use-team-status';

const STATUS_POLL_MS = 5_000;

export function AssignControl({ mention }: { mention: Mention }) {
  const { t } = useI18n();
  const { status } = useTeamStatus(STATUS_POLL_MS);
  const team = status?.team;
  if (!team) return null;
  if (team.role !== 'lead') {
    return mention.assignee ? (
      <p className="small muted" data-testid="assignee">
        {t('overlay.assignedTo', { name: mention.assignee })}
      </p>
    ) : null;
  }
  return <LeadAssign mention={mention} />;
}

function LeadAssign({ mention }: { mention: Mention }) {
  const { t } = useI18n();
  const listId = useId();
  const [names, setNames] = useState<string[]>([]);
  const [who, setWho] = useState(mention.assignee ?? '');
  const [outcome, setOutcome] = useState<{ error: boolean; text: string } | null>(null);

  useEffect(() => {
    void sendToBackground({ type: 'teamMembers' })
      .then((r) => r.ok && setNames(r.members.map((m) => m.name)))
      .catch(() => undefined);
  }, []);

  const say = (r: TeamAssignOutcome, name: string | null) =>
    setOutcome(
      r.ok
        ? { error: false, text: name ? t('team.assign.done', { name }) : t('team.assign.cleared') }
        : { error: true, text: t('team.assign.notLead') },
    );
  const assign = async (byLabel: boolean) => {
    const name = who.trim() || null;
    try {
      const r = byLabel
        ? await sendToBackground({ type: 'teamAssignLabel', label: mention.label, assignee: name })
        : await sendToBackground({ type: 'teamAssign', statusIds: [mention.statusId], assignee: name });
      say(r, name);
    } catch (e) {
      setOutcome({ error: true, text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className="stack" role="group" aria-label={t('team.assign.title')}>
      <div className="row wrap">
        <label className="row">
          <span className="small">{t('team.assign.to')}</span>
          <input type="text" list={listId} value={who} onChange={(e) => setWho(e.target.value)} maxLength={80} placeholder={t('team.assign.nobody')} />
        </label>
        <datalist id={listId}>
          {names.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <button type="button" className="btn btn-small" onClick={() => void assign(false)}>
          {t('team.assign.do')}
        </button>
        <button type="button" className="btn btn-small btn-link" onClick={() => void assign(true)}>
          {t('team.assign.byLabel', { label: t(`label.${mention.label}`) })}
        </button>
      </div>
      {outcome && (
        <p role={outcome.error ? 'alert' : 'status'} className={outcome.error ? 'error small' : 'muted small'}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
