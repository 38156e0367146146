import { useI18n } from '../../i18n';
import { domId, FieldError, useFieldProps } from '../fields';
import { fieldKey } from '../form/convert';
import type { DayForm } from '../form/model';
import { useSettingsForm } from '../settings-form';
import { useFormatLocale } from '../../format-locale';

/** Monday first: the week as the teams Careline serves read it. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;
/** A Sunday, to name weekdays through Intl. */
const A_SUNDAY = Date.UTC(2026, 10, 22);

export function weekdayName(day: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(A_SUNDAY + day * 86_400_000);
}

/** As a row heading: French and Croatian write weekdays in lower case within a sentence only. */
function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** Opening hours per weekday: open or closed, and from when to when. */
export function WeekHours() {
  const { t } = useI18n();
  return (
    <fieldset className="week">
      <legend>{t('dash.sla.hours')}</legend>
      <table className="table">
        <tbody>
          {WEEK_ORDER.map((day) => (
            <DayRow key={day} day={day} />
          ))}
        </tbody>
      </table>
      <FieldError fieldKey="sla.businessHours" />
    </fieldset>
  );
}

function DayRow({ day }: { day: number }) {
  const { t } = useI18n();
  const locale = useFormatLocale();
  const { form, update, touch } = useSettingsForm();
  const d = form.week[day]!;
  const key = fieldKey.day(day);
  const name = weekdayName(day, locale);
  const start = useFieldProps(key, false, `${domId(key)}-start`);
  const end = useFieldProps(key, false, `${domId(key)}-end`);
  const set = (change: Partial<DayForm>) =>
    update((f) => ({ ...f, week: f.week.map((w, i) => (i === day ? { ...w, ...change } : w)) }));
  return (
    <tr>
      <th scope="row">
        <label className="check">
          <input
            type="checkbox"
            checked={d.open}
            aria-label={t('dash.sla.openOn', { day: name })}
            onChange={(e) => {
              set({ open: e.target.checked });
              touch('sla.businessHours');
            }}
          />
          <span aria-hidden="true">{capitalise(name, locale)}</span>
        </label>
      </th>
      <td>
        {d.open ? (
          <div className="row">
            <input
              type="text"
              className="time"
              inputMode="numeric"
              maxLength={5}
              {...start}
              aria-label={t('dash.sla.opensAt', { day: name })}
              value={d.start}
              placeholder="09:00"
              onChange={(e) => set({ start: e.target.value })}
            />
            <span aria-hidden="true">–</span>
            <input
              type="text"
              className="time"
              inputMode="numeric"
              maxLength={5}
              {...end}
              aria-label={t('dash.sla.closesAt', { day: name })}
              value={d.end}
              placeholder="17:00"
              onChange={(e) => set({ end: e.target.value })}
            />
          </div>
        ) : (
          <span className="muted">{t('dash.sla.closed')}</span>
        )}
        <FieldError fieldKey={key} />
      </td>
    </tr>
  );
}
