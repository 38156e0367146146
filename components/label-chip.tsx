import type { Label } from '../lib/model';
import { useI18n } from './i18n-context';

export function LabelChip({ label }: { label: Label }) {
  const { t } = useI18n();
  return (
    <span className="label-chip" data-label={label}>
      {t(`label.${label}`)}
    </span>
  );
}
