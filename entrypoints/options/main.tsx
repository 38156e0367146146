import { Dashboard } from '../../components/dashboard/dashboard';
import { preloadSection } from '../../components/dashboard/nav';
import { parseHash } from '../../components/dashboard/use-hash-section';
import { mountPage } from '../../components/page-root';
import { db } from '../../lib/db/database';

// Read by the benchmark (scripts/bench/reports-scale.ts): the page's first scripts have run.
performance.mark('careline:dash-scripts');
const section = parseHash(location.hash.replace(/^#\/?/, '')).id;
// Work that does not need React starts before it mounts: the database opens, the section in the
// URL is fetched, and a report page starts its report (its section joins that computation).
void db()
  .open()
  .catch(() => {}); // the page's own reads say what is wrong
preloadSection(section);
if (section === 'reports' || section === 'staffing') {
  void import('../../components/reports/prefetch-report').then((m) => m.prefetchReport()).catch(() => {});
}
mountPage(<Dashboard />);
