import { useMemo, useState } from 'react';
import type { Mention, Settings, Template } from '../../lib/model';
import { newCaseId, rankingFor, rankTemplates } from '../../lib/templates';
import { FocusedPost } from './focused-post';
import { HandoffSection } from './handoff-section';
import { NoticeBar } from './notice-bar';
import { createPanelStore, PanelStoreContext, usePanel } from './panel-store';
import { carriesCaseId, missingSettings, previewTemplate } from './preview';
import { TemplateSearch } from './template-search';
import { TemplatePreview } from './template-preview';
import { usePanelActions } from './use-panel-actions';

interface Props {
  mention: Mention;
  settings: Settings;
  templates: Template[];
}

/** Everything about one post in focus; remounted (fresh search, fresh case number) for another. */
export function FocusedPanel(props: Props) {
  const [store] = useState(createPanelStore);
  return (
    <PanelStoreContext.Provider value={store}>
      <PanelBody {...props} />
    </PanelStoreContext.Provider>
  );
}

function PanelBody({ mention, settings, templates }: Props) {
  const query = usePanel((s) => s.query);
  const selectedId = usePanel((s) => s.selectedId);
  const notify = usePanel((s) => s.notify);
  const select = usePanel((s) => s.select);
  const { insert, copy } = usePanelActions(mention.statusId);
  // One case number per post: the mention's once handed off, else one held for it, so the
  // preview shows the number the handoff will use.
  const [heldCaseId] = useState(() => newCaseId(Date.now()));
  const caseId = mention.caseId ?? heldCaseId;

  // Label, language, the post's situation (e.g. safety) and the moment (first reply or follow-up).
  const ranked = useMemo(() => rankTemplates(templates, { ...rankingFor(mention), query }), [templates, mention, query]);
  const found = ranked.findIndex((r) => r.template.id === selectedId);
  const selectedIndex = found === -1 ? 0 : found;
  const selected = ranked[selectedIndex]?.template;
  const preview = useMemo(
    () => (selected ? previewTemplate(selected, { mention, settings, caseId }) : null),
    [selected, mention, settings, caseId],
  );

  const insertSelected = () => {
    if (!selected || !preview) return;
    if (preview.text === null) {
      notify({ kind: 'blocked' });
      return;
    }
    // Once this reply is out the post moves on to follow-ups; the agent still sees what went in.
    select(selected.id);
    void insert({
      target: preview.target,
      text: preview.text,
      templateId: selected.id,
      handoffCaseId: carriesCaseId(selected) ? caseId : undefined,
    });
  };

  return (
    <>
      {/* Scrolls on its own, so the notice below never covers a button. */}
      <div className="sp-body">
        <FocusedPost mention={mention} />
        <TemplateSearch ranked={ranked} selectedIndex={selectedIndex} onInsert={insertSelected} />
        {selected && preview && (
          <TemplatePreview
            template={selected}
            preview={preview}
            statusId={mention.statusId}
            onInsert={insertSelected}
            onCopy={() => preview.text !== null && void copy(preview.text)}
          />
        )}
        <HandoffSection
          mention={mention}
          settings={settings}
          templates={templates}
          caseId={caseId}
          askedAbove={preview ? missingSettings(preview.problems) : []}
        />
      </div>
      <NoticeBar />
    </>
  );
}
