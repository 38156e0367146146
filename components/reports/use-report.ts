// Computes the report for the chosen range and zone, window by window with progress, and keeps
// the last one: moving between Overview and Staffing does not read the database again. Data
// keeps arriving while a lead reads, so the report is "as of" the time shown, refreshed on demand.
// A computation can start before any component asks (prefetch-report.ts, while the page's code
// loads); the section that then asks for the same report joins it instead of starting another.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { db } from '../../lib/db/database';
import type { Settings } from '../../lib/model';
import { computeReport } from '../../lib/reports/compute-report';
import { rangeBounds, type Range, type RangeChoice } from '../../lib/reports/range';
import type { Report, ReportParams } from '../../lib/reports/report-builder';
import { effectiveBrand } from '../../lib/settings/brand';
import { useReportPrefs, zoneOf, type ZoneChoice } from './report-prefs';

export type ReportState =
  | { status: 'invalid' }
  | { status: 'loading'; progress: number }
  | { status: 'ready'; report: Report; params: ReportParams }
  | { status: 'error'; message: string };

/** A report older than this is computed again when a section opens. */
const FRESH_MS = 5 * 60_000;
let last: { key: string; at: number; report: Report; params: ReportParams } | undefined;

interface Computation {
  key: string;
  done: Promise<{ report: Report; params: ReportParams }>;
  abort: AbortController;
  progress: number;
  onProgress?(p: number): void;
}
let pending: Computation | undefined;

/** Forgets the kept report (tests, and after a restore). */
export function forgetReport(): void {
  last = undefined;
  pending?.abort.abort();
  pending = undefined;
}

/** The report a section would show for these settings and choices at `now`; null range: invalid. */
export function reportRequest(settings: Settings, choice: RangeChoice, zone: ZoneChoice, now: number): { key: string; range: Range | null; timeZone: string } {
  const timeZone = zoneOf(zone, settings.sla.timeZone);
  const range = rangeBounds(choice, now, timeZone);
  return { key: JSON.stringify([range, timeZone, settings.sla, effectiveBrand(settings)]), range, timeZone };
}

/** Starts computing a report, or joins the computation of the same one already under way. */
export function startReport(settings: Settings, key: string, range: Range, timeZone: string, opts: { fresh?: boolean } = {}): Computation {
  if (pending?.key === key && !opts.fresh && !pending.abort.signal.aborted) return pending;
  pending?.abort.abort();
  const abort = new AbortController();
  const params: ReportParams = { ...range, timeZone, now: Date.now(), policy: settings.sla, brand: effectiveBrand(settings) };
  const started = performance.now();
  const run: Computation = {
    key,
    abort,
    progress: 0,
    done: computeReport(db(), params, {
      signal: abort.signal,
      onProgress: (p) => {
        run.progress = p;
        run.onProgress?.(p);
      },
    }).then((report) => {
      // Read by the benchmark (scripts/bench/reports-scale.ts): computing started → figures ready.
      performance.measure('careline:report', { start: started });
      last = { key, at: Date.now(), report, params };
      return { report, params };
    }),
  };
  const settle = () => {
    if (pending === run) pending = undefined;
  };
  run.done.then(settle, settle);
  pending = run;
  return run;
}

/** The kept report for `key` if it is fresh enough. */
function kept(key: string): ReportState | undefined {
  return last?.key === key && Date.now() - last.at < FRESH_MS ? { status: 'ready', report: last.report, params: last.params } : undefined;
}

export function useReport(settings: Settings): { state: ReportState; range: Range | null; timeZone: string; refresh(): void } {
  const prefs = useReportPrefs();
  const [tick, setTick] = useState(0);
  const { key, range, timeZone } = useMemo(() => reportRequest(settings, prefs.range, prefs.zone, Date.now()), [settings, prefs.range, prefs.zone, tick]);
  const [state, setState] = useState<ReportState>(() => kept(key) ?? { status: 'loading', progress: pending?.key === key ? pending.progress : 0 });
  const forced = useRef(false);

  useEffect(() => {
    if (!range) {
      setState({ status: 'invalid' });
      return;
    }
    const fresh = forced.current;
    forced.current = false;
    const ready = fresh ? undefined : kept(key);
    if (ready) {
      setState(ready);
      return;
    }
    const run = startReport(settings, key, range, timeZone, { fresh });
    let live = true;
    run.onProgress = (p) => live && setState({ status: 'loading', progress: p });
    setState({ status: 'loading', progress: run.progress });
    run.done.then(
      ({ report, params }) => live && setState({ status: 'ready', report, params }),
      (err: unknown) => {
        if (live && !run.abort.signal.aborted) setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      live = false;
      if (pending === run) {
        run.abort.abort();
        pending = undefined;
      }
    };
  }, [key, tick]);

  const refresh = useCallback(() => {
    forced.current = true;
    setTick((n) => n + 1);
  }, []);
  return { state, range, timeZone, refresh };
}
