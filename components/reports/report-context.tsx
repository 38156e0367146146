// The report on screen, shared by its figures, charts and tables (file names follow its range).
import { createContext, useContext } from 'react';
import type { Report, ReportParams } from '../../lib/reports/report-builder';
import { zoneSlots } from '../../lib/reports/zone-slots';
import { isoDateOfLocalDay } from '../../lib/reports/range';
import { csvFileName } from './table-csv';

export interface ReportContextValue {
  report: Report;
  params: ReportParams;
  /** `careline-<what>-<first day>_<last day>.csv` */
  fileName(what: string): string;
}

export const ReportContext = createContext<ReportContextValue | null>(null);

export function reportContextValue(report: Report, params: ReportParams): ReportContextValue {
  const slots = zoneSlots(report.timeZone);
  const first = isoDateOfLocalDay(slots.day(report.from));
  const last = isoDateOfLocalDay(slots.day(report.to - 1));
  return { report, params, fileName: (what) => csvFileName(what.replace(/_/g, '-'), first, last) };
}

export function useReportContext(): ReportContextValue {
  const value = useContext(ReportContext);
  if (!value) throw new Error('useReportContext outside a report');
  return value;
}
