// Word-level changes between two versions of a text, as text: removed words struck out,
// added ones underlined, each also named for screen readers.
import { diffWords } from 'diff';
import { useI18n } from '../i18n';

export function TextDiff({ before, after }: { before: string; after: string }) {
  const { t } = useI18n();
  return (
    <span className="lib-diff">
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i}>
            <span className="visually-hidden">{t('lib.history.added')} </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i}>
            <span className="visually-hidden">{t('lib.history.removed')} </span>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </span>
  );
}
