import path from 'node:path';
import { LABELS, type Label } from '../../../lib/model';
import { analyse } from '../../../lib/triage/shipped-classify';
import { LABEL_INDEX } from '../../../lib/triage/shipped-model';
import { lexiconLangFor } from '../../../lib/triage/lexicon/index';
import { loadCorpus } from '../corpus';
import { sevenReport } from '../seven-labels';
import { fitStageOne, stageOneScores, STAGE_ONE_DEFAULTS, type SignalExample } from '../train/stage-one';
import { DEV_BRANDS, DEV_POSTS } from '../../../tests/unit/triage/dev-7label';
import { HOLDOUT_BRAND, HOLDOUT_POSTS } from '../../../tests/unit/triage/holdout-7label';
import { BLIND_BRAND, BLIND_POSTS } from '../../../tests/unit/triage/blind-7label';

type P = { text: string; lang: string; label: Label; brand: { handles: readonly string[]; keywords: readonly string[] }; industry?: string };
const dev: P[] = loadCorpus(path.resolve('eval/corpus/dev'));
const check: P[] = loadCorpus(path.resolve('eval/corpus/check'));
const old: P[] = [
  ...DEV_POSTS.map((d) => ({ ...d, brand: DEV_BRANDS[d.brand] })),
  ...HOLDOUT_POSTS.map((d) => ({ ...d, brand: HOLDOUT_BRAND })),
  ...BLIND_POSTS.map((d) => ({ ...d, brand: BLIND_BRAND })),
];
const ex = (p: P): SignalExample => ({ x: analyse({ text: p.text, lang: p.lang, brand: { handles: [...p.brand.handles], keywords: [...p.brand.keywords] } }).signals.x.slice(), y: LABEL_INDEX[p.label], lang: lexiconLangFor(p.lang) });
const opts = { ...STAGE_ONE_DEFAULTS, ...JSON.parse(process.env.OPTS ?? '{}') };
const TAU = Number(process.env.TAU ?? 0);
function predict(m: ReturnType<typeof fitStageOne>, ps: P[]) {
  const s = new Float64Array(7);
  return ps.map((p) => {
    stageOneScores(m, ex(p), s);
    let best = 0;
    for (let k = 1; k < 7; k++) if ((s[k] ?? 0) > (s[best] ?? 0)) best = k;
    let max = -Infinity; for (const v of s) max = Math.max(max, v);
    let z = 0; for (const v of s) z += Math.exp(v - max);
    const pc = Math.exp((s[0] ?? 0) - max) / z;
    if (TAU > 0 && pc >= TAU) best = 0;
    return { label: LABELS[best] as Label, possibleCrisis: false };
  });
}
const show = (name: string, ps: P[], preds: { label: Label; possibleCrisis: boolean }[]) => {
  const r = sevenReport(ps, preds);
  console.log(name.padEnd(26), 'acc', r.accuracy.toFixed(3), 'mF1', r.macroF1.toFixed(3), 'crisisR', r.crisis.recall.toFixed(3), 'P', r.crisis.precision.toFixed(3), Object.entries(r.perLanguage).map(([l, x]) => `${l} ${x.accuracy.toFixed(2)}`).join(' '), '|', Object.entries(r.perLabel).map(([l, x]) => `${l.slice(0,4)} ${x.f1.toFixed(2)}`).join(' '));
};
const devEx = dev.map(ex);
const all = fitStageOne(devEx, opts);
show('fit(dev) → dev', dev, predict(all, dev));
show('fit(dev) → old', old, predict(all, old));
show('fit(dev) → check', check, predict(all, check));
const inds = [...new Set(dev.map((d) => d.industry))];
const preds: { label: Label; possibleCrisis: boolean }[] = new Array(dev.length);
for (const ind of inds) {
  const m = fitStageOne(devEx.filter((_, i) => dev[i]!.industry !== ind), opts);
  const idx = dev.flatMap((d, i) => (d.industry === ind ? [i] : []));
  const p = predict(m, idx.map((i) => dev[i]!));
  idx.forEach((i, j) => (preds[i] = p[j]!));
}
show('LOIO on dev', dev, preds);

// ---- stage two: n-grams on top of cross-fitted stage-one offsets
import { featuresOfWords, tokenCodes, HASH_SIZE } from '../../../lib/triage/ngrams';
import { tokenize } from '../../../lib/triage/tokenize';
import { balanceWeights, scoresOf, trainSoftmax, type Example } from '../train/softmax';
const S2 = { dim: HASH_SIZE, classes: 7, epochs: Number(process.env.E2 ?? 8), eta: Number(process.env.ETA2 ?? 0.1), l2: Number(process.env.L22 ?? 1e-4), seed: 3 };
const ngram = (p: P) => {
  const t = tokenize(p.text, { handles: [...p.brand.handles], keywords: [...p.brand.keywords] });
  const words: string[] = [];
  const f = featuresOfWords(tokenCodes(t, words), words);
  return { idx: f.idx.slice(0, f.n), val: f.val.slice(0, f.n) };
};
function crossOffsets(ps: P[], exs: SignalExample[], folds = 5) {
  const out = ps.map(() => new Float64Array(7));
  for (let k = 0; k < folds; k++) {
    const m = fitStageOne(exs.filter((_, i) => i % folds !== k), opts);
    exs.forEach((e, i) => { if (i % folds === k) stageOneScores(m, e, out[i]!); });
  }
  return out;
}
function fit2(ps: P[], exs: SignalExample[]) {
  const s1 = fitStageOne(exs, opts);
  const offs = crossOffsets(ps, exs);
  const data: Example[] = ps.map((p, i) => ({ ...ngram(p), y: exs[i]!.y, offset: offs[i] }));
  const bw = balanceWeights(data.map((d) => d.y), 7);
  for (const d of data) d.weight = bw[d.y];
  return { s1, s2: trainSoftmax(data, S2) };
}
function predict2(m: ReturnType<typeof fit2>, ps: P[]) {
  const s = new Float64Array(7);
  return ps.map((p) => {
    const off = stageOneScores(m.s1, ex(p), new Float64Array(7));
    scoresOf(m.s2, { ...ngram(p), offset: off }, s);
    let best = 0;
    for (let k = 1; k < 7; k++) if ((s[k] ?? 0) > (s[best] ?? 0)) best = k;
    return { label: LABELS[best] as Label, possibleCrisis: false };
  });
}
const m2 = fit2(dev, devEx);
show('s1+s2 fit(dev) → old', old, predict2(m2, old));
show('s1+s2 fit(dev) → check', check, predict2(m2, check));
const preds2: { label: Label; possibleCrisis: boolean }[] = new Array(dev.length);
for (const ind of inds) {
  const tr = dev.flatMap((d, i) => (d.industry !== ind ? [i] : []));
  const m = fit2(tr.map((i) => dev[i]!), tr.map((i) => devEx[i]!));
  const idx = dev.flatMap((d, i) => (d.industry === ind ? [i] : []));
  const p = predict2(m, idx.map((i) => dev[i]!));
  idx.forEach((i, j) => (preds2[i] = p[j]!));
}
show('s1+s2 LOIO on dev', dev, preds2);
