// What an agent sees of a template: its words, where it fits and who approved it. No
// control here changes anything.
import type { Template } from '../../lib/model';
import { useI18n } from '../i18n';
import { LabelChip } from '../label-chip';
import { BodyPreview } from './body-preview';
import { TemplateMeta } from './template-meta';

export function TemplateView({ template, onClose }: { template: Template; onClose(): void }) {
  const { t } = useI18n();
  return (
    <article className="stack lib-view" aria-label={template.title}>
      <div className="spread">
        <h3>{template.title}</h3>
        <button type="button" className="btn btn-small" onClick={onClose}>
          {t('lib.close')}
        </button>
      </div>
      <TemplateMeta template={template} />
      <p className="row wrap small">
        <span>{t(`lib.kind.${template.kind}`)}</span>
        <span className="lib-lang">{template.lang}</span>
        {template.labels.map((l) => (
          <LabelChip key={l} label={l} />
        ))}
      </p>
      {template.status !== 'approved' && <p className="alert alert-warn small">{t('lib.view.notInsertable')}</p>}
      <p className="post-text lib-body-text">{template.body}</p>
      <BodyPreview body={template.body} kind={template.kind} />
    </article>
  );
}
