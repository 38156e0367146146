import path from 'node:path';
import { createShippedTriage } from '../../../lib/triage/shipped-classify';
import { createShippedTriage as oldPage } from '../../../.tmp-old/lib/triage/shipped-classify';
import { readPublicFile } from '../public-sets';
import { validationFold } from '../metrics';
const f = process.argv[2] ?? 'complaints-en';
const field = (process.argv[3] ?? 'complaint') as 'complaint';
const rows = readPublicFile(path.resolve(`../shared/eval/triage/${f}.jsonl`)).filter((r) => r.split === 'train' && validationFold(r.id) <= 1 && r[field] !== undefined);
const n = createShippedTriage(), o = oldPage();
const tab: Record<string, Record<string, number>> = {};
for (const r of rows) {
  const i = { text: r.text, lang: r.lang, brand: { handles: r.brand?.handles ?? [], keywords: r.brand?.keywords ?? [] } };
  const key = `${String(r[field])}`;
  const a = o.classify(i).label, b = n.classify(i).label;
  tab[key] ??= {}; tab[key][`${a}→${b}`] = (tab[key][`${a}→${b}`] ?? 0) + 1;
}
for (const [k, v] of Object.entries(tab)) console.log(k, Object.entries(v).sort((a, b) => b[1] - a[1]).slice(0, 14).map(([x, c]) => `${x} ${c}`).join(', '));
