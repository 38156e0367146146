// The lead's editor: write or change a template, save it as a draft, approve it, retire it.
// Every write goes through the background, which checks the role and the text again; what it
// refuses is shown next to the field it is about and nothing is stored.
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { sendToBackground } from '../../lib/messaging/client';
import type { TemplateOutcome } from '../../lib/messaging/protocol';
import { LABELS, TEMPLATE_KINDS, type Label, type Template } from '../../lib/model';
import { formatTemplateProblem, type TemplateProblem, type VariableName } from '../../lib/templates';
import { useI18n } from '../i18n';
import { BodyPreview } from './body-preview';
import { EditorActions } from './editor-actions';
import {
  blankValues,
  insertAt,
  sameValues,
  sortProblems,
  toInput,
  valuesOf,
  type EditorValues,
  type FieldName,
} from './editor-values';
import { errorText } from './format';
import { LabelsField } from './labels-field';
import type { Notice } from './library-store';
import { TemplateMeta } from './template-meta';
import { VariablePicker } from './variable-picker';

interface Props {
  /** Undefined for a new template. */
  template: Template | undefined;
  /** Languages offered in the language field's suggestions. */
  languages: readonly string[];
  onSaved(id: string): void;
  onNotice(notice: Notice): void;
  onClose(): void;
}

