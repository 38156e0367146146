import { useEffect } from 'react';
import { useI18n } from '../i18n';
import { plural } from './plural';
import { useSettingsForm } from './settings-form';

/**
 * Unsaved changes, Save and Discard, and what the last save did. Ctrl+S (⌘S) saves from
 * anywhere on the page; leaving with unsaved changes asks first.
 */
export function SaveBar({ visible }: { visible: boolean }) {
  const { t, locale } = useI18n();
  const { dirty, phase, saveError, shownIssueKeys, save, discard } = useSettingsForm();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [save]);

  useEffect(() => {
    if (!dirty) return;
    const onLeave = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [dirty]);

  const status =
    phase === 'saving' ? t('dash.save.saving') : phase === 'saved' ? t('dash.save.saved') : dirty ? t('dash.save.unsaved') : '';
  if (!visible && !dirty && !saveError) return null;
  return (
    <div className="save-bar" data-dirty={dirty} aria-label={t('dash.save.bar')} role="region">
      <div className="save-messages">
        <p role="status" className={phase === 'saved' ? 'saved' : dirty ? 'unsaved' : ''}>
          {status}
        </p>
        {shownIssueKeys.length > 0 && (
          <p className="problems">{plural(t, locale, 'dash.save.problems', shownIssueKeys.length)}</p>
        )}
        {saveError && (
          <p role="alert" className="alert alert-error">
            {saveError}
          </p>
        )}
      </div>
      <div className="row">
        <button type="button" className="btn" disabled={!dirty || phase === 'saving'} onClick={discard}>
          {t('dash.save.discard')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!dirty || phase === 'saving'}
          aria-keyshortcuts="Control+S"
          onClick={() => void save()}
        >
          {t('dash.save.save')}
        </button>
      </div>
    </div>
  );
}
