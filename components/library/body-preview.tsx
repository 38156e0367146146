// The body filled with the example values, as an agent would insert it, and its length as
// X counts it. Everything goes in as text nodes: a template is never HTML.
import { useId } from 'react';
import type { TemplateKind } from '../../lib/model';
import {
  countForDm,
  countForX,
  exampleContext,
  formatTemplateProblem,
  PUBLIC_KINDS,
  renderTemplate,
} from '../../lib/templates';
import { useI18n } from '../i18n';

interface Props {
  body: string;
  kind: TemplateKind;
  /** False when the same problems already show next to the body field. */
  showProblems?: boolean;
}

export function BodyPreview({ body, kind, showProblems = true }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const rendered = renderTemplate(body, exampleContext());
  const isPublic = PUBLIC_KINDS.includes(kind);
  const post = countForX(rendered.text);
  const dm = countForDm(rendered.text);
  const over = isPublic ? post.over : dm.over;
  return (
    <section className="lib-preview" aria-labelledby={`${id}-title`}>
      <div className="spread">
        <h4 id={`${id}-title`} className="small muted">
          {t('lib.preview.title')}
        </h4>
        <span className="small lib-count" data-over={over || undefined}>
          {isPublic
            ? t('lib.preview.countX', { count: post.weighted, limit: post.limit })
            : t('lib.preview.countDm', { count: dm.length, limit: dm.limit.toLocaleString(locale) })}
          {over ? ` · ${t('lib.preview.over')}` : ''}
        </span>
      </div>
      <p className="post-text lib-preview-text">
        {body.trim() === ''
          ? <span className="muted">{t('lib.preview.empty')}</span>
          : rendered.segments.map((s, i) =>
              s.kind === 'text' ? (
                s.text
              ) : s.problem ? (
                <mark key={i} className="lib-var-bad">{`{{${s.name}}}`}</mark>
              ) : (
                <mark key={i} className="lib-var-ok" title={`{{${s.name}}}`}>
                  {s.value}
                </mark>
              ),
            )}
      </p>
      {showProblems && rendered.problems.length > 0 && (
        <ul className="small lib-problems">
          {rendered.problems.map((p) => (
            <li key={`${p.code}:${p.name}`}>{formatTemplateProblem(p, locale)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