export function TemplateEditor({ template, languages, onSaved, onNotice, onClose }: Props) {
  const { t, locale } = useI18n();
  const id = useId();
  const [values, setValues] = useState<EditorValues>(() => (template ? valuesOf(template) : blankValues(locale)));
  const [base, setBase] = useState(template);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const selection = useRef<{ start: number; end: number } | null>(null);
  const caretAfterInsert = useRef<number | null>(null);
  const focusInvalid = useRef(false);

  // The stored template moved on (our own save, an approval, an import): follow it unless the
  // lead has unsaved words that differ from both versions.
  if (template && base && template.updatedAt !== base.updatedAt) {
    setBase(template);
    if (sameValues(values, valuesOf(base)) || sameValues(values, valuesOf(template))) setValues(valuesOf(template));
  }

  const dirty = template ? !sameValues(values, valuesOf(template)) : true;
  const sorted = sortProblems(problems);
  const fieldError = (f: FieldName) => sorted.byField[f]?.map((p) => formatTemplateProblem(p, locale)).join(' ');

  useLayoutEffect(() => {
    const caret = caretAfterInsert.current;
    if (caret !== null && bodyRef.current) {
      caretAfterInsert.current = null;
      bodyRef.current.focus();
      bodyRef.current.setSelectionRange(caret, caret);
    }
    if (focusInvalid.current) {
      focusInvalid.current = false;
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  });

  const change = <K extends keyof EditorValues>(key: K, value: EditorValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    // A field being fixed no longer shows the old complaint.
    setProblems((ps) => ps.filter((p) => !sortProblems([p]).byField[key]));
  };

  const rememberSelection = () => {
    const el = bodyRef.current;
    if (el) selection.current = { start: el.selectionStart, end: el.selectionEnd };
  };

  const pickVariable = (name: VariableName) => {
    const at = selection.current ?? { start: values.body.length, end: values.body.length };
    const next = insertAt(values.body, at.start, at.end, `{{${name}}}`);
    selection.current = { start: next.caret, end: next.caret };
    caretAfterInsert.current = next.caret;
    change('body', next.text);
  };

  const toggleLabel = (label: Label, on: boolean) =>
    change('labels', on ? LABELS.filter((l) => l === label || values.labels.includes(l)) : values.labels.filter((l) => l !== label));

  async function run(action: () => Promise<TemplateOutcome>, done: (id: string) => void) {
    setBusy(true);
    try {
      const outcome = await action();
      if (outcome.ok) {
        setProblems([]);
        done(outcome.id);
      } else {
        setProblems(outcome.errors);
        focusInvalid.current = true;
      }
    } catch (err) {
      setProblems([]);
      onNotice({ tone: 'error', text: t('lib.failed', { error: errorText(err) }) });
    } finally {
      setBusy(false);
    }
  }

  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () => sendToBackground({ type: 'templateSave', ...(template ? { id: template.id } : {}), input: { ...toInput(values) } }),
      (savedId) => {
        onSaved(savedId);
        onNotice({ tone: 'ok', text: t('lib.editor.saved') });
      },
    );
  };

  const approve = () => {
    if (template)
      void run(
        () => sendToBackground({ type: 'templateApprove', id: template.id }),
        () => onNotice({ tone: 'ok', text: t('lib.editor.approved') }),
      );
  };

  const retire = () => {
    if (template)
      void run(
        () => sendToBackground({ type: 'templateRetire', id: template.id }),
        () => onNotice({ tone: 'ok', text: t('lib.editor.retired') }),
      );
  };

  const described = (f: FieldName, hint?: boolean) =>
    [hint ? `${id}-${f}-hint` : '', fieldError(f) ? `${id}-${f}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorLine = (f: FieldName) =>
    fieldError(f) && (
      <span id={`${id}-${f}-error`} className="error">
        {fieldError(f)}
      </span>
    );

  return (
    <form ref={formRef} className="stack lib-editor" aria-labelledby={`${id}-heading`} onSubmit={save} noValidate>
      <div className="spread">
        <h3 id={`${id}-heading`}>{template ? t('lib.editor.editHeading') : t('lib.editor.newHeading')}</h3>
        <button type="button" className="btn btn-small" onClick={onClose}>
          {t('lib.close')}
        </button>
      </div>
      {template && <TemplateMeta template={template} />}
      {template?.status === 'retired' && <p className="alert alert-warn small">{t('lib.editor.retiredNote')}</p>}

      <div className="field">
        <label htmlFor={`${id}-title`}>{t('lib.field.title')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={values.title}
          maxLength={120}
          aria-invalid={fieldError('title') ? true : undefined}
          aria-describedby={described('title')}
          onChange={(e) => change('title', e.target.value)}
        />
        {errorLine('title')}
      </div>

      <div className="field">
        <label htmlFor={`${id}-body`}>{t('lib.field.body')}</label>
        <textarea
          id={`${id}-body`}
          ref={bodyRef}
          rows={5}
          value={values.body}
          aria-invalid={fieldError('body') ? true : undefined}
          aria-describedby={described('body', true)}
          onChange={(e) => change('body', e.target.value)}
          onSelect={rememberSelection}
          onBlur={rememberSelection}
        />
        <span id={`${id}-body-hint`} className="hint">
          {t('lib.field.bodyHint')}
        </span>
        {errorLine('body')}
        <VariablePicker onPick={pickVariable} />
      </div>
      <BodyPreview body={values.body} kind={values.kind} showProblems={!fieldError('body')} />

      <div className="lib-two">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('lib.field.kind')}</label>
          <select
            id={`${id}-kind`}
            value={values.kind}
            aria-invalid={fieldError('kind') ? true : undefined}
            aria-describedby={described('kind')}
            onChange={(e) => change('kind', e.target.value as EditorValues['kind'])}
          >
            {TEMPLATE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`lib.kind.${k}`)}
              </option>
            ))}
          </select>
          {errorLine('kind')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('lib.field.lang')}</label>
          <input
            id={`${id}-lang`}
            type="text"
            list={`${id}-langs`}
            value={values.lang}
            maxLength={16}
            spellCheck={false}
            aria-invalid={fieldError('lang') ? true : undefined}
            aria-describedby={described('lang', true)}
            onChange={(e) => change('lang', e.target.value)}
          />
          <datalist id={`${id}-langs`}>
            {[...new Set(['en', 'fr', 'hr', ...languages])].map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
          <span id={`${id}-lang-hint`} className="hint">
            {t('lib.field.langHint')}
          </span>
          {errorLine('lang')}
        </div>
      </div>

      <LabelsField
        labels={values.labels}
        error={fieldError('labels')}
        errorId={`${id}-labels-error`}
        onToggle={toggleLabel}
      />

      {sorted.general.length > 0 && (
        <ul role="alert" className="alert alert-error lib-problems">
          {sorted.general.map((p, i) => (
            <li key={i}>{formatTemplateProblem(p, locale)}</li>
          ))}
        </ul>
      )}

      <EditorActions
        template={template}
        dirty={dirty}
        busy={busy}
        onApprove={approve}
        onRetire={retire}
        onDiscard={() => {
          if (template) setValues(valuesOf(template));
          setProblems([]);
        }}
      />
    </form>
  );
}
