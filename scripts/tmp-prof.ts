import { buildReport } from '../lib/reports/report-builder';
import { mention, settings } from '../tests/unit/factories';
const now = Date.now();
const labels = ['crisis','complaint','complaint','question','praise','spam','other'] as const;
const ms = Array.from({ length: 100000 }, (_, i) => mention({ statusId: String(i), postedAt: now - (i * 77_000), label: labels[i % 7], status: i % 3 ? 'responded' : 'new', respondedAt: now - i * 77_000 + 600_000, firstResponseMs: 600_000, respondedBy: 'Ana', text: '@LumenMobile charged twice on my bill again, want a refund ' + i }));
const p = { from: now - 91 * 86400000, to: now, timeZone: 'UTC', now, policy: settings().sla, brand: { handles: ['LumenMobile'], keywords: [] } };
for (let k = 0; k < 5; k++) { const t = performance.now(); buildReport(p, ms); console.log('full', (performance.now() - t).toFixed(0)); }
