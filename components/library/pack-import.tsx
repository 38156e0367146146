// Bringing a pack in, in two steps: read the file and show what it would do (or everything
// that is wrong with it), then write it all at once when the lead says so. The background
// plans and writes in one transaction, so a bad file, or Cancel, changes nothing.
import { useId, useRef, useState } from 'react';
import { sendToBackground } from '../../lib/messaging/client';
import type { ImportSummary } from '../../lib/messaging/protocol';
import { formatTemplateProblem, MAX_PACK_BYTES, type TemplateProblem } from '../../lib/templates';
import { useI18n } from '../i18n';
import { errorText } from './format';
import { ImportPlanView } from './import-plan-view';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string }
  | { kind: 'plan'; file: string; text: string; summary: ImportSummary }
  | { kind: 'invalid'; file: string; problems: TemplateProblem[] }
  | { kind: 'failed'; message: string }
  | { kind: 'applying'; file: string; text: string; summary: ImportSummary }
  | { kind: 'done'; summary: ImportSummary };

/** Shown in full up to this many; a broken export can have hundreds of the same mistake. */
const MAX_LISTED = 20;

export function PackImport() {
  const { t, locale } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function read(file: File) {
    if (file.size > MAX_PACK_BYTES) {
      setStep({ kind: 'invalid', file: file.name, problems: [{ code: 'pack_too_large', size: file.size, max: MAX_PACK_BYTES }] });
      return;
    }
    setStep({ kind: 'reading', file: file.name });
    try {
      const text = await file.text();
      const outcome = await sendToBackground({ type: 'templatesImport', text, apply: false });
      setStep(
        outcome.ok
          ? { kind: 'plan', file: file.name, text, summary: outcome.summary }
          : { kind: 'invalid', file: file.name, problems: outcome.errors },
      );
    } catch (err) {
      setStep({ kind: 'failed', message: t('lib.failed', { error: errorText(err) }) });
    }
  }

  async function apply(file: string, text: string, summary: ImportSummary) {
    setStep({ kind: 'applying', file, text, summary });
    try {
      const outcome = await sendToBackground({ type: 'templatesImport', text, apply: true });
      setStep(outcome.ok ? { kind: 'done', summary: outcome.summary } : { kind: 'invalid', file, problems: outcome.errors });
    } catch (err) {
      setStep({ kind: 'failed', message: t('lib.failed', { error: errorText(err) }) });
    }
  }

  const close = () => {
    setStep({ kind: 'idle' });
    input.current?.focus();
  };

  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => input.current?.click()}>
        {t('lib.import.choose')}
      </button>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('lib.import.file')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // The same file can be chosen again after a fix or a cancel.
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      {step.kind !== 'idle' && (
        <section className="card stack lib-import" aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`}>
            {'file' in step ? t('lib.import.titleFile', { file: step.file }) : t('lib.import.title')}
          </h3>
          {step.kind === 'reading' && <p role="status">{t('lib.import.reading')}</p>}
          {step.kind === 'failed' && (
            <p role="alert" className="alert alert-error">
              {step.message}
            </p>
          )}
          {step.kind === 'invalid' && (
            <div role="alert" className="alert alert-error">
              <p>
                <strong>{t('lib.import.invalid')}</strong>
              </p>
              <ul className="lib-problems">
                {step.problems.slice(0, MAX_LISTED).map((p, i) => (
                  <li key={i}>{formatTemplateProblem(p, locale)}</li>
                ))}
              </ul>
              {step.problems.length > MAX_LISTED && <p>{t('lib.import.more', { count: step.problems.length - MAX_LISTED })}</p>}
            </div>
          )}
          {(step.kind === 'plan' || step.kind === 'applying') && <ImportPlanView summary={step.summary} />}
          {step.kind === 'done' && (
            <p role="status" className="alert alert-ok">
              {t('lib.import.applied', { added: step.summary.add.length, updated: step.summary.update.length })}
            </p>
          )}
          <div className="row">
            {(step.kind === 'plan' || step.kind === 'applying') && (
              <button
                type="button"
                className="btn btn-primary"
                disabled={step.kind === 'applying' || step.summary.add.length + step.summary.update.length === 0}
                onClick={() => void apply(step.file, step.text, step.summary)}
              >
                {t('lib.import.apply', { count: step.summary.add.length + step.summary.update.length })}
              </button>
            )}
            <button type="button" className="btn" onClick={close}>
              {step.kind === 'plan' || step.kind === 'applying' ? t('lib.cancel') : t('lib.close')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
