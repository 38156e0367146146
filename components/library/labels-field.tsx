import { LABELS, type Label } from '../../lib/model';
import { useI18n } from '../i18n';
import { LabelChip } from '../label-chip';

interface Props {
  labels: readonly Label[];
  error: string | undefined;
  errorId: string;
  onToggle(label: Label, on: boolean): void;
}

/** The labels a template fits, as a group of checkboxes named by label. */
export function LabelsField({ labels, error, errorId, onToggle }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="lib-labels" aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}>
      <legend>{t('lib.field.labels')}</legend>
      <div className="row wrap">
        {LABELS.map((l) => (
          <label key={l} className="lib-check">
            <input type="checkbox" checked={labels.includes(l)} onChange={(e) => onToggle(l, e.target.checked)} />
            <LabelChip label={l} />
          </label>
        ))}
      </div>
      {error && (
        <span id={errorId} className="error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
