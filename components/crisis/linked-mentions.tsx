// The incident's mentions, newest first; unlink one, or link one by hand by its status id.
import { useId, useState } from 'react';
import { isClosed, type Mention } from '../../lib/model';
import { LabelChip } from '../label-chip';
import { useI18n } from '../i18n';

const SHOWN = 50;

export function LinkedMentions(props: { mentions: readonly Mention[]; canEdit: boolean; onLink(statusId: string, linked: boolean): void }) {
  const { t } = useI18n();
  const id = useId();
  const [statusId, setStatusId] = useState('');
  const open = props.mentions.filter((m) => !isClosed(m.status)).length;
  const newest = [...props.mentions].reverse();
  return (
    <section className="card stack" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{t('crisis.mentions.title', { n: props.mentions.length })}</h3>
      <p className="muted small">{t('crisis.mentions.open', { open, handled: props.mentions.length - open })}</p>
      <ul className="linked-mentions">
        {newest.slice(0, SHOWN).map((m) => (
          <li key={m.statusId} data-status-id={m.statusId}>
            <LabelChip label={m.label} />
            <a href={m.url} target="_blank" rel="noreferrer" className="handle">
              @{m.authorHandle}
            </a>
            <span className="post-text">{m.text}</span>
            {props.canEdit && (
              <button type="button" className="btn btn-small btn-link" onClick={() => props.onLink(m.statusId, false)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t('crisis.mentions.unlink', { handle: m.authorHandle })}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {newest.length > SHOWN && <p className="muted small">{t('crisis.mentions.more', { n: newest.length - SHOWN })}</p>}
      {props.canEdit && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (/^\d{1,20}$/.test(statusId.trim())) props.onLink(statusId.trim(), true);
            setStatusId('');
          }}
        >
          <input aria-label={t('crisis.mentions.linkLabel')} placeholder="1790000000000000000" value={statusId} inputMode="numeric" onChange={(e) => setStatusId(e.target.value)} />
          <button type="submit" className="btn btn-small">
            {t('crisis.mentions.link')}
          </button>
        </form>
      )}
    </section>
  );
}
