import { useState } from 'react';
import type { Template } from '../../lib/model';
import { exportPack } from '../../lib/templates';
import { useI18n } from '../i18n';
import { downloadText, packFileName } from './pack-file';

interface Props {
  all: readonly Template[];
  shown: readonly Template[];
  filtered: boolean;
}

/** Everyone may take the library home; only a lead may bring a pack in. */
export function PackExport({ all, shown, filtered }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const save = (templates: readonly Template[]) => {
    const now = new Date();
    const name = packFileName(now);
    downloadText(exportPack(templates, now.getTime()), name);
    setStatus(t('lib.export.done', { count: templates.length, file: name }));
  };
  return (
    <>
      <button type="button" className="btn btn-small" disabled={all.length === 0} onClick={() => save(all)}>
        {t('lib.export.all', { count: all.length })}
      </button>
      {filtered && (
        <button type="button" className="btn btn-small" disabled={shown.length === 0} onClick={() => save(shown)}>
          {t('lib.export.shown', { count: shown.length })}
        </button>
      )}
      <span role="status" className="small muted">
        {status}
      </span>
    </>
  );
}
