import { useId, type KeyboardEvent } from 'react';
import type { RankedTemplate } from '../../lib/templates';
import { useI18n } from '../i18n';
import { usePanel } from './panel-store';

export const SEARCH_ID = 'sp-template-search';

interface Props {
  ranked: RankedTemplate[];
  selectedIndex: number;
  /** Enter in the search box: insert the selected template. */
  onInsert(): void;
}

/**
 * Search box and list of approved templates, best fit first. Focus stays in the search box
 * (a combobox): ↑/↓ move the selection, Enter inserts, Escape clears the search.
 */
export function TemplateSearch({ ranked, selectedIndex, onInsert }: Props) {
  const { t } = useI18n();
  const query = usePanel((s) => s.query);
  const setQuery = usePanel((s) => s.setQuery);
  const select = usePanel((s) => s.select);
  const listId = useId();
  const optionId = (i: number) => `${listId}-opt-${i}`;
  const active = ranked[selectedIndex];

  const move = (to: number) => {
    const index = Math.max(0, Math.min(ranked.length - 1, to));
    const next = ranked[index];
    if (!next) return;
    select(next.template.id);
    // Keep the selection visible while the agent walks the list with the keyboard.
    document.getElementById(optionId(index))?.scrollIntoView?.({ block: 'nearest' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') move(selectedIndex + 1);
    else if (e.key === 'ArrowUp') move(selectedIndex - 1);
    else if (e.key === 'PageDown') move(selectedIndex + 5);
    else if (e.key === 'PageUp') move(selectedIndex - 5);
    else if (e.key === 'Enter') onInsert();
    else if (e.key === 'Escape' && query) setQuery('');
    else return;
    e.preventDefault();
  };

  return (
    <section className="sp-section" aria-labelledby="sp-templates-title">
      <div className="spread">
        <h2 id="sp-templates-title" className="sp-title">
          {t('panel.templates.title')}
        </h2>
        <span className="muted small" aria-live="polite">
          {t('panel.templates.count', { n: ranked.length })}
        </span>
      </div>
      <input
        id={SEARCH_ID}
        type="search"
        role="combobox"
        aria-label={t('panel.templates.search')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(selectedIndex) : undefined}
        placeholder={t('panel.templates.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        // The agent opened the panel to pick a template: start there.
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('panel.templates.list')} className="sp-list">
        {ranked.map(({ template, fit, situation }, i) => (
          <li
            key={template.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === selectedIndex}
            className="sp-option"
            data-fit={fit}
            data-lang={template.lang}
            data-template-id={template.id}
            onClick={() => select(template.id)}
          >
            <span className="sp-option-title">{template.title}</span>
            <span className="sp-option-meta">
              <span className="sp-kind" data-kind={template.kind}>
                {t(`panel.kind.${template.kind}`)}
              </span>
              {fit !== 'other' && <span className="sp-fit">{t(`panel.fit.${fit}`)}</span>}
              {situation === 'match' && <span className="sp-tag">{t('panel.tag.situation')}</span>}
              {template.moment === 'follow_up' && <span className="sp-tag">{t('panel.tag.followUp')}</span>}
              <span className="sp-lang" lang={template.lang}>
                {template.lang.toUpperCase()}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {ranked.length === 0 && (
        <p className="muted small sp-none">{query ? t('panel.templates.noMatch', { query }) : t('panel.templates.none')}</p>
      )}
    </section>
  );
}
