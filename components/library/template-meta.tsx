// Who stands behind a template right now: its status, version and approval (or last edit).
import type { Translate } from '../../lib/i18n/translate';
import type { Template, UiLocale } from '../../lib/model';
import { useI18n } from '../i18n';
import { formatWhen, statusName } from './format';

export function StatusBadge({ status }: { status: Template['status'] }) {
  const { locale } = useI18n();
  return (
    <span className="lib-status" data-status={status}>
      {statusName(status, locale)}
    </span>
  );
}

/** "Approved by Marko on 23 Nov 2026" or, until then, who wrote the current version. */
export function approvalLine(t: Template, tr: Translate, locale: UiLocale): string {
  if (t.status === 'approved' && t.approvedBy && t.approvedAt !== undefined)
    return tr('lib.meta.approvedBy', { name: t.approvedBy, when: formatWhen(t.approvedAt, locale) });
  const last = t.history.at(-1);
  return last
    ? tr('lib.meta.editedBy', { name: last.editedBy, when: formatWhen(last.editedAt, locale) })
    : tr('lib.meta.updated', { when: formatWhen(t.updatedAt, locale) });
}

export function TemplateMeta({ template }: { template: Template }) {
  const { t, locale } = useI18n();
  return (
    <p className="row wrap small lib-meta">
      <StatusBadge status={template.status} />
      <span>{t('lib.meta.version', { version: template.version })}</span>
      <span className="muted">{approvalLine(template, t, locale)}</span>
    </p>
  );
}
