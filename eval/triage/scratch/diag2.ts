import path from 'node:path';
import { createShippedTriage } from '../../../lib/triage/shipped-classify';
import { createShippedTriage as oldPage } from '../../../.tmp-old/lib/triage/shipped-classify';
import { readPublicFile } from '../public-sets';
import { validationFold } from '../metrics';
const rows = readPublicFile(path.resolve(`../shared/eval/triage/complaints-en.jsonl`)).filter((r) => r.split === 'train' && validationFold(r.id) === 0 && r.complaint === true);
const n = createShippedTriage(), o = oldPage();
let c = 0;
for (const r of rows) {
  const i = { text: r.text, lang: r.lang, brand: { handles: r.brand?.handles ?? [], keywords: r.brand?.keywords ?? [] } };
  const a = o.classify(i), b = n.classify(i);
  if (a.label === 'complaint' && b.label !== 'complaint' && c++ < 14) console.log(b.label, b.confidence.toFixed(2), '|', r.text.slice(0, 110).replace(/\n/g, ' '), '|', b.reasons.map((x) => x.kind + (x.terms ? `(${x.terms.join(',')})` : '')).join(' '), '|| old', a.reasons.map((x) => x.kind).join(' '));
}
