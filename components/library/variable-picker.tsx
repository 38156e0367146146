import { useId } from 'react';
import { VARIABLES, VARIABLE_DESCRIPTIONS, type VariableName } from '../../lib/templates';
import { useI18n } from '../i18n';

/** One button per variable; each puts `{{name}}` at the body's caret. */
export function VariablePicker({ onPick }: { onPick(name: VariableName): void }) {
  const { t, locale } = useI18n();
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-label`} className="lib-vars">
      <span id={`${id}-label`} className="small muted">
        {t('lib.editor.variables')}
      </span>
      {VARIABLES.map((v) => (
        <span key={v.name}>
          <button
            type="button"
            className="lib-var-btn"
            title={VARIABLE_DESCRIPTIONS[locale][v.name]}
            aria-label={t('lib.editor.insertVariable', { name: `{{${v.name}}}` })}
            aria-describedby={`${id}-${v.name}`}
            onClick={() => onPick(v.name)}
          >
            {`{{${v.name}}}`}
          </button>
          <span id={`${id}-${v.name}`} className="visually-hidden">
            {VARIABLE_DESCRIPTIONS[locale][v.name]}
          </span>
        </span>
      ))}
    </div>
  );
}
