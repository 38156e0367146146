import { useI18n } from '../../i18n';
import { LabelChip } from '../../label-chip';
import { useNow } from '../../hooks/use-now';
import { LABELS, type Label, type SlaPolicy } from '../../../lib/model';
import { computeDeadline, formatDuration } from '../../../lib/sla';
import { FieldError, useFieldProps } from '../fields';
import { fieldKey, LIMITS } from '../form/convert';
import { parseWholeNumber } from '../form/parse';
import { useSettingsForm } from '../settings-form';
import { useFormatLocale } from '../../format-locale';

/**
 * Minutes to first response per label, each with its length in hours or days and, live, when a
 * post of that label arriving now would be due under the policy being edited.
 */
export function SlaTargets() {
  const { t } = useI18n();
  const { conversion } = useSettingsForm();
  const now = useNow(30_000);
  return (
    <table className="table targets">
      <caption className="visually-hidden">{t('dash.sla.targets')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dash.sla.label')}</th>
          <th scope="col">{t('dash.sla.minutes')}</th>
          <th scope="col">{t('dash.sla.example')}</th>
        </tr>
      </thead>
      <tbody>
        {LABELS.map((label) => (
          <TargetRow key={label} label={label} policy={conversion.policy} now={now} />
        ))}
      </tbody>
    </table>
  );
}

function TargetRow({ label, policy, now }: { label: Label; policy: SlaPolicy | null; now: number }) {
  const { t } = useI18n();
  const locale = useFormatLocale();
  const { form, update } = useSettingsForm();
  const key = fieldKey.target(label);
  const a11y = useFieldProps(key, true);
  const text = form.targets[label];
  const minutes = parseWholeNumber(text, 1, LIMITS.targetMinutes);
  const helper = text.trim() === '' ? t('dash.sla.noResponse') : minutes !== null && minutes >= 60 ? `= ${formatDuration(minutes * 60_000, locale)}` : '';
  return (
    <tr>
      <th scope="row">
        <LabelChip label={label} />
      </th>
      <td>
        <div className="row">
          <input
            type="text"
            className="minutes"
            inputMode="numeric"
            {...a11y}
            aria-label={t('dash.sla.minutesFor', { label: t(`label.${label}`) })}
            value={text}
            placeholder="–"
            autoComplete="off"
            onChange={(e) => update((f) => ({ ...f, targets: { ...f.targets, [label]: e.target.value } }))}
          />
          <span id={`${a11y.id}-hint`} className="muted small helper">
            {helper}
          </span>
        </div>
        <FieldError fieldKey={key} />
      </td>
      <td className="small">
        <DueExample label={label} policy={policy} now={now} />
      </td>
    </tr>
  );
}

/** A wait in whole minutes: seconds are noise when the target is minutes. */
function waitText(ms: number, locale: string): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes >= 60) return formatDuration(ms, locale);
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'narrow' }).format(minutes);
}

function DueExample({ label, policy, now }: { label: Label; policy: SlaPolicy | null; now: number }) {
  const { t } = useI18n();
  const locale = useFormatLocale();
  if (!policy) return <span className="muted">{t('dash.sla.exampleInvalid')}</span>;
  const { deadline } = computeDeadline(now, label, policy);
  if (deadline === null) return <span className="muted">–</span>;
  const when = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    // Around the clock the zone decides nothing: show the agent's own time.
    timeZone: policy.businessHours ? policy.timeZone : undefined,
  }).format(deadline);
  return <span data-testid={`due-${label}`}>{t('dash.sla.dueAt', { when, wait: waitText(deadline - now, locale) })}</span>;
}
