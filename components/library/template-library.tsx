// The dashboard's "Templates" section: the team's approved wording, who approved it, every
// version, and packs to share it. Agents read; a lead (unlocked with the passphrase for this
// browser session) writes, always through the background, which checks the role again.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useI18n } from '../i18n';
import { useSettings } from '../hooks/use-settings';
import { filterTemplates, isFiltered, languagesOf } from './filter';
import { LeadAccess } from './lead-access';
import { createLibraryStore, type Selection } from './library-store';
import { LibraryFilters } from './library-filters';
import { PackExport } from './pack-export';
import { PackImport } from './pack-import';
import { TemplateEditor } from './template-editor';
import { TemplateList } from './template-list';
import { TemplateView } from './template-view';
import { useRole } from './use-role';
import { useTemplates } from './use-templates';
import { VersionHistory } from './version-history';
import './library.css';

export function TemplateLibrary() {
  const { t, locale } = useI18n();
  const [store] = useState(createLibraryStore);
  const { filter, selection, notice, setFilter, clearFilter, select, notify } = useStore(store);
  const templates = useTemplates();
  const access = useRole();
  const settings = useSettings();
  const isLead = access.role === 'lead';

  const all = useMemo(() => templates ?? [], [templates]);
  const shown = useMemo(() => filterTemplates(all, filter, locale), [all, filter, locale]);
  const languages = useMemo(() => languagesOf(all), [all]);
  const selected = selection.kind === 'template' ? all.find((x) => x.id === selection.id) : undefined;
  const detailPane = useRef<HTMLDivElement>(null);
  const focusDetail = useRef(false);

  const open = (next: Selection) => {
    select(next);
    focusDetail.current = true;
  };
  // Back to the row the template was opened from, so the keyboard does not fall to the page's top.
  const close = () => {
    const id = selection.kind === 'template' ? selection.id : null;
    select({ kind: 'none' });
    if (id) document.querySelector<HTMLElement>(`.lib-row[data-template-id="${CSS.escape(id)}"]`)?.focus();
  };

  // What was just opened gets the focus (and, when the panes are stacked, the screen).
  useEffect(() => {
    if (!focusDetail.current) return;
    const heading = detailPane.current?.querySelector<HTMLElement>('h3');
    if (!heading) return;
    focusDetail.current = false;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView?.({ block: 'nearest' });
  });

  let detail;
  if (selection.kind === 'new' && isLead)
    detail = (
      <TemplateEditor
        key="new"
        template={undefined}
        languages={languages}
        onSaved={(id) => open({ kind: 'template', id })}
        onNotice={notify}
        onClose={close}
      />
    );
  else if (selected)
    detail = (
      <>
        {isLead ? (
          <TemplateEditor
            key={selected.id}
            template={selected}
            languages={languages}
            onSaved={() => undefined}
            onNotice={notify}
            onClose={close}
          />
        ) : (
          <TemplateView key={selected.id} template={selected} onClose={close} />
        )}
        <VersionHistory template={selected} />
      </>
    );
  else detail = <p className="muted lib-empty">{t(isLead ? 'lib.detail.emptyLead' : 'lib.detail.empty')}</p>;

  return (
    <section className="stack lib" aria-labelledby="careline-library-title">
      <header className="spread wrap lib-head">
        <div>
          <h2 id="careline-library-title">{t('lib.title')}</h2>
          <p className="small muted">{t(isLead ? 'lib.intro.lead' : 'lib.intro.agent')}</p>
        </div>
        <LeadAccess access={access} />
      </header>
      {access.failure && (
        <p role="alert" className="alert alert-error">
          {t('lib.failed', { error: access.failure })}
        </p>
      )}
      {isLead && settings && !settings.agentName.trim() && (
        <p className="alert alert-warn small">{t('lib.nameHint')}</p>
      )}
      <div className="row wrap lib-tools">
        {isLead && (
          <button type="button" className="btn btn-small btn-primary" onClick={() => open({ kind: 'new' })}>
            {t('lib.new')}
          </button>
        )}
        {isLead && <PackImport />}
        <PackExport all={all} shown={shown} filtered={isFiltered(filter)} />
      </div>
      <div className="lib-body">
        <div className="stack lib-list-pane">
          <LibraryFilters filter={filter} languages={languages} onChange={setFilter} onClear={clearFilter} />
          {templates === undefined ? (
            <p className="muted">{t('lib.loading')}</p>
          ) : (
            <TemplateList
              templates={shown}
              total={all.length}
              selectedId={selection.kind === 'template' ? selection.id : null}
              onOpen={(id) => open({ kind: 'template', id })}
            />
          )}
        </div>
        <div ref={detailPane} className="stack lib-detail-pane">
          {/* Always in the page, so screen readers hear what lands in it. */}
          <div role="status" className="lib-notice">
            {notice?.tone === 'ok' && <p className="alert alert-ok">{notice.text}</p>}
          </div>
          {notice?.tone === 'error' && (
            <p role="alert" className="alert alert-error">
              {notice.text}
            </p>
          )}
          {detail}
        </div>
      </div>
    </section>
  );
}
