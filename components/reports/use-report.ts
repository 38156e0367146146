// Computes the report for the chosen range and zone, window by window with progress, and keeps
// the last one: moving between Overview and Staffing does not read the database again. Data
// keeps arriving while a lead reads, so the report is "as of" the time shown, refreshed on demand.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { db } from '../../lib/db/database';
import type { Settings } from '../../lib/model';
import { computeReport } from '../../lib/reports/compute-report';
import { rangeBounds, type Range } from '../../lib/reports/range';
import type { Report, ReportParams } from '../../lib/reports/report-builder';
import { effectiveBrand } from '../../lib/settings/brand';
import { useReportPrefs, zoneOf } from './report-prefs';

export type ReportState =
  | { status: 'invalid' }
  | { status: 'loading'; progress: number }
  | { status: 'ready'; report: Report; params: ReportParams }
  | { status: 'error'; message: string };

/** A report older than this is computed again when a section opens. */
const FRESH_MS = 5 * 60_000;
let last: { key: string; at: number; report: Report; params: ReportParams } | undefined;

/** Forgets the kept report (tests, and after a restore). */
export function forgetReport(): void {
  last = undefined;
}

export function useReport(settings: Settings): { state: ReportState; range: Range | null; timeZone: string; refresh(): void } {
  const prefs = useReportPrefs();
  const timeZone = zoneOf(prefs.zone, settings.sla.timeZone);
  const [tick, setTick] = useState(0);
  const range = useMemo(() => rangeBounds(prefs.range, Date.now(), timeZone), [prefs.range, timeZone, tick]);
  const key = JSON.stringify([range, timeZone, settings.sla, effectiveBrand(settings)]);
  const [state, setState] = useState<ReportState>(() =>
    last?.key === key && Date.now() - last.at < FRESH_MS ? { status: 'ready', report: last.report, params: last.params } : { status: 'loading', progress: 0 },
  );
  const forced = useRef(false);

  useEffect(() => {
    if (!range) {
      setState({ status: 'invalid' });
      return;
    }
    if (!forced.current && last?.key === key && Date.now() - last.at < FRESH_MS) {
      setState({ status: 'ready', report: last.report, params: last.params });
      return;
    }
    forced.current = false;
    const abort = new AbortController();
    const brand = effectiveBrand(settings);
    const params: ReportParams = { ...range, timeZone, now: Date.now(), policy: settings.sla, brand };
    setState({ status: 'loading', progress: 0 });
    const started = performance.now();
    computeReport(db(), params, { signal: abort.signal, onProgress: (p) => setState({ status: 'loading', progress: p }) }).then(
      (report) => {
        // Read by the benchmark (scripts/bench/reports-scale.ts): range chosen → figures ready.
        performance.measure('careline:report', { start: started });
        last = { key, at: Date.now(), report, params };
        setState({ status: 'ready', report, params });
      },
      (err: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => abort.abort();
  }, [key, tick]);

  const refresh = useCallback(() => {
    forced.current = true;
    setTick((n) => n + 1);
  }, []);
  return { state, range, timeZone, refresh };
}
