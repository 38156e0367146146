import { useI18n } from '../../i18n';
import { ListEditor, TextField } from '../fields';
import { fieldKey } from '../form/convert';
import { SlaTargets } from './sla-targets';
import { TimeZoneField } from './time-zone-field';
import { WeekHours } from './week-hours';
import { useSettingsForm } from '../settings-form';

/** First-response targets, when the clock runs, and the team's goal. */
export function SlaSection() {
  const { t } = useI18n();
  const { form, update } = useSettingsForm();
  return (
    <div className="stack">
      <section aria-labelledby="targets-title" className="stack tight">
        <h3 id="targets-title">{t('dash.sla.targets')}</h3>
        <p className="muted small">{t('dash.sla.targetsHint')}</p>
        <SlaTargets />
      </section>
      <div className="grid-2">
        <TextField
          fieldKey="sla.dueSoonShare"
          className="compact"
          label={t('dash.sla.dueSoon')}
          hint={t('dash.sla.dueSoonHint')}
          value={form.dueSoonPercent}
          inputMode="decimal"
          suffix={<span aria-hidden="true">%</span>}
          onChange={(dueSoonPercent) => update((f) => ({ ...f, dueSoonPercent }))}
        />
        <TextField
          fieldKey="attainmentGoal"
          className="compact"
          label={t('dash.sla.goal')}
          hint={t('dash.sla.goalHint')}
          value={form.attainmentPercent}
          inputMode="decimal"
          suffix={<span aria-hidden="true">%</span>}
          onChange={(attainmentPercent) => update((f) => ({ ...f, attainmentPercent }))}
        />
      </div>
      <section aria-labelledby="clock-title" className="stack tight">
        <h3 id="clock-title">{t('dash.sla.clock')}</h3>
        <div role="radiogroup" aria-labelledby="clock-title" className="row wrap segmented">
          <label className="check">
            <input
              type="radio"
              name="clock"
              checked={form.aroundTheClock}
              onChange={() => update((f) => ({ ...f, aroundTheClock: true }))}
            />
            {t('dash.sla.aroundTheClock')}
          </label>
          <label className="check">
            <input
              type="radio"
              name="clock"
              checked={!form.aroundTheClock}
              onChange={() => update((f) => ({ ...f, aroundTheClock: false }))}
            />
            {t('dash.sla.businessHours')}
          </label>
        </div>
        <p className="muted small">{form.aroundTheClock ? t('dash.sla.aroundTheClockHint') : t('dash.sla.businessHoursHint')}</p>
        {!form.aroundTheClock && (
          <>
            <WeekHours />
            <TimeZoneField />
            <ListEditor
              legend={t('dash.sla.holidays')}
              hint={t('dash.sla.holidaysHint')}
              rows={form.holidays}
              onChange={(holidays) => update((f) => ({ ...f, holidays }))}
              listKey="holidays"
              rowFieldKey={fieldKey.holiday}
              itemLabel={(n) => t('dash.sla.holidayN', { n })}
              removeLabel={(v, n) => t('dash.list.remove', { item: v.trim() || t('dash.sla.holidayN', { n }) })}
              addLabel={t('dash.sla.addHoliday')}
              inputType="date"
              className="dates"
            />
          </>
        )}
      </section>
    </div>
  );
}
