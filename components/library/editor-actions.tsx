// The editor's buttons. Approve only acts on the saved text, so it waits while there are
// unsaved changes; Retire asks first.
import { useId, useState } from 'react';
import type { Template } from '../../lib/model';
import { useI18n } from '../i18n';
import { ConfirmDialog } from './confirm-dialog';

interface Props {
  template: Template | undefined;
  dirty: boolean;
  busy: boolean;
  onApprove(): void;
  onRetire(): void;
  onDiscard(): void;
}

export function EditorActions({ template, dirty, busy, onApprove, onRetire, onDiscard }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const waitsForSave = template?.status === 'draft' && dirty;
  return (
    <>
      <div className="row wrap lib-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
          {t('lib.editor.save')}
        </button>
        {template?.status === 'draft' && (
          <button
            type="button"
            className="btn btn-accent"
            disabled={busy || dirty}
            aria-describedby={waitsForSave ? `${id}-hint` : undefined}
            onClick={onApprove}
          >
            {t('lib.editor.approve')}
          </button>
        )}
        {template && template.status !== 'retired' && (
          <button type="button" className="btn btn-danger" disabled={busy} onClick={() => setConfirming(true)}>
            {t('lib.editor.retire')}
          </button>
        )}
        {template && dirty && (
          <button type="button" className="btn" onClick={onDiscard}>
            {t('lib.editor.discard')}
          </button>
        )}
      </div>
      {waitsForSave && (
        <p id={`${id}-hint`} className="small muted">
          {t('lib.editor.saveBeforeApprove')}
        </p>
      )}
      {confirming && template && (
        <ConfirmDialog
          title={t('lib.retire.title')}
          message={t('lib.retire.message', { title: template.title })}
          confirmLabel={t('lib.retire.confirm')}
          cancelLabel={t('lib.cancel')}
          onConfirm={() => {
            setConfirming(false);
            onRetire();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
