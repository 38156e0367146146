// The Reports page opened from its URL starts its report at once: the database opens, the
// settings are read and the day facts are read and summed while React and the section's code are
// still loading (entrypoints/options/main.tsx). The section joins this computation (use-report.ts).
import { db } from '../../lib/db/database';
import { loadSettings } from '../../lib/settings/store';
import { useReportPrefs } from './report-prefs';
import { reportRequest, startReport } from './use-report';

export async function prefetchReport(): Promise<void> {
  const settings = await loadSettings(db());
  const { range: choice, zone } = useReportPrefs.getState();
  const { key, range, timeZone } = reportRequest(settings, choice, zone, Date.now());
  // A failure is the section's to show: it joins this computation and reports its error.
  if (range) startReport(settings, key, range, timeZone).done.catch(() => {});
}
