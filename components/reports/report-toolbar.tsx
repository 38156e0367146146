// Range, time zone, refresh and the mentions CSV, above both reports sections. The report is "as
// of" a moment: the line says when, and Refresh reads the database again.
import { useId, useMemo, useState } from 'react';
import { db } from '../../lib/db/database';
import { mentionsCsv } from '../../lib/reports/mention-csv';
import { RANGE_PRESETS, type RangePreset } from '../../lib/reports/range';
import type { ReportParams } from '../../lib/reports/report-builder';
import { useI18n } from '../i18n';
import { useFormatLocale } from '../format-locale';
import { downloadBlob } from '../download';
import { useReportPrefs, zoneOf, ZONE_CHOICES, type ZoneChoice } from './report-prefs';
import { reportContextValue } from './report-context';
import type { ReportState } from './use-report';

interface Props {
  state: ReportState;
  policyZone: string;
  refresh(): void;
}

export function ReportToolbar({ state, policyZone, refresh }: Props) {
  const { t } = useI18n();
  const locale = useFormatLocale();
  const prefs = useReportPrefs();
  const rangeId = useId();
  const zoneId = useId();
  const fromId = useId();
  const toId = useId();
  const [exporting, setExporting] = useState<string | null>(null);
  const asOf = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const ready = state.status === 'ready' ? state : null;

  async function exportMentions(params: ReportParams) {
    setExporting(t('rep.csv.working'));
    try {
      const { blob, rows } = await mentionsCsv(db(), params);
      downloadBlob(blob, reportContextValue(ready!.report, params).fileName('mentions'));
      setExporting(t('rep.csv.done', { n: rows }));
    } catch (err) {
      setExporting(t('rep.csv.failed', { error: err instanceof Error ? err.message : String(err) }));
    }
  }

  return (
    <div className="rep-toolbar">
      <div className="field">
        <label htmlFor={rangeId}>{t('rep.range')}</label>
        <select id={rangeId} className="auto" value={prefs.range.preset} onChange={(e) => prefs.set({ range: { ...prefs.range, preset: e.target.value as RangePreset } })}>
          {RANGE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`rep.range.${p}`)}
            </option>
          ))}
        </select>
      </div>
      {prefs.range.preset === 'custom' && (
        <>
          <div className="field">
            <label htmlFor={fromId}>{t('rep.range.from')}</label>
            <input id={fromId} type="date" value={prefs.range.fromDate ?? ''} onChange={(e) => prefs.set({ range: { ...prefs.range, fromDate: e.target.value || undefined } })} />
          </div>
          <div className="field">
            <label htmlFor={toId}>{t('rep.range.to')}</label>
            <input id={toId} type="date" value={prefs.range.toDate ?? ''} onChange={(e) => prefs.set({ range: { ...prefs.range, toDate: e.target.value || undefined } })} />
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={zoneId}>{t('rep.zone')}</label>
        <select id={zoneId} className="auto" value={prefs.zone} onChange={(e) => prefs.set({ zone: e.target.value as ZoneChoice })}>
          {ZONE_CHOICES.map((z) => (
            <option key={z} value={z}>
              {t(`rep.zone.${z}`, { zone: zoneOf(z, policyZone) })}
            </option>
          ))}
        </select>
      </div>
      <div className="rep-toolbar-actions">
        <button type="button" className="btn btn-small" onClick={refresh} disabled={state.status === 'loading'}>
          {t('rep.refresh')}
        </button>
        <button type="button" className="btn btn-small btn-primary" disabled={!ready || exporting === t('rep.csv.working')} onClick={() => ready && void exportMentions(ready.params)}>
          {t('rep.csv.mentions')}
        </button>
      </div>
      <p className="rep-status small muted" role="status">
        {state.status === 'loading' && t('rep.loading', { pct: Math.round(state.progress * 100) })}
        {state.status === 'invalid' && t('rep.range.invalid')}
        {state.status === 'error' && t('rep.failed', { error: state.message })}
        {ready && (
          <span data-as-of={ready.report.now} data-from={ready.report.from} data-to={ready.report.to}>{t('rep.asOf', { time: asOf.format(ready.report.now), zone: ready.report.timeZone })}</span>
        )}
        {exporting && <span> · {exporting}</span>}
      </p>
    </div>
  );
}
