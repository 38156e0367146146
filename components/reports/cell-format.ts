// How report values read on the page, in the agent's language: counts with separators, ratios
// as percentages, durations as the SLA timers write them, days as short dates. Column titles
// and coded values (labels, age buckets, weekdays) are translated here.
import { useMemo } from 'react';
import type { MessageKey, Translate } from '../../lib/i18n/translate';
import { LABELS, type Label } from '../../lib/model';
import type { Cell, Column } from '../../lib/reports/report-tables';
import { formatDuration } from '../../lib/sla';
import { useI18n } from '../i18n';
import { useFormatLocale } from '../format-locale';

const isLabel = (v: string): v is Label => (LABELS as readonly string[]).includes(v);

export interface CellFormat {
  title(columnId: string): string;
  cell(column: Column, value: Cell): string;
  count(n: number): string;
  percent(ratio: number | null): string;
  duration(ms: number | null): string;
  date(isoDate: string): string;
}

/** Codes stored in text columns that read better translated (groups, ages, weekdays, states). */
function codeName(t: Translate, column: string, value: string): string {
  if (column === 'agent') return value === '' ? t('rep.agent.unknown') : value;
  if (column === 'group' || column === 'age' || column === 'weekday' || column === 'state') {
    return t(`rep.${column}.${value}` as MessageKey);
  }
  return value;
}

export function useCellFormat(): CellFormat {
  const { t } = useI18n();
  const locale = useFormatLocale();
  return useMemo(() => {
    const num = new Intl.NumberFormat(locale);
    const dec = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const f: CellFormat = {
      title(id) {
        if (isLabel(id)) return t(`label.${id}`);
        if (/^h\d\d$/.test(id)) return id.slice(1);
        return t(`rep.col.${id}` as MessageKey);
      },
      count: (n) => num.format(n),
      percent: (r) => (r === null ? '–' : pct.format(r)),
      duration: (ms) => (ms === null ? '–' : formatDuration(ms, locale)),
      date: (iso) => day.format(Date.parse(`${iso}T00:00:00Z`)),
      cell(column, value) {
        if (value === null) return '–';
        if (typeof value === 'string') {
          if (column.kind === 'label' && isLabel(value)) return t(`label.${value}`);
          if (column.kind === 'date') return f.date(value);
          return codeName(t, column.id, value);
        }
        switch (column.kind) {
          case 'ratio':
            return f.percent(value);
          case 'duration':
            return f.duration(value);
          case 'count':
            return f.count(value);
          default:
            return dec.format(value);
        }
      },
    };
    return f;
  }, [t, locale]);
}
