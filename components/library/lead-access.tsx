// The lead role's door: set the first passphrase, unlock, change it, lock again. The role
// lives in the background for this browser session; this only asks for it.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { sendToBackground } from '../../lib/messaging/client';
import type { LeadOutcome } from '../../lib/messaging/protocol';
import { formatTemplateProblem, MIN_PASSPHRASE_LENGTH, type TemplateProblem } from '../../lib/templates';
import { useI18n } from '../i18n';
import { errorText } from './format';
import { PassphraseField } from './passphrase-field';
import type { RoleAccess } from './use-role';

type Mode = 'unlock' | 'set' | 'change';
type FieldKey = 'current' | 'next' | 'repeat' | 'general';

/** Which field a refusal belongs to, in the form that is open. */
function fieldOf(problem: TemplateProblem, mode: Mode): FieldKey {
  if (problem.code === 'passphrase_too_short') return mode === 'unlock' ? 'current' : 'next';
  if (problem.code === 'wrong_passphrase') return 'current';
  return 'general';
}

export function LeadAccess({ access }: { access: RoleAccess }) {
  const { t, locale } = useI18n();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  // A refused passphrase puts the caret back where the fix goes.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const isLead = access.role === 'lead';
  const mode: Mode = isLead ? 'change' : access.hasLead ? 'unlock' : 'set';

  const reset = () => {
    setCurrent('');
    setNext('');
    setRepeat('');
    setErrors({});
  };
  const toggle = () => {
    reset();
    setStatus('');
    setOpen((o) => !o);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (mode !== 'unlock' && next !== repeat) {
      setErrors({ repeat: t('lib.access.mismatch') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const outcome: LeadOutcome =
        mode === 'unlock'
          ? await sendToBackground({ type: 'leadUnlock', passphrase: current })
          : await sendToBackground({ type: 'leadSetPassphrase', next, ...(mode === 'change' ? { current } : {}) });
      if (!outcome.ok) {
        const found: Partial<Record<FieldKey, string>> = {};
        for (const p of outcome.errors) {
          const key = fieldOf(p, mode);
          found[key] = [found[key], formatTemplateProblem(p, locale)].filter(Boolean).join(' ');
        }
        setErrors(found);
        return;
      }
      reset();
      setOpen(false);
      setStatus(t(mode === 'change' ? 'lib.access.changed' : 'lib.access.unlocked'));
      await access.refresh();
    } catch (err) {
      setErrors({ general: t('lib.failed', { error: errorText(err) }) });
    } finally {
      setBusy(false);
    }
  }

  async function lock() {
    try {
      await sendToBackground({ type: 'leadLock' });
      setOpen(false);
      reset();
      setStatus(t('lib.access.locked'));
      await access.refresh();
    } catch (err) {
      setStatus(t('lib.failed', { error: errorText(err) }));
    }
  }

  const minHint = t('lib.access.minLength', { min: MIN_PASSPHRASE_LENGTH });
  return (
    <div className="lib-access">
      <div className="row wrap lib-access-bar">
        <span className="lib-role" data-role={access.role}>
          {t(isLead ? 'lib.access.roleLead' : 'lib.access.roleAgent')}
        </span>
        {isLead ? (
          <>
            <button type="button" className="btn btn-small" aria-expanded={open} aria-controls={formId} onClick={toggle}>
              {t('lib.access.change')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => void lock()}>
              {t('lib.access.lock')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="btn btn-small btn-primary"
            aria-expanded={open}
            aria-controls={formId}
            disabled={!access.loaded}
            onClick={toggle}
          >
            {t('lib.access.unlockTools')}
          </button>
        )}
      </div>
      <p role="status" className="small muted lib-access-status">
        {status}
      </p>
      {open && (
        <form ref={formRef} id={formId} className="card stack lib-access-form" onSubmit={(e) => void submit(e)} noValidate>
          <p className="small">{t(`lib.access.intro.${mode}`)}</p>
          {mode !== 'set' && (
            <PassphraseField
              label={t(mode === 'unlock' ? 'lib.access.passphrase' : 'lib.access.current')}
              value={current}
              onChange={setCurrent}
              error={errors.current}
              autoComplete="current-password"
              autoFocus
            />
          )}
          {mode !== 'unlock' && (
            <>
              <PassphraseField
                label={t('lib.access.next')}
                value={next}
                onChange={setNext}
                error={errors.next}
                hint={minHint}
                autoComplete="new-password"
                autoFocus={mode === 'set'}
              />
              <PassphraseField
                label={t('lib.access.repeat')}
                value={repeat}
                onChange={setRepeat}
                error={errors.repeat}
                autoComplete="new-password"
              />
            </>
          )}
          {errors.general && (
            <p role="alert" className="alert alert-error">
              {errors.general}
            </p>
          )}
          <div className="row">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? t('lib.access.checking') : t(`lib.access.submit.${mode}`)}
            </button>
            <button type="button" className="btn" onClick={toggle}>
              {t('lib.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
