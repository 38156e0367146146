// The team desk: join with an invite and a name, see whether the team's server is reached, leave
// (every local record stays). A refused join says why and changes nothing.
import { useState, type FormEvent } from 'react';
import { sendToBackground } from '../../../lib/messaging/client';
import type { MessageKey } from '../../../lib/i18n/translate';
import type { TeamStatusView } from '../../../lib/team/team-port';
import { useI18n } from '../../i18n';
import { useTeamStatus } from '../../team/use-team-status';

const KNOWN_ERRORS = ['malformed', 'expired', 'revoked', 'bad-signature', 'unknown-team', 'wrong-team', 'unknown-document', 'bad-name', 'unreachable'];

export function TeamSection() {
  const { t } = useI18n();
  const { status, refresh } = useTeamStatus();
  const [invite, setInvite] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);

  const errorText = (error: string) =>
    KNOWN_ERRORS.includes(error) ? t(`team.error.${error}` as MessageKey) : t('team.error.other', { error });

  const join = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const r = await sendToBackground({ type: 'teamJoin', invite: invite.trim(), name: name.trim() });
      if (r.ok) {
        setInvite('');
        setOutcome({ kind: 'done', text: t('team.joined', { team: r.team.teamName, role: t(`team.role.${r.team.role}`) }) });
      } else setOutcome({ kind: 'error', text: errorText(r.error) });
    } catch (err) {
      setOutcome({ kind: 'error', text: errorText(err instanceof Error ? err.message : String(err)) });
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const leave = async () => {
    await sendToBackground({ type: 'teamLeave' });
    setOutcome({ kind: 'done', text: t('team.left') });
    await refresh();
  };

  const joined = status?.team ?? null;
  return (
    <div className="stack">
      <p className="muted">{t('team.intro')}</p>
      <p role="status" className="readonly" data-state={status?.state ?? 'loading'} data-testid="team-status">
        {status ? stateText(t, status) : t('dash.loading')}
        {status?.pending && status.state !== 'solo' ? ` ${t('team.pending')}` : ''}
      </p>
      {joined ? (
        <div className="stack">
          <p>{t('team.you', { name: joined.name, role: t(`team.role.${joined.role}`), team: joined.teamName })}</p>
          <div className="row">
            <button type="button" className="btn" onClick={() => void leave()}>
              {t('team.leave')}
            </button>
          </div>
          <p className="hint">{t('team.leaveHint')}</p>
        </div>
      ) : (
        <form className="stack" onSubmit={(e) => void join(e)}>
          <div className="field">
            <label className="label-text" htmlFor="team-invite">
              {t('team.invite')}
            </label>
            <input id="team-invite" type="text" value={invite} onChange={(e) => setInvite(e.target.value)} autoComplete="off" spellCheck={false} required aria-describedby="team-invite-hint" />
            <span className="hint" id="team-invite-hint">
              {t('team.inviteHint')}
            </span>
          </div>
          <div className="field">
            <label className="label-text" htmlFor="team-name">
              {t('team.name')}
            </label>
            <input id="team-name" type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} autoComplete="name" required aria-describedby="team-name-hint" />
            <span className="hint" id="team-name-hint">
              {t('team.nameHint')}
            </span>
          </div>
          <div className="row">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? t('team.joining') : t('team.join')}
            </button>
          </div>
        </form>
      )}
      {outcome && (
        <p role={outcome.kind === 'error' ? 'alert' : undefined} className={outcome.kind === 'error' ? 'error' : 'hint'}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}

function stateText(t: ReturnType<typeof useI18n>['t'], s: TeamStatusView): string {
  const team = s.team?.teamName ?? '';
  switch (s.state) {
    case 'solo':
      return t('team.state.solo');
    case 'refused':
      return t('team.state.refused', { reason: s.reason && KNOWN_ERRORS.includes(s.reason) ? t(`team.error.${s.reason}` as MessageKey) : (s.reason ?? '') });
    default:
      return t(`team.state.${s.state}`, { team });
  }
}
