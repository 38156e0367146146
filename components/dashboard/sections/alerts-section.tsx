import { useI18n } from '../../i18n';
import { TextField } from '../fields';
import { useSettingsForm } from '../settings-form';

/** The system notification before a crisis or complaint breaches: on or off, and how early. */
export function AlertsSection() {
  const { t } = useI18n();
  const { form, update } = useSettingsForm();
  return (
    <div className="stack">
      <label className="check switch-row">
        <input
          type="checkbox"
          role="switch"
          checked={form.alertsEnabled}
          aria-describedby="alerts-hint"
          onChange={(e) => update((f) => ({ ...f, alertsEnabled: e.target.checked }))}
        />
        <span>{t('dash.alerts.enabled')}</span>
      </label>
      <p id="alerts-hint" className="muted small">
        {t('dash.alerts.hint')}
      </p>
      <TextField
        fieldKey="alerts.leadMinutes"
        className="compact"
        label={t('dash.alerts.lead')}
        hint={t('dash.alerts.leadHint')}
        value={form.leadMinutes}
        inputMode="numeric"
        suffix={<span className="muted">{t('dash.alerts.minutes')}</span>}
        onChange={(leadMinutes) => update((f) => ({ ...f, leadMinutes }))}
      />
    </div>
  );
}
