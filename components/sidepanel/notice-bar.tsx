import { useI18n } from '../i18n';
import { failureMessageKey } from './insert-failure';
import { usePanel, type Notice } from './panel-store';

/**
 * The result of the last action, where it stays in view. Successes are announced politely,
 * failures as alerts; both regions always exist so screen readers pick up their changes.
 */
export function NoticeBar() {
  const { t } = useI18n();
  const notice = usePanel((s) => s.notice);
  const notify = usePanel((s) => s.notify);
  const text = notice ? describe(notice, t) : null;
  const failed = notice ? isFailure(notice) : false;

  return (
    <div className="sp-notice-bar">
      <div role="status" aria-live="polite" className={text && !failed ? 'alert alert-ok sp-notice' : undefined}>
        {text && !failed && <NoticeText text={text} onClose={() => notify(null)} closeName={t('panel.notice.close')} />}
      </div>
      <div role="alert" className={text && failed ? 'alert alert-error sp-notice' : undefined}>
        {text && failed && <NoticeText text={text} onClose={() => notify(null)} closeName={t('panel.notice.close')} />}
      </div>
    </div>
  );
}

function NoticeText({ text, onClose, closeName }: { text: string; onClose(): void; closeName: string }) {
  return (
    <div className="spread">
      <span>{text}</span>
      <button type="button" className="btn btn-small btn-link" aria-label={closeName} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

const isFailure = (n: Notice): boolean =>
  n.kind === 'error' || n.kind === 'copyFailed' || n.kind === 'blocked' || (n.kind === 'delivered' && n.delivery.via !== 'composer');

type T = ReturnType<typeof useI18n>['t'];

function describe(n: Notice, t: T): string {
  switch (n.kind) {
    case 'copied':
      return t('panel.notice.copied');
    case 'copyFailed':
      return t('panel.notice.copyFailed');
    case 'saved':
      return t('panel.notice.saved');
    case 'blocked':
      return t('panel.notice.blocked');
    case 'error':
      return t('panel.notice.error', { error: n.message });
    case 'delivered': {
      const { delivery } = n;
      const handoff = n.handoffCaseId ? ` ${t('panel.notice.handedOff', { caseId: n.handoffCaseId })}` : '';
      if (delivery.via === 'composer') {
        return (delivery.target === 'dm' ? t('panel.notice.insertedDm') : t('panel.notice.insertedReply')) + handoff;
      }
      const reason = t(failureMessageKey(delivery.reason, delivery.target));
      const then = delivery.via === 'clipboard' ? t('panel.notice.copiedInstead') : t('panel.notice.copyAlsoFailed');
      return `${t('panel.notice.notInserted', { reason })} ${then}${handoff}`;
    }
  }
}
