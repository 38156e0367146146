import path from 'node:path';
import { LABELS, type Label } from '../../../lib/model';
import { analyse } from '../../../lib/triage/shipped-classify';
import { LABEL_INDEX } from '../../../lib/triage/shipped-model';
import { lexiconLangFor } from '../../../lib/triage/lexicon/index';
import { FEATURES } from '../../../lib/triage/signals';
import { loadCorpus } from '../corpus';
import { sevenReport } from '../seven-labels';
import { fitStageOne, stageOneScores, STAGE_ONE_DEFAULTS, type SignalExample } from '../train/stage-one';
const dev = loadCorpus(path.resolve('eval/corpus/dev'));
const ex = (p: (typeof dev)[number]): SignalExample => ({ x: analyse({ text: p.text, lang: p.lang, brand: p.brand }).signals.x.slice(), y: LABEL_INDEX[p.label], lang: lexiconLangFor(p.lang) });
const devEx = dev.map(ex);
const inds = [...new Set(dev.map((d) => d.industry))];
const preds: { label: Label; possibleCrisis: boolean; pc: number }[] = new Array(dev.length);
for (const ind of inds) {
  const m = fitStageOne(devEx.filter((_, i) => dev[i]!.industry !== ind));
  dev.forEach((d, i) => {
    if (d.industry !== ind) return;
    const s = stageOneScores(m, devEx[i]!, new Float64Array(7));
    let best = 0;
    for (let k = 1; k < 7; k++) if ((s[k] ?? 0) > (s[best] ?? 0)) best = k;
    let max = -Infinity; for (const v of s) max = Math.max(max, v);
    let z = 0; for (const v of s) z += Math.exp(v - max);
    preds[i] = { label: LABELS[best] as Label, possibleCrisis: false, pc: Math.exp((s[0] ?? 0) - max) / z };
  });
}
const r = sevenReport(dev, preds);
console.log('LOIO acc', r.accuracy, 'mF1', r.macroF1);
for (const tau of [0.5, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05]) {
  const p2 = preds.map((p) => ({ ...p, label: (p.pc >= tau ? 'crisis' : p.label) as Label }));
  const r2 = sevenReport(dev, p2);
  console.log('tau', tau, 'crisis R', r2.crisis.recall, 'P', r2.crisis.precision, 'mF1', r2.macroF1);
}
const only = process.argv[2];
dev.forEach((d, i) => {
  const p = preds[i]!;
  if (p.label === d.label) return;
  if (only && d.label !== only && p.label !== only) return;
  const x = devEx[i]!.x;
  const fired = FEATURES.filter((f, j) => (x[j] ?? 0) > 0 && !f.startsWith('lang_')).join(',');
  console.log(`${d.label}→${p.label} ${p.pc.toFixed(2)} | ${d.text} | ${fired}`);
});
