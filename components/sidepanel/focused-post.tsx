import { isClosed, type Mention } from '../../lib/model';
import { toView } from '../../lib/mentions/view';
import { sendToBackground } from '../../lib/messaging/client';
import { useI18n } from '../i18n';
import { LabelChip } from '../label-chip';
import { SlaTimer } from '../sla-timer';
import { usePanel } from './panel-store';
import { PostTranslation } from './post-translation';
import { usePanelActions } from './use-panel-actions';
import { AssignControl } from '../team/assign-control';

/** The post the agent is answering: who, what, how long they have waited, and quick actions. */
export function FocusedPost({ mention }: { mention: Mention }) {
  const { t } = useI18n();
  const busy = usePanel((s) => s.busy);
  const notify = usePanel((s) => s.notify);
  const { act } = usePanelActions(mention.statusId);
  const closed = isClosed(mention.status);

  const showOnX = async () => {
    try {
      await sendToBackground({ type: 'openPost', url: mention.url });
    } catch (e) {
      notify({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className="sp-section sp-post" aria-labelledby="sp-post-title">
      <h2 id="sp-post-title" className="visually-hidden">
        {t('panel.post.title')}
      </h2>
      <div className="sp-author">
        <span className="sp-author-name">{mention.authorName || mention.authorHandle}</span>
        <span className="muted">@{mention.authorHandle}</span>
      </div>
      <div className="row wrap sp-post-meta">
        <LabelChip label={mention.label} />
        {/* A closed mention's timer already says how it ended. */}
        {!closed && (
          <span className="sp-status" data-status={mention.status}>
            {t(`status.${mention.status}`)}
          </span>
        )}
        <SlaTimer view={toView(mention)} />
        {mention.caseId && <span className="sp-case small">{mention.caseId}</span>}
      </div>
      {mention.translation ? (
        <PostTranslation mention={mention} />
      ) : (
        <p className="post-text sp-post-text" lang={mention.lang === 'und' ? undefined : mention.lang}>
          {mention.text}
        </p>
      )}
      <div className="row wrap sp-quick">
        {closed ? (
          <button type="button" className="btn btn-small" disabled={busy} onClick={() => void act({ kind: 'reopen' })}>
            {t('panel.post.reopen')}
          </button>
        ) : (
          <>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => void act({ kind: 'respond' })}>
              {t('panel.post.respond')}
            </button>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => void act({ kind: 'dismiss' })}>
              {t('panel.post.dismiss')}
            </button>
          </>
        )}
        <button type="button" className="btn btn-small btn-link" onClick={() => void showOnX()}>
          {t('panel.post.showOnX')}
        </button>
      </div>
      <AssignControl mention={mention} />
    </section>
  );
}
