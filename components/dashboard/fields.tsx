// Form controls wired for screen readers: every input has a label, its hint and its problem are
// announced with it (aria-describedby), and a problem marks it aria-invalid.
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import type { Row } from './form/rows';
import { rowKey } from './form/rows';
import { useSettingsForm } from './settings-form';

/** The DOM id of a field's input; the error and hint ids derive from it. */
export function domId(key: string): string {
  return `f-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export interface A11yProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  onBlur(): void;
}

/** Props that tie an input to its field key: id, invalid state, description, touched on blur. */
export function useFieldProps(key: string, hint?: boolean, inputId?: string): A11yProps {
  const { issueFor, touch } = useSettingsForm();
  const id = inputId ?? domId(key);
  const issue = issueFor(key);
  const described = [hint ? `${domId(key)}-hint` : null, issue ? `${domId(key)}-error` : null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': issue !== null, 'aria-describedby': described || undefined, onBlur: () => touch(key) };
}

export function FieldError({ fieldKey }: { fieldKey: string }) {
  const { issueFor } = useSettingsForm();
  const issue = issueFor(fieldKey);
  if (!issue) return null;
  return (
    <p id={`${domId(fieldKey)}-error`} className="error">
      {issue}
    </p>
  );
}

export function Hint({ fieldKey, children }: { fieldKey: string; children: ReactNode }) {
  return (
    <p id={`${domId(fieldKey)}-hint`} className="hint">
      {children}
    </p>
  );
}

/**
 * Focus for an element that the next render creates (a new list row): moved right after React
 * commits it, before the agent's next keystroke can land elsewhere.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}

interface TextFieldProps {
  fieldKey: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  className?: string;
  list?: string;
  suffix?: ReactNode;
}

export function TextField({ fieldKey, label, hint, value, onChange, placeholder, inputMode, className, list, suffix }: TextFieldProps) {
  const a11y = useFieldProps(fieldKey, hint !== undefined);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={a11y.id}>{label}</label>
      <div className="row">
        <input
          type="text"
          {...a11y}
          value={value}
          placeholder={placeholder}
          inputMode={inputMode}
          list={list}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
        {suffix}
      </div>
      {hint !== undefined && <Hint fieldKey={fieldKey}>{hint}</Hint>}
      <FieldError fieldKey={fieldKey} />
    </div>
  );
}

interface ListEditorProps {
  /** Heading of the list, also the group's accessible name. */
  legend: string;
  hint?: ReactNode;
  rows: Row[];
  onChange(rows: Row[]): void;
  listKey: string;
  rowFieldKey(row: string): string;
  /** Accessible name of the n-th input (1-based). */
  itemLabel(n: number): string;
  removeLabel(value: string, n: number): string;
  addLabel: string;
  placeholder?: string;
  inputType?: 'text' | 'date';
  className?: string;
}

/**
 * An editable list of short texts. Enter in a row adds the next one; Backspace in an empty row
 * removes it. Focus follows, so the list works from the keyboard alone.
 */
export function ListEditor(p: ListEditorProps) {
  const { t } = useI18n();
  const { touch } = useSettingsForm();
  const focusLater = useFocusAfterRender();
  const focusRow = (key: string) => focusLater(domId(p.rowFieldKey(key)));

  const add = (after?: number) => {
    const row = { key: rowKey(), value: '' };
    const rows = [...p.rows];
    rows.splice(after === undefined ? rows.length : after + 1, 0, row);
    p.onChange(rows);
    touch(p.listKey);
    focusRow(row.key);
  };
  const remove = (index: number, focusPrevious: boolean) => {
    const rows = p.rows.filter((_, i) => i !== index);
    p.onChange(rows);
    const neighbour = rows[focusPrevious ? index - 1 : index] ?? rows[index - 1];
    if (neighbour) focusRow(neighbour.key);
    else focusLater(`${domId(p.listKey)}-add`);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, index: number, value: string) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add(index);
    } else if (e.key === 'Backspace' && value === '' && p.rows.length > 0) {
      e.preventDefault();
      remove(index, true);
    }
  };

  return (
    <fieldset className={`list-editor ${p.className ?? ''}`}>
      <legend>{p.legend}</legend>
      {p.hint !== undefined && <Hint fieldKey={p.listKey}>{p.hint}</Hint>}
      {p.rows.length === 0 && <p className="muted small">{t('dash.list.empty')}</p>}
      <ul>
        {p.rows.map((row, i) => (
          <ListRow
            key={row.key}
            row={row}
            fieldKey={p.rowFieldKey(row.key)}
            label={p.itemLabel(i + 1)}
            removeLabel={p.removeLabel(row.value, i + 1)}
            placeholder={p.placeholder}
            inputType={p.inputType ?? 'text'}
            onChange={(value) => p.onChange(p.rows.map((r) => (r.key === row.key ? { ...r, value } : r)))}
            onRemove={() => remove(i, false)}
            onKeyDown={(e) => onKeyDown(e, i, row.value)}
          />
        ))}
      </ul>
      <FieldError fieldKey={p.listKey} />
      <button type="button" id={`${domId(p.listKey)}-add`} className="btn btn-small list-add" onClick={() => add()}>
        + {p.addLabel}
      </button>
    </fieldset>
  );
}

interface ListRowProps {
  row: Row;
  fieldKey: string;
  label: string;
  removeLabel: string;
  placeholder?: string;
  inputType: 'text' | 'date';
  onChange(value: string): void;
  onRemove(): void;
  onKeyDown(e: KeyboardEvent<HTMLInputElement>): void;
}

function ListRow(p: ListRowProps) {
  const a11y = useFieldProps(p.fieldKey);
  return (
    <li>
      <div className="row">
        <input
          type={p.inputType}
          {...a11y}
          aria-label={p.label}
          value={p.row.value}
          placeholder={p.placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => p.onChange(e.target.value)}
          onKeyDown={p.onKeyDown}
        />
        <button type="button" className="btn btn-small btn-icon" aria-label={p.removeLabel} title={p.removeLabel} onClick={p.onRemove}>
          ×
        </button>
      </div>
      <FieldError fieldKey={p.fieldKey} />
    </li>
  );
}
