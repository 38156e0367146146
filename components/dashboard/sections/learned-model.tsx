import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';
import { db } from '../../../lib/db/database';
import { sendToBackground } from '../../../lib/messaging/client';
import { plural } from '../plural';

/**
 * How many corrections the local model has learned, and going back to the shipped model.
 * The count lives in the background; it is asked again whenever a relabel or reset is logged.
 */
export function LearnedModel() {
  const { t, locale } = useI18n();
  const [corrections, setCorrections] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const lastLearning = useLiveQuery(
    async () => (await db().audit.where('kind').anyOf('label_changed', 'model_reset').last())?.id ?? 0,
    [],
  );

  useEffect(() => {
    let live = true;
    sendToBackground({ type: 'triageInfo' })
      .then((r) => live && setCorrections(r.corrections))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [lastLearning]);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const reset = async () => {
    setBusy(true);
    try {
      await sendToBackground({ type: 'resetModel' });
      setCorrections((await sendToBackground({ type: 'triageInfo' })).corrections);
      setDone(true);
      setError(null);
    } catch (e) {
      setError(t('dash.save.failed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
      setConfirming(false);
      requestAnimationFrame(() => openRef.current?.focus());
    }
  };

  return (
    <section className="card stack tight" aria-labelledby="model-title">
      <h3 id="model-title">{t('dash.triage.model')}</h3>
      <p data-testid="corrections">
        {corrections === null ? t('dash.triage.counting') : plural(t, locale, 'dash.triage.corrections', corrections)}
      </p>
      <p className="muted small">{t('dash.triage.modelHint')}</p>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      {confirming ? (
        <div role="group" aria-labelledby="reset-question" className="confirm">
          <p id="reset-question">{plural(t, locale, 'dash.triage.confirm', corrections ?? 0)}</p>
          <div className="row">
            <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={() => void reset()}>
              {t('dash.triage.confirmReset')}
            </button>
            <button type="button" className="btn btn-small" ref={cancelRef} onClick={() => setConfirming(false)}>
              {t('dash.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button
            type="button"
            className="btn btn-small btn-danger"
            ref={openRef}
            // Nothing learned, nothing to forget.
            disabled={!corrections}
            onClick={() => {
              setDone(false);
              setConfirming(true);
            }}
          >
            {t('dash.triage.reset')}
          </button>
        </div>
      )}
      <p role="status" className="small">
        {done ? t('dash.triage.resetDone') : ''}
      </p>
    </section>
  );
}
