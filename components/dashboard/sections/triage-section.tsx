import type { KeyboardEvent } from 'react';
import { useI18n } from '../../i18n';
import { LABELS, type Label } from '../../../lib/model';
import { FieldError, Hint, TextField, domId, useFieldProps, useFocusAfterRender } from '../fields';
import { fieldKey, LIMITS } from '../form/convert';
import type { RuleForm } from '../form/model';
import { rowKey, type Row } from '../form/rows';
import { useSettingsForm } from '../settings-form';
import { LearnedModel } from './learned-model';

/** The brand's own keyword rules, and what the local model has learned from the team. */
export function TriageSection() {
  const { t } = useI18n();
  return (
    <div className="stack">
      <p className="muted small">{t('dash.triage.private')}</p>
      <UnsureThreshold />
      <RuleList />
      <LearnedModel />
    </div>
  );
}

/** Below this confidence the chip on X is hollow and asks "?": the agent checks before trusting it. */
function UnsureThreshold() {
  const { t } = useI18n();
  const { form, update } = useSettingsForm();
  return (
    <TextField
      fieldKey="lowConfidenceBelow"
      className="compact"
      label={t('dash.triage.unsure')}
      hint={t('dash.triage.unsureHint')}
      value={form.unsurePercent}
      inputMode="decimal"
      suffix={<span aria-hidden="true">%</span>}
      onChange={(unsurePercent) => update((f) => ({ ...f, unsurePercent }))}
    />
  );
}

function RuleList() {
  const { t } = useI18n();
  const { form, update, touch } = useSettingsForm();
  const focusLater = useFocusAfterRender();
  const rules = form.labelRules;
  const setRules = (labelRules: Row<RuleForm>[]) => update((f) => ({ ...f, labelRules }));
  const focusRow = (key: string) => focusLater(domId(fieldKey.rule(key)));

  const add = (after?: number) => {
    const row: Row<RuleForm> = { key: rowKey(), value: { phrase: '', label: 'crisis' } };
    const next = [...rules];
    next.splice(after === undefined ? next.length : after + 1, 0, row);
    setRules(next);
    touch('labelRules');
    focusRow(row.key);
  };
  const remove = (index: number) => {
    const next = rules.filter((_, i) => i !== index);
    setRules(next);
    const neighbour = next[index] ?? next[index - 1];
    if (neighbour) focusRow(neighbour.key);
    else focusLater('add-rule');
  };
  const set = (key: string, change: Partial<RuleForm>) =>
    setRules(rules.map((r) => (r.key === key ? { ...r, value: { ...r.value, ...change } } : r)));

  return (
    <fieldset className="list-editor rules">
      <legend>{t('dash.triage.rules')}</legend>
      <Hint fieldKey="labelRules">{t('dash.triage.rulesHint', { max: LIMITS.rules })}</Hint>
      {rules.length === 0 && <p className="muted small">{t('dash.triage.noRules')}</p>}
      <ul>
        {rules.map((row, i) => (
          <RuleRow
            key={row.key}
            row={row}
            n={i + 1}
            onChange={(change) => set(row.key, change)}
            onRemove={() => remove(i)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add(i);
              } else if (e.key === 'Backspace' && row.value.phrase === '') {
                e.preventDefault();
                remove(i);
              }
            }}
          />
        ))}
      </ul>
      <FieldError fieldKey="labelRules" />
      <button type="button" id="add-rule" className="btn btn-small list-add" onClick={() => add()}>
        + {t('dash.triage.addRule')}
      </button>
    </fieldset>
  );
}

interface RuleRowProps {
  row: Row<RuleForm>;
  n: number;
  onChange(change: Partial<RuleForm>): void;
  onRemove(): void;
  onKeyDown(e: KeyboardEvent<HTMLInputElement>): void;
}

function RuleRow({ row, n, onChange, onRemove, onKeyDown }: RuleRowProps) {
  const { t } = useI18n();
  const key = fieldKey.rule(row.key);
  const a11y = useFieldProps(key);
  const phrase = row.value.phrase.trim();
  return (
    <li>
      <div className="row">
        <input
          type="text"
          {...a11y}
          aria-label={t('dash.triage.phraseN', { n })}
          value={row.value.phrase}
          placeholder={t('dash.triage.phrasePlaceholder')}
          autoComplete="off"
          onChange={(e) => onChange({ phrase: e.target.value })}
          onKeyDown={onKeyDown}
        />
        <span aria-hidden="true" className="muted">
          →
        </span>
        <select
          className="label-select"
          aria-label={t('dash.triage.labelN', { n })}
          value={row.value.label}
          onChange={(e) => onChange({ label: e.target.value as Label })}
        >
          {LABELS.map((l) => (
            <option key={l} value={l}>
              {t(`label.${l}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-small btn-icon"
          aria-label={t('dash.list.remove', { item: phrase || t('dash.triage.phraseN', { n }) })}
          title={t('dash.list.remove', { item: phrase || t('dash.triage.phraseN', { n }) })}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      <FieldError fieldKey={key} />
    </li>
  );
}
