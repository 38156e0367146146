// Replays the first brand replies of the Customer Support on Twitter sample through the SLA
// engine (60-minute target, clock around the clock), prints attainment and median first
// response per brand, and writes the same figures to docs/sla-replay.json.
// Usage: npm run replay:sla [-- path/to/reply_latency.csv]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDuration } from '../lib/sla';
import {
  medianLatencySeconds,
  parseReplyLatencyCsv,
  replayReplyLatencies,
  type ReplayFigures,
} from '../eval/sla/reply-latency-replay';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = '../shared/eval/response-times/twcs_first5000_reply_latency.csv';
const args = process.argv.slice(2);
const write = args.includes('--write');
const csvPath = path.resolve(repo, args.find((a) => !a.startsWith('--')) ?? SOURCE);
const outPath = path.join(repo, 'docs', 'sla-replay.json');

if (!existsSync(csvPath)) {
  console.log(`Skipped: ${path.relative(repo, csvPath)} is missing. Put the evaluation data folder at ../shared/eval (CI has it), or pass a CSV path.`);
  process.exit(0);
}

const rows = parseReplyLatencyCsv(readFileSync(csvPath, 'utf8'));
const report = replayReplyLatencies(rows, 60);
const fileMedian = medianLatencySeconds(rows);

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);
const dur = (s: number | null) => (s === null ? '—' : `${formatDuration(s * 1_000, 'en')} (${s} s)`);
const line = (f: ReplayFigures) =>
  [f.brand.padEnd(18), String(f.count).padStart(5), String(f.withinTarget).padStart(6), pct(f.attainment).padStart(8), dur(f.medianSeconds).padStart(18), dur(f.p90Seconds).padStart(22)].join('  ');

console.log(`SLA replay of ${rows.length} first brand replies, ${report.targetMinutes}-minute target, clock ${report.clock}`);
console.log(['brand'.padEnd(18), 'count'.padStart(5), 'within'.padStart(6), 'attained'.padStart(8), 'median'.padStart(18), 'p90'.padStart(22)].join('  '));
for (const f of report.brands) console.log(line(f));
console.log(line(report.overall));
console.log(`file's own median latency: ${fileMedian} s; replay median: ${report.overall.medianSeconds} s`);

// The tracked figures change only when asked: `npm run replay:sla -- --write`.
if (write) {
  writeFileSync(
    outPath,
    `${JSON.stringify({ source: SOURCE, command: 'npm run replay:sla -- --write', rows: rows.length, fileMedianLatencySeconds: fileMedian, ...report }, null, 2)}\n`,
  );
  console.log(`wrote ${path.relative(repo, outPath)}`);
}

if (report.overall.medianSeconds !== fileMedian) {
  console.error('the replayed median differs from the file’s own median');
  process.exitCode = 1;
}
