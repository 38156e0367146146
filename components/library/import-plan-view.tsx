import type { ImportSummary } from '../../lib/messaging/protocol';
import { useI18n } from '../i18n';

const MAX_TITLES = 12;

function Titles({ titles }: { titles: readonly string[] }) {
  const { t } = useI18n();
  return (
    <ul className="small lib-titles">
      {titles.slice(0, MAX_TITLES).map((title, i) => (
        <li key={i}>{title}</li>
      ))}
      {titles.length > MAX_TITLES && <li className="muted">{t('lib.import.andMore', { count: titles.length - MAX_TITLES })}</li>}
    </ul>
  );
}

/** What an import would do, before anything is written. */
export function ImportPlanView({ summary }: { summary: ImportSummary }) {
  const { t } = useI18n();
  const nothing = summary.add.length + summary.update.length === 0;
  return (
    <div className="stack lib-plan">
      {nothing && <p>{t('lib.import.nothing', { count: summary.unchanged })}</p>}
      {summary.add.length > 0 && (
        <div>
          <p>
            <strong>{t('lib.import.add', { count: summary.add.length })}</strong>
          </p>
          <Titles titles={summary.add} />
        </div>
      )}
      {summary.update.length > 0 && (
        <div>
          <p>
            <strong>{t('lib.import.update', { count: summary.update.length })}</strong>
          </p>
          <Titles titles={summary.update} />
        </div>
      )}
      {summary.localNewer.length > 0 && (
        <div className="alert alert-warn">
          <p>{t('lib.import.localNewer', { count: summary.localNewer.length })}</p>
          <Titles titles={summary.localNewer} />
        </div>
      )}
      {!nothing && summary.unchanged > 0 && <p className="small muted">{t('lib.import.unchanged', { count: summary.unchanged })}</p>}
    </div>
  );
}
