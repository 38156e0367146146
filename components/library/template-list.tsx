// The library as a list of rows; each row opens its template. Up and down arrows move
// between rows, as in X's own lists.
import { useId, type KeyboardEvent } from 'react';
import type { Template } from '../../lib/model';
import { useI18n } from '../i18n';
import { LabelChip } from '../label-chip';
import { approvalLine, StatusBadge } from './template-meta';

interface Props {
  templates: readonly Template[];
  total: number;
  selectedId: string | null;
  onOpen(id: string): void;
}

function moveFocus(e: KeyboardEvent<HTMLUListElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
  const rows = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.lib-row')];
  if (rows.length === 0) return;
  const at = rows.indexOf(document.activeElement as HTMLButtonElement);
  const target =
    e.key === 'Home' ? 0 : e.key === 'End' ? rows.length - 1 : Math.max(0, Math.min(rows.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
  e.preventDefault();
  rows[target]?.focus();
}

export function TemplateList({ templates, total, selectedId, onOpen }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <div className="lib-list">
      <p id={`${id}-count`} className="small muted" aria-live="polite">
        {t('lib.list.count', { shown: templates.length, total })}
      </p>
      {templates.length === 0 ? (
        <p className="muted lib-empty">{total === 0 ? t('lib.list.emptyLibrary') : t('lib.list.noMatch')}</p>
      ) : (
        <ul aria-labelledby={`${id}-count`} onKeyDown={moveFocus}>
          {templates.map((tpl) => (
            <li key={tpl.id}>
              <button
                type="button"
                className="lib-row"
                data-template-id={tpl.id}
                aria-current={tpl.id === selectedId ? 'true' : undefined}
                aria-labelledby={`${id}-${tpl.id}-title`}
                aria-describedby={`${id}-${tpl.id}-meta`}
                onClick={() => onOpen(tpl.id)}
              >
                <span className="spread">
                  <span id={`${id}-${tpl.id}-title`} className="lib-row-title">
                    {tpl.title}
                  </span>
                  <StatusBadge status={tpl.status} />
                </span>
                <span id={`${id}-${tpl.id}-meta`} className="lib-row-meta small">
                  <span>{t(`lib.kind.${tpl.kind}`)}</span>
                  <span className="lib-lang">{tpl.lang}</span>
                  {tpl.labels.map((l) => (
                    <LabelChip key={l} label={l} />
                  ))}
                  <span className="muted">
                    {t('lib.meta.version', { version: tpl.version })} · {approvalLine(tpl, t, locale)}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
