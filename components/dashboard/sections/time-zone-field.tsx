import { useMemo } from 'react';
import { useI18n } from '../../i18n';
import { useNow } from '../../hooks/use-now';
import { isValidTimeZone } from '../../../lib/sla';
import { TextField } from '../fields';
import { useSettingsForm } from '../settings-form';
import { useFormatLocale } from '../../format-locale';

/** Every zone the browser knows, UTC first (V8 leaves it out of the list, yet accepts it). */
function knownZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The zone business hours and holidays are in: type to search the browser's list (a native
 * datalist, so it filters as you type and works from the keyboard), with the time there now as a check.
 */
export function TimeZoneField() {
  const { t } = useI18n();
  const locale = useFormatLocale();
  const { form, update } = useSettingsForm();
  const zones = useMemo(() => knownZones(), []);
  const now = useNow(30_000);
  const zone = form.timeZone.trim();
  const here = localZone();
  const nowThere = isValidTimeZone(zone)
    ? new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: zone }).format(now)
    : null;
  return (
    <div className="stack tight">
      <TextField
        fieldKey="sla.timeZone"
        className="narrow"
        label={t('dash.sla.timeZone')}
        hint={nowThere ? t('dash.sla.zoneNow', { time: nowThere }) : t('dash.sla.zoneHint')}
        value={form.timeZone}
        list="careline-zones"
        placeholder="Europe/Zagreb"
        onChange={(timeZone) => update((f) => ({ ...f, timeZone }))}
        suffix={
          here && here !== zone ? (
            <button type="button" className="btn btn-small" onClick={() => update((f) => ({ ...f, timeZone: here }))}>
              {t('dash.sla.useLocalZone', { zone: here })}
            </button>
          ) : undefined
        }
      />
      <datalist id="careline-zones">
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </div>
  );
}
