import { useMemo, useState } from 'react';
import type { Mention, Settings, Template } from '../../lib/model';
import { buildHandoff, formatTemplateProblem, type Handoff } from '../../lib/templates';
import { useI18n } from '../i18n';
import { usePanel } from './panel-store';
import { distinctProblems, missingSettings, type FixableSetting } from './preview';
import { SettingField } from './setting-field';
import { usePanelActions } from './use-panel-actions';

interface Props {
  mention: Mention;
  settings: Settings;
  templates: Template[];
  caseId: string;
  /** Settings the preview above already asks for: one field for each is enough. */
  askedAbove: readonly FixableSetting[];
}

/**
 * DM handoff in one action: the public reply inviting the customer to DM (with X's DM link,
 * prefilled with the case number) goes into the reply composer, the mention becomes handed
 * off, and the agent gets the opening DM for X Chat. Both texts carry the same case number.
 */
export function HandoffSection({ mention, settings, templates, caseId, askedAbove }: Props) {
  const { t, locale } = useI18n();
  const busy = usePanel((s) => s.busy);
  const { insert } = usePanelActions(mention.statusId);
  // The moment the agent opened the handoff: its texts do not change while they read them.
  const [openedAt] = useState(() => Date.now());
  const handoff = useMemo(
    () => buildHandoff({ mention, settings, templates, lang: mention.lang, now: openedAt, caseId }),
    [mention, settings, templates, caseId, openedAt],
  );
  const done = mention.status === 'handed_off' && mention.caseId === caseId;
  const problems = handoff.ok ? [] : distinctProblems(handoff.errors);
  const fixes = missingSettings(problems).filter((f) => !askedAbove.includes(f));

  if (done && handoff.ok) return <HandoffCard handoff={handoff} statusId={mention.statusId} />;

  return (
    <section className="sp-section" aria-labelledby="sp-handoff-title">
      <h2 id="sp-handoff-title" className="sp-title">
        {done ? t('panel.handoff.doneTitle') : t('panel.handoff.title')}
      </h2>
      {!done && <p className="muted small">{t('panel.handoff.explain', { caseId })}</p>}
      {problems.length > 0 && (
        <div id="sp-handoff-problems" className="alert alert-warn sp-problems">
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{formatTemplateProblem(p, locale)}</li>
            ))}
          </ul>
          {fixes.map((f) => (
            <SettingField key={f} setting={f} statusId={mention.statusId} />
          ))}
        </div>
      )}
      {!done && (
        <button
          type="button"
          className="btn btn-accent"
          disabled={!handoff.ok || busy}
          aria-describedby={handoff.ok ? undefined : 'sp-handoff-problems'}
          onClick={() => {
            if (!handoff.ok) return;
            void insert({
              target: 'reply',
              text: handoff.publicReply.text,
              templateId: handoff.publicReply.template.id,
              handoffCaseId: handoff.caseId,
            });
          }}
        >
          {t('panel.handoff.start')}
        </button>
      )}
    </section>
  );
}

function HandoffCard({ handoff, statusId }: { handoff: Handoff; statusId: string }) {
  const { t } = useI18n();
  const busy = usePanel((s) => s.busy);
  const { insert, copy } = usePanelActions(statusId);
  const { caseId, dmLink, publicReply, dmOpener } = handoff;

  return (
    <section className="sp-section sp-handoff" aria-labelledby="sp-handoff-title">
      <div className="spread">
        <h2 id="sp-handoff-title" className="sp-title">
          {t('panel.handoff.doneTitle')}
        </h2>
        <span className="sp-case" data-testid="case-id">
          {caseId}
        </span>
      </div>
      <div className="sp-handoff-part">
        <h3 className="sp-subtitle">{t('panel.handoff.link')}</h3>
        <p className="sp-link small">{dmLink}</p>
        <div className="row wrap">
          <button type="button" className="btn btn-small" onClick={() => void copy(dmLink)}>
            {t('panel.handoff.copyLink')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => void copy(caseId)}>
            {t('panel.handoff.copyCase')}
          </button>
        </div>
      </div>
      <div className="sp-handoff-part">
        <h3 className="sp-subtitle">{t('panel.handoff.opener')}</h3>
        <p className="post-text sp-preview" lang={dmOpener.template.lang} aria-label={t('panel.handoff.openerName')}>
          {dmOpener.text}
        </p>
        <div className="row wrap">
          <button
            type="button"
            className="btn btn-small btn-primary"
            disabled={busy}
            onClick={() => void insert({ target: 'dm', text: dmOpener.text, templateId: dmOpener.template.id })}
          >
            {t('panel.insert.dm')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => void copy(dmOpener.text)}>
            {t('panel.handoff.copyOpener')}
          </button>
        </div>
        <p className="muted small">{t('panel.insert.dmHint')}</p>
      </div>
      <details className="sp-handoff-part">
        <summary className="small">{t('panel.handoff.reply')}</summary>
        <p className="post-text sp-preview" lang={publicReply.template.lang}>
          {publicReply.text}
        </p>
        <div className="row wrap">
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            onClick={() => void insert({ target: 'reply', text: publicReply.text, templateId: publicReply.template.id })}
          >
            {t('panel.handoff.insertReplyAgain')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => void copy(publicReply.text)}>
            {t('panel.handoff.copyReply')}
          </button>
        </div>
      </details>
    </section>
  );
}
