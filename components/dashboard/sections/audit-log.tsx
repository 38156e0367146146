import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n';
import { db } from '../../../lib/db/database';
import { useDateTimeFormat } from '../../format-locale';
import { settingNames } from '../settings-field-names';
import { AUDIT_KINDS, LABELS, STATUSES, type AuditEvent, type AuditKind, type Mention } from '../../../lib/model';

export const AUDIT_LIMIT = 200;

interface Entry {
  event: AuditEvent;
  mention: Pick<Mention, 'url' | 'authorHandle'> | undefined;
}

/** The newest events (of one kind, or all), with the mention each one is about. */
async function latestEvents(kind: AuditKind | 'all'): Promise<Entry[]> {
  const database = db();
  // Ids grow with insertion, which is time order; sorting by time afterwards settles ties.
  const events =
    kind === 'all'
      ? await database.audit.orderBy('at').reverse().limit(AUDIT_LIMIT).toArray()
      : await database.audit.where('kind').equals(kind).reverse().limit(AUDIT_LIMIT).toArray();
  events.sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
  const ids = [...new Set(events.flatMap((e) => (e.statusId ? [e.statusId] : [])))];
  const mentions = await database.mentions.bulkGet(ids);
  const byId = new Map(mentions.flatMap((m) => (m ? [[m.statusId, m] as const] : [])));
  return events.map((event) => ({ event, mention: event.statusId ? byId.get(event.statusId) : undefined }));
}

/** Every action on a mention, newest first, live as agents work. */
export function AuditLog() {
  const { t } = useI18n();
  const formatTime = useDateTimeFormat();
  const [kind, setKind] = useState<AuditKind | 'all'>('all');
  const entries = useLiveQuery(() => latestEvents(kind), [kind]);
  const filterId = useId();

  return (
    <div className="stack">
      <div className="row wrap spread">
        <div className="row">
          <label htmlFor={filterId}>{t('dash.audit.filter')}</label>
          <select id={filterId} className="auto" value={kind} onChange={(e) => setKind(e.target.value as AuditKind | 'all')}>
            <option value="all">{t('dash.audit.all')}</option>
            {AUDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`dash.audit.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="muted small">{t('dash.audit.limit', { n: AUDIT_LIMIT })}</p>
      </div>
      {entries === undefined ? (
        <p className="muted" aria-busy="true">
          {t('dash.loading')}
        </p>
      ) : entries.length === 0 ? (
        <p className="muted">{kind === 'all' ? t('dash.audit.empty') : t('dash.audit.emptyKind')}</p>
      ) : (
        <table className="table audit">
          <caption className="visually-hidden">{t('dash.nav.audit')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.audit.time')}</th>
              <th scope="col">{t('dash.audit.kind')}</th>
              <th scope="col">{t('dash.audit.actor')}</th>
              <th scope="col">{t('dash.audit.post')}</th>
              <th scope="col">{t('dash.audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ event, mention }) => (
              <tr key={event.id} data-kind={event.kind}>
                <td className="nowrap">
                  <time dateTime={new Date(event.at).toISOString()}>{formatTime(event.at)}</time>
                </td>
                <td>{t(`dash.audit.kind.${event.kind}`)}</td>
                <td>{event.actor}</td>
                <td>
                  <PostCell event={event} mention={mention} />
                </td>
                <td>
                  <Change event={event} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function PostCell({ event, mention }: Entry) {
  const { t } = useI18n();
  if (!event.statusId) return <span className="muted">–</span>;
  if (!mention) return <span className="mono">{event.statusId}</span>;
  return (
    <a href={mention.url} target="_blank" rel="noreferrer" aria-label={t('dash.audit.openPost', { handle: mention.authorHandle })}>
      @{mention.authorHandle}
    </a>
  );
}

/** Labels and statuses in the agent's language; anything else as logged. */
function useValueName() {
  const { t } = useI18n();
  return (value: string): string => {
    if ((LABELS as readonly string[]).includes(value)) return t(`label.${value as (typeof LABELS)[number]}`);
    if ((STATUSES as readonly string[]).includes(value)) return t(`status.${value as (typeof STATUSES)[number]}`);
    return value;
  };
}

function Change({ event }: { event: AuditEvent }) {
  const { t } = useI18n();
  const name = useValueName();
  const { from, to } = event;
  const detail = event.kind === 'settings_changed' && event.detail ? settingNames(event.detail, t) : event.detail;
  return (
    <>
      {(from !== undefined || to !== undefined) && (
        <span>
          {from !== undefined ? name(from) : '–'} → {to !== undefined ? name(to) : '–'}
        </span>
      )}
      {detail && <span className="muted small detail"> {detail}</span>}
    </>
  );
}
