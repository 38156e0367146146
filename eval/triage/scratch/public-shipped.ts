// Shipped-only scores on a validation fold of each public TRAIN split (no test row read).
import fs from 'node:fs';
import path from 'node:path';
import { createTriage } from '../../../lib/triage/index';
import { createShippedTriage } from '../../../lib/triage/shipped-classify';
import { createTriage as createOld } from '../../../.tmp-old/lib/triage/index';
import { readPublicFile } from '../public-sets';
import { classF1, macroF1, polarityOf, validationFold, type Polarity } from '../metrics';
const DATA = path.resolve('../shared/eval/triage');
const engines = { old: createOld(), page: createShippedTriage(), bg: createTriage() } as Record<string, { classify(i: { text: string; lang?: string; brand?: { handles: string[]; keywords: string[] } }): { label: string } }>;
const sums: Record<string, number> = {};
for (const f of fs.readdirSync(DATA).filter((f) => f.endsWith('.jsonl')).sort()) {
  const rows = readPublicFile(path.join(DATA, f)).filter((r) => r.split === 'train' && validationFold(r.id) <= 1);
  const gold = (['complaint', 'abuse', 'spam'] as const).find((g) => rows.some((r) => r[g] !== undefined)) ?? 'polarity';
  const lab = rows.filter((r) => r[gold] !== undefined);
  const two = gold === 'polarity' && !lab.some((r) => r.polarity === 'neutral');
  const out: string[] = [];
  for (const [name, e] of Object.entries(engines)) {
    const labels = lab.map((r) => e.classify({ text: r.text, lang: r.lang, brand: { handles: r.brand?.handles ?? [], keywords: r.brand?.keywords ?? [] } }).label);
    const pos = { complaint: ['complaint', 'crisis'], abuse: ['troll'], spam: ['spam'] } as Record<string, string[]>;
    const score = gold === 'polarity'
      ? macroF1(lab.map((r) => r.polarity as Polarity), labels.map((l) => polarityOf(l as never, two)), two ? ['negative', 'positive'] : ['negative', 'neutral', 'positive'])
      : classF1(lab.map((r) => r[gold] === true), labels.map((l) => pos[gold]!.includes(l)), true);
    sums[name] = (sums[name] ?? 0) + score;
    out.push(`${name} ${score.toFixed(3)}`);
  }
  console.log(f.padEnd(20), lab.length, out.join('  '));
}
console.log('sum', JSON.stringify(sums));
