// npx tsx eval/triage/dev-errors.ts [label] — the development corpus's report and its misread
// rows, for tuning. It reads eval/corpus/dev only: the blind part is never opened here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTriage } from '../../lib/triage/index';
import { loadCorpus } from './corpus';
import { formatSevenReport, sevenReport } from './seven-labels';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rows = loadCorpus(path.join(ROOT, 'eval/corpus/dev'));
const t = createTriage();
const preds = rows.map((r) => {
  const c = t.classify({ text: r.text, lang: r.lang, brand: r.brand });
  return { label: c.label, possibleCrisis: c.reasons.some((x) => x.kind === 'possible_crisis'), reasons: c.reasons, confidence: c.confidence };
});
process.stdout.write(`${formatSevenReport('dev', sevenReport(rows, preds))}\n`);
const only = process.argv[2];
rows.forEach((r, i) => {
  const p = preds[i];
  if (!p || p.label === r.label || (only !== undefined && r.label !== only && p.label !== only)) return;
  const why = p.reasons.map((x) => `${x.kind}${x.terms ? `(${x.terms.join('|')})` : ''}`).join(' ');
  process.stdout.write(`${r.id} ${r.label}→${p.label} ${p.confidence.toFixed(2)} | ${r.text} | ${why}\n`);
});
