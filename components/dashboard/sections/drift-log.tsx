// The local log of X's page changing under Careline: which part it could not read, when, and on
// which kind of page. It never leaves this machine; an agent reads it out to tell the team what broke.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../../lib/db/database';
import { DRIFT_LOG_MAX, readDriftLog } from '../../../lib/x/drift-log';
import { useI18n } from '../../i18n';
import { useFormatLocale } from '../../format-locale';

export function DriftLog() {
  const { t } = useI18n();
  const locale = useFormatLocale();
  const records = useLiveQuery(() => readDriftLog(db()), []);
  const time = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }), [locale]);

  return (
    <div className="stack">
      <p className="muted">{t('dash.drift.intro', { n: DRIFT_LOG_MAX })}</p>
      {records === undefined ? (
        <p className="muted" aria-busy="true">
          {t('dash.loading')}
        </p>
      ) : records.length === 0 ? (
        <p className="muted">{t('dash.drift.empty')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('dash.nav.drift')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dash.audit.time')}</th>
              <th scope="col">{t('dash.drift.part')}</th>
              <th scope="col">{t('dash.drift.page')}</th>
            </tr>
          </thead>
          <tbody>
            {records.map((r, i) => (
              <tr key={`${r.at}-${i}`} data-part={r.part}>
                <td className="nowrap">
                  <time dateTime={new Date(r.at).toISOString()}>{time.format(r.at)}</time>
                </td>
                <td>{t(`notice.part.${r.part}`)}</td>
                <td>{t(`dash.drift.kind.${r.urlKind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
