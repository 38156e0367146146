import type { Template } from '../../lib/model';
import { formatTemplateProblem, type Segment } from '../../lib/templates';
import { useI18n } from '../i18n';
import { missingSettings, type Preview, type PreviewCount } from './preview';
import { SettingField } from './setting-field';
import { usePanel } from './panel-store';

interface Props {
  template: Template;
  preview: Preview;
  statusId: string;
  onInsert(): void;
  onCopy(): void;
}

/** The selected template filled in for this customer, counted as X counts, with what blocks it. */
export function TemplatePreview({ template, preview, statusId, onInsert, onCopy }: Props) {
  const { t, locale } = useI18n();
  const busy = usePanel((s) => s.busy);
  const blocked = preview.text === null;
  const problemsId = `sp-problems-${template.id}`;
  const fixes = missingSettings(preview.problems);

  return (
    <section className="sp-section" aria-labelledby="sp-preview-title">
      <div className="spread">
        <h2 id="sp-preview-title" className="sp-title">
          {t('panel.preview.title')}
        </h2>
        <Count count={preview.count} />
      </div>
      <div className="sp-preview post-text" lang={template.lang} aria-label={t('panel.preview.textName', { title: template.title })}>
        {preview.segments.map((s, i) => (
          <SegmentView key={i} segment={s} />
        ))}
      </div>
      {preview.count.over && (
        <p role="alert" className="alert alert-error sp-over">
          {formatTemplateProblem(
            preview.count.kind === 'post'
              ? { code: 'over_limit', weighted: preview.count.used, limit: preview.count.limit }
              : { code: 'dm_too_long', length: preview.count.used, limit: preview.count.limit },
            locale,
          )}{' '}
          {t('panel.preview.shorten')}
        </p>
      )}
      {preview.problems.length > 0 && (
        <div id={problemsId} className="alert alert-warn sp-problems">
          <p>{t('panel.preview.blocked')}</p>
          <ul>
            {preview.problems.map((p, i) => (
              <li key={i}>{formatTemplateProblem(p, locale)}</li>
            ))}
          </ul>
          {fixes.map((f) => (
            <SettingField key={f} setting={f} statusId={statusId} />
          ))}
        </div>
      )}
      <div className="row wrap sp-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={blocked || busy}
          aria-describedby={preview.problems.length ? problemsId : undefined}
          onClick={onInsert}
        >
          {preview.target === 'dm' ? t('panel.insert.dm') : t('panel.insert.reply')}
        </button>
        <button type="button" className="btn" disabled={blocked} onClick={onCopy}>
          {t('panel.copy')}
        </button>
      </div>
      <p className="muted small">{preview.target === 'dm' ? t('panel.insert.dmHint') : t('panel.insert.replyHint')}</p>
    </section>
  );
}

function Count({ count }: { count: PreviewCount }) {
  const { t, locale } = useI18n();
  const n = (x: number) => x.toLocaleString(locale);
  const name =
    count.kind === 'post'
      ? t('panel.count.postName', { used: n(count.used), limit: n(count.limit) })
      : t('panel.count.dmName', { used: n(count.used), limit: n(count.limit) });
  return (
    <span className="sp-count" data-over={count.over} data-kind={count.kind} role="status" aria-label={name} title={name}>
      {count.kind === 'dm' && <span className="sp-count-kind">{t('panel.count.dm')} </span>}
      {n(count.used)} / {n(count.limit)}
    </span>
  );
}

/** Filled values are highlighted; a missing one shows its name, so the agent sees what is lacking. */
function SegmentView({ segment }: { segment: Segment }) {
  if (segment.kind === 'text') return <>{segment.text}</>;
  if (segment.problem) {
    return (
      <mark className="sp-var sp-var-missing" data-variable={segment.name}>
        {`{{${segment.name}}}`}
      </mark>
    );
  }
  return (
    <mark className="sp-var" data-variable={segment.name} title={segment.name}>
      {segment.value}
    </mark>
  );
}
