// The brand's X account: adopted on first use, shown here, and switched only when the lead says so
// (the overlay on X offers the switch when X shows another account; it lands here, to be confirmed).
import { useState } from 'react';
import { sendToBackground } from '../../../lib/messaging/client';
import { useI18n } from '../../i18n';
import { useFormatLocale } from '../../format-locale';
import { useSettingsForm } from '../settings-form';
import { useHashParam } from '../use-hash-section';

const HANDLE = /^\w{1,15}$/;

export function BrandAccount() {
  const { t } = useI18n();
  const locale = useFormatLocale();
  const { settings } = useSettingsForm();
  const proposed = useHashParam('switch');
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const handle = settings.accountHandle;
  const since = settings.accountSince ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(settings.accountSince) : '';
  const offer = proposed && HANDLE.test(proposed) && proposed.toLowerCase() !== handle?.toLowerCase() ? proposed : null;

  const clearOffer = () => {
    window.location.hash = 'brand';
  };
  const confirm = async (next: string) => {
    try {
      const r = await sendToBackground({ type: 'switchAccount', handle: next, name: null });
      setOutcome(
        r.ok
          ? { kind: 'done', text: t('dash.brand.switchDone', { handle: next }) }
          : { kind: 'error', text: t('dash.brand.switchRefused', { error: r.errors.map((e) => e.message).join('; ') }) },
      );
      if (r.ok) clearOffer();
    } catch (e) {
      setOutcome({ kind: 'error', text: t('dash.brand.switchRefused', { error: e instanceof Error ? e.message : String(e) }) });
    }
  };

  return (
    <div className="field">
      <span className="label-text" id="brand-account-label">
        {t('dash.brand.account')}
      </span>
      <p className="readonly" data-testid="brand-account" aria-labelledby="brand-account-label">
        {handle ? t('dash.brand.accountIs', { handle, date: since }) : t('dash.brand.accountNone')}
      </p>
      <p className="hint">{t('dash.brand.accountHint')}</p>
      {offer && (
        <div className="card" role="group" aria-label={t('dash.brand.switchProposed', { handle: offer })}>
          <p>{t('dash.brand.switchProposed', { handle: offer })}</p>
          <button type="button" className="primary" onClick={() => void confirm(offer)}>
            {t('dash.brand.switchConfirm', { handle: offer })}
          </button>{' '}
          {handle && (
            <button type="button" onClick={clearOffer}>
              {t('dash.brand.switchCancel', { handle })}
            </button>
          )}
        </div>
      )}
      {outcome && (
        <p role={outcome.kind === 'error' ? 'alert' : 'status'} className={outcome.kind === 'error' ? 'error' : 'hint'}>
          {outcome.text}
        </p>
      )}
    </div>
  );
}
