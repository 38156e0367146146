// Stage one's pull toward the hand prior: public TRAIN-split validation folds (0,1) against
// the seven-label held-out-by-industry score. No test row read.
import fs from 'node:fs';
import path from 'node:path';
import { LABELS, type Label } from '../../../lib/model';
import { analyse } from '../../../lib/triage/shipped-classify';
import { LABEL_INDEX, shippedBias, shippedMatrix } from '../../../lib/triage/shipped-model';
import { lexiconLangFor } from '../../../lib/triage/lexicon/index';
import { loadCorpus } from '../corpus';
import { oldHandSets } from '../hand-sets';
import { readPublicFile } from '../public-sets';
import { sevenReport } from '../seven-labels';
import { classF1, macroF1, polarityOf, validationFold, type Polarity } from '../metrics';
import { fitStageOne, stageOneScores, STAGE_ONE_DEFAULTS, type SignalExample, type StageOneModel } from '../train/stage-one';

const ex = (p: { text: string; lang: string; label?: Label; brand?: { handles?: readonly string[]; keywords?: readonly string[] } }): SignalExample => ({
  x: analyse({ text: p.text, lang: p.lang, brand: { handles: [...(p.brand?.handles ?? [])], keywords: [...(p.brand?.keywords ?? [])] } }).signals.x.slice(),
  y: p.label ? LABEL_INDEX[p.label] : 0, lang: lexiconLangFor(p.lang),
});
const dev = loadCorpus(path.resolve('eval/corpus/dev'));
const train = [...dev.map((d) => ({ ...d, group: d.industry })), ...oldHandSets().map((d, i) => ({ ...d, group: `old${i % 3}` }))];
const trainEx = train.map(ex);
const DATA = path.resolve('../shared/eval/triage');
const pub = fs.readdirSync(DATA).filter((f) => f.endsWith('.jsonl')).sort().map((f) => {
  const rows = readPublicFile(path.join(DATA, f)).filter((r) => r.split === 'train' && validationFold(r.id) <= 1);
  const gold = (['complaint', 'abuse', 'spam'] as const).find((g) => rows.some((r) => r[g] !== undefined)) ?? 'polarity';
  const lab = rows.filter((r) => r[gold] !== undefined).slice(0, 1500);
  return { f, gold, lab, two: gold === 'polarity' && !lab.some((r) => r.polarity === 'neutral'), exs: lab.map((r) => ex(r)) };
});
const TAU = 0.14;
const label = (m: StageOneModel, e: SignalExample): Label => {
  const s = stageOneScores(m, e, new Float64Array(7));
  let max = -Infinity; for (const v of s) max = Math.max(max, v);
  let z = 0; for (const v of s) z += Math.exp(v - max);
  if (Math.exp((s[0] ?? 0) - max) / z >= TAU) return 'crisis';
  let b = 0; for (let k = 1; k < 7; k++) if ((s[k] ?? 0) > (s[b] ?? 0)) b = k;
  return LABELS[b] as Label;
};
const pos = { complaint: ['complaint', 'crisis'], abuse: ['troll'], spam: ['spam'] } as Record<string, string[]>;
const aux: SignalExample[] = [];
for (const f of ['sanders-en', 'abuse-en']) {
  const rows = readPublicFile(path.join(DATA, `${f}.jsonl`)).filter((r) => r.split === 'train' && validationFold(r.id) >= 2).slice(0, 3000);
  for (const r of rows) {
    let label: Label | undefined;
    if (r.polarity === 'negative') label = 'complaint';
    else if (r.polarity === 'positive') label = 'praise';
    else if (r.polarity === 'neutral') label = r.text.includes('?') ? 'question' : 'other';
    else if (r.abuse === true) label = 'troll';
    if (label) aux.push(ex({ ...r, label }));
  }
}
for (const o of JSON.parse(process.argv[2] ?? '[{}]') as object[]) {
  const opts = { ...STAGE_ONE_DEFAULTS, ...o };
  const w = (o as { aux?: number }).aux ?? 0;
  if (w > 0) { for (const a of aux) a.weight = w; trainEx.push(...aux); }
  const prior = (): StageOneModel => ({ matrices: { en: shippedMatrix(), fr: shippedMatrix(), de: shippedMatrix(), es: shippedMatrix(), hr: shippedMatrix() }, bias: shippedBias() });
  const fitOr = (xs: SignalExample[]) => ((o as { prior?: boolean }).prior ? prior() : fitStageOne(xs, opts));
  const m = fitOr(trainEx);
  let sum = 0;
  const per: string[] = [];
  for (const p of pub) {
    const labels = p.exs.map((e) => label(m, e));
    const sc = p.gold === 'polarity'
      ? macroF1(p.lab.map((r) => r.polarity as Polarity), labels.map((l) => polarityOf(l, p.two)), p.two ? ['negative', 'positive'] : ['negative', 'neutral', 'positive'])
      : classF1(p.lab.map((r) => r[p.gold as 'spam'] === true), labels.map((l) => pos[p.gold]!.includes(l)), true);
    sum += sc; per.push(`${p.f.slice(0, 8)} ${sc.toFixed(2)}`);
  }
  const preds: { label: Label; possibleCrisis: boolean }[] = new Array(train.length);
  for (const g of new Set(train.map((t) => t.group))) {
    const mg = fitOr(trainEx.filter((_, i) => i >= train.length || train[i]!.group !== g));
    train.forEach((t, i) => { if (t.group === g) preds[i] = { label: label(mg, trainEx[i]!), possibleCrisis: false }; });
  }
  if (w > 0) trainEx.splice(trainEx.length - aux.length, aux.length);
  const r = sevenReport(train, preds);
  console.log(JSON.stringify(o), 'public sum', sum.toFixed(3), '| LOIO mF1', r.macroF1, 'crisisR', r.crisis.recall, 'P', r.crisis.precision, '|', per.join(' '));
}
