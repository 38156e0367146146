// Every version of a template, newest first: who wrote it, when, where it ended (approved,
// draft, retired), its words, and what changed from the one before.
import { useId, useState } from 'react';
import type { Template, TemplateVersion } from '../../lib/model';
import { useI18n } from '../i18n';
import { formatWhen } from './format';
import { StatusBadge } from './template-meta';
import { TextDiff } from './text-diff';

function VersionEntry({ entry, previous }: { entry: TemplateVersion; previous: TemplateVersion | undefined }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [showChanges, setShowChanges] = useState(false);
  const titleChanged = previous !== undefined && previous.title !== entry.title;
  return (
    <li className="lib-version" aria-labelledby={`${id}-head`}>
      <p id={`${id}-head`} className="row wrap small">
        <strong>{t('lib.meta.version', { version: entry.version })}</strong>
        <StatusBadge status={entry.status} />
        <span className="muted">{t('lib.meta.editedBy', { name: entry.editedBy, when: formatWhen(entry.editedAt, locale) })}</span>
      </p>
      <p className="small">
        <span className="muted">{t('lib.history.titleIs')} </span>
        {titleChanged && showChanges ? <TextDiff before={previous.title} after={entry.title} /> : entry.title}
      </p>
      <p className="post-text">{previous && showChanges ? <TextDiff before={previous.body} after={entry.body} /> : entry.body}</p>
      {previous && (
        <button type="button" className="btn btn-link lib-toggle" aria-pressed={showChanges} onClick={() => setShowChanges((s) => !s)}>
          {t('lib.history.showChanges', { version: previous.version })}
        </button>
      )}
    </li>
  );
}

export function VersionHistory({ template }: { template: Template }) {
  const { t } = useI18n();
  const id = useId();
  const entries = [...template.history].sort((a, b) => a.version - b.version);
  return (
    <section className="lib-history" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('lib.history.title', { count: entries.length })}</h4>
      <ol className="lib-versions">
        {entries
          .map((entry, i) => <VersionEntry key={entry.version} entry={entry} previous={entries[i - 1]} />)
          .reverse()}
      </ol>
    </section>
  );
}
