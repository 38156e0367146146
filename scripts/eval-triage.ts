// npm run eval:triage — scores the triage engine on the `test` split of every file in
// ../shared/eval/triage, twice: as shipped, and after learning that file's `train` split one post
// at a time as agent corrections (each file starts again from the shipped model). Prints a table
// and writes the same figures to docs/triage-eval.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS, type Label } from '../lib/model';
import { createTriage, detectLanguage, type Triage, type TriageInput } from '../lib/triage/index';
import { FIT } from '../lib/triage/learner';
import { FAMILY_WEIGHTS } from '../lib/triage/ngrams';
import { accuracy, classF1, macroF1, polarityOf, validationFold, type Polarity } from '../lib/triage/metrics';
import { DEV_BRANDS, DEV_POSTS } from '../tests/unit/triage/dev-7label';
import { BLIND_BRAND, BLIND_POSTS } from '../tests/unit/triage/blind-7label';
import { HOLDOUT_BRAND, HOLDOUT_POSTS } from '../tests/unit/triage/holdout-7label';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.CARELINE_EVAL_DIR ?? path.resolve(ROOT, '../shared/eval/triage');
const OUT = path.join(ROOT, 'docs/triage-eval.json');
/**
 * Tuning without touching the test split: CARELINE_EVAL_VALIDATE=1 scores a fifth of each train
 * split (by id hash; CARELINE_EVAL_FOLD picks which) after learning the other four fifths, and
 * writes no report.
 * CARELINE_FIT='{"epochs":8}' overrides the learner's settings; CARELINE_EVAL_ONLY=a,b picks files.
 */
const VALIDATE = process.env.CARELINE_EVAL_VALIDATE === '1';
/** Which fifth of the train split validation scores (0–4; CARELINE_EVAL_FOLD), for cross-validation. */
const FOLD = Number(process.env.CARELINE_EVAL_FOLD ?? 0);
const ONLY = process.env.CARELINE_EVAL_ONLY?.split(',');
if (process.env.CARELINE_FIT !== undefined) {
  const { words, chars, ...fit } = JSON.parse(process.env.CARELINE_FIT) as Partial<typeof FIT> & { words?: number; chars?: number };
  Object.assign(FIT, fit);
  if (words !== undefined) FAMILY_WEIGHTS.words = words;
  if (chars !== undefined) FAMILY_WEIGHTS.chars = chars;
}

interface Row {
  id: string;
  text: string;
  lang: string;
  split: 'train' | 'test';
  brand?: { handles?: string[]; keywords?: string[] };
  polarity?: Polarity;
  complaint?: boolean;
  abuse?: boolean;
  spam?: boolean;
}
type Gold = 'polarity' | 'complaint' | 'abuse' | 'spam';

/** Targets from the issue: [as shipped, after learning]; baselines: [best JS library, trained in an afternoon]. */
const TARGETS: Record<string, { shipped: number; learned: number; library?: number; trained: number }> = {
  'airline-en': { shipped: 0.65, learned: 0.8, library: 0.55, trained: 0.78 },
  'sanders-en': { shipped: 0.6, learned: 0.73, library: 0.51, trained: 0.71 },
  'sentiment-fr': { shipped: 0.55, learned: 0.62, library: 0.5, trained: 0.6 },
  'sentiment-de': { shipped: 0.55, learned: 0.69, library: 0.46, trained: 0.67 },
  'sentiment-es': { shipped: 0.55, learned: 0.57, library: 0.51, trained: 0.55 },
  'sentiment-hr': { shipped: 0.65, learned: 0.81, library: 0.6, trained: 0.8 },
  'airline-es': { shipped: 0.5, learned: 0.6, library: 0.43, trained: 0.58 },
  'complaints-en': { shipped: 0.7, learned: 0.83, library: 0.5, trained: 0.82 },
  'abuse-en': { shipped: 0.9, learned: 0.975, trained: 0.97 },
  'spam-en': { shipped: 0.75, learned: 0.89, trained: 0.88 },
};

/** The label the file's positive class stands for, for the binary sets. */
const POSITIVE: Record<Exclude<Gold, 'polarity'>, readonly Label[]> = {
  complaint: ['complaint', 'crisis'],
  abuse: ['troll'],
  spam: ['spam'],
};

function goldOf(rows: Row[]): Gold {
  for (const g of ['complaint', 'abuse', 'spam', 'polarity'] as const) if (rows.some((r) => r[g] !== undefined)) return g;
  throw new Error('no gold field');
}

const input = (r: Row): TriageInput => ({
  text: r.text,
  lang: r.lang,
  brand: { handles: r.brand?.handles ?? [], keywords: r.brand?.keywords ?? [] },
});

/**
 * The agent's label for a train post, as the issue sets it: negative → complaint, positive →
 * praise, neutral → question for a post with "?", else other; complaint → complaint, abuse →
 * troll, spam → spam. The binary sets' negatives ("not a complaint / abuse / spam") have no
 * mapping in the issue: the agent keeps Careline's label when it is outside the positive class,
 * else picks question or other as for neutral.
 */
function agentLabel(r: Row, gold: Gold, t: Triage): Label {
  const neutral = (): Label => (r.text.includes('?') ? 'question' : 'other');
  if (gold === 'polarity') {
    if (r.polarity === 'negative') return 'complaint';
    if (r.polarity === 'positive') return 'praise';
    return neutral();
  }
  if (r[gold] === true) return POSITIVE[gold][0] ?? 'other';
  const current = t.classify(input(r)).label;
  return POSITIVE[gold].includes(current) ? neutral() : current;
}

interface Scored {
  score: number;
  accuracy: number;
  ms: number;
}

function score(rows: Row[], gold: Gold, twoClass: boolean, t: Triage): Scored {
  const t0 = performance.now();
  const labels = rows.map((r) => t.classify(input(r)).label);
  const ms = performance.now() - t0;
  if (gold === 'polarity') {
    const g = rows.map((r) => r.polarity as Polarity);
    const p = labels.map((l) => polarityOf(l, twoClass));
    const classes: Polarity[] = twoClass ? ['negative', 'positive'] : ['negative', 'neutral', 'positive'];
    return { score: macroF1(g, p, classes), accuracy: accuracy(g, p), ms };
  }
  const g = rows.map((r) => r[gold] === true);
  const p = labels.map((l) => POSITIVE[gold].includes(l));
  return { score: classF1(g, p, true), accuracy: accuracy(g, p), ms };
}

function langAccuracy(rows: Row[]): number {
  const same = (want: string, got: string): boolean => got === want || (want === 'hr' && (got === 'sr' || got === 'bs'));
  return rows.filter((r) => same(r.lang, detectLanguage(r.text))).length / Math.max(rows.length, 1);
}

interface DevReport {
  posts: number;
  macroF1: number;
  crisisRecall: number;
  perLabel: Record<string, number>;
  perLanguage: Record<string, number>;
}

interface SevenPost {
  lang: string;
  text: string;
  label: Label;
  brand: { handles: readonly string[]; keywords: readonly string[] };
}

/** The seven labels on the project's own hand-written brand mentions, as shipped. */
function sevenLabels(posts: readonly SevenPost[]): DevReport {
  const t = createTriage();
  const gold = posts.map((d) => d.label);
  const pred = posts.map(
    (d) => t.classify({ text: d.text, lang: d.lang, brand: { handles: [...d.brand.handles], keywords: [...d.brand.keywords] } }).label,
  );
  const crisis = gold.filter((g) => g === 'crisis').length;
  const found = gold.filter((g, i) => g === 'crisis' && pred[i] === 'crisis').length;
  const perLanguage: Record<string, number> = {};
  for (const lang of new Set(posts.map((d) => d.lang))) {
    const idx = posts.flatMap((d, i) => (d.lang === lang ? [i] : []));
    perLanguage[lang] = round(macroF1(idx.map((i) => gold[i]), idx.map((i) => pred[i]), LABELS));
  }
  return {
    posts: posts.length,
    macroF1: round(macroF1(gold, pred, LABELS)),
    crisisRecall: round(crisis === 0 ? 0 : found / crisis),
    perLabel: Object.fromEntries(LABELS.map((l) => [l, round(classF1(gold, pred, l))])),
    perLanguage,
  };
}

function main(): void {
  if (!fs.existsSync(DATA)) {
    process.stderr.write(`eval:triage: no evaluation data at ${DATA} (set CARELINE_EVAL_DIR)\n`);
    process.exit(1);
  }
  const files = fs
    .readdirSync(DATA)
    .filter((f) => f.endsWith('.jsonl') && (ONLY === undefined || ONLY.includes(f.replace(/\.jsonl$/, ''))))
    .sort();
  const results: Record<string, unknown>[] = [];
  let shippedRows = 0;
  let shippedMs = 0;
  let learnedMs = 0;
  let learns = 0;
  let learnMs = 0;
  let settleMs = 0;
  for (const file of files) {
    const name = file.replace(/\.jsonl$/, '');
    const rows = fs
      .readFileSync(path.join(DATA, file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Row);
    const gold = goldOf(rows);
    const labelled = rows.filter((r) => r[gold] !== undefined);
    const fold = (r: Row): boolean => validationFold(r.id) === FOLD;
    const test = VALIDATE ? labelled.filter((r) => r.split === 'train' && fold(r)) : labelled.filter((r) => r.split === 'test');
    const train = labelled.filter((r) => r.split === 'train' && !(VALIDATE && fold(r)));
    const twoClass = gold === 'polarity' && !labelled.some((r) => r.polarity === 'neutral');

    const shipped = score(test, gold, twoClass, createTriage());
    const learner = createTriage();
    const l0 = performance.now();
    for (const r of train) {
      learner.learn(input(r), agentLabel(r, gold, learner));
      // Where the agent's label depends on what Careline shows (the binary sets), the fits the
      // background completes between two relabels (growth rule) are run here too; a fit is a
      // function of the corrections alone, so skipping them elsewhere changes nothing.
      if (gold !== 'polarity' && learner.fitDue()) learner.settle();
    }
    const l1 = performance.now();
    // The agent pauses: the background fits every pending correction (QUIET_MS in triage-store.ts).
    learner.settle();
    settleMs += performance.now() - l1;
    learnMs += l1 - l0;
    learns += train.length;
    const learned = score(test, gold, twoClass, learner);
    shippedRows += test.length;
    shippedMs += shipped.ms;
    learnedMs += learned.ms;

    const target = TARGETS[name];
    results.push({
      file: name,
      lang: rows[0]?.lang ?? 'und',
      metric: gold === 'polarity' ? `polarity macro-F1${twoClass ? ' (2 classes)' : ''}` : `${gold} F1`,
      testRows: test.length,
      trainRows: train.length,
      shipped: { score: round(shipped.score), accuracy: round(shipped.accuracy) },
      learned: { score: round(learned.score), accuracy: round(learned.accuracy) },
      target: target === undefined ? null : { shipped: target.shipped, learned: target.learned },
      baseline: target === undefined ? null : { library: target.library ?? null, trained: target.trained },
      met: target === undefined ? null : { shipped: shipped.score >= target.shipped, learned: learned.score >= target.learned },
      languageDetectionAccuracy: round(langAccuracy(test)),
    });
  }
  const byLanguage: Record<string, { files: string[]; shipped: number; learned: number }> = {};
  for (const r of results) {
    const lang = r.lang as string;
    const entry = (byLanguage[lang] ??= { files: [], shipped: 0, learned: 0 });
    entry.files.push(r.file as string);
  }
  for (const entry of Object.values(byLanguage)) {
    const mine = results.filter((r) => entry.files.includes(r.file as string));
    entry.shipped = round(mine.reduce((s, r) => s + (r.shipped as Scored).score, 0) / mine.length);
    entry.learned = round(mine.reduce((s, r) => s + (r.learned as Scored).score, 0) / mine.length);
  }
  const throughput = {
    shippedPostsPerSecond: Math.round((shippedRows / shippedMs) * 1000),
    learnedPostsPerSecond: Math.round((shippedRows / learnedMs) * 1000),
    correctionsPerSecond: Math.round((learns / learnMs) * 1000),
    finalFitSeconds: Math.round(settleMs / 100) / 10,
    note: 'one core, Node, lang given as X gives it; includes tokenizing and explaining every label',
  };
  const dev = sevenLabels(DEV_POSTS.map((d) => ({ ...d, brand: DEV_BRANDS[d.brand] })));
  const holdout = sevenLabels(HOLDOUT_POSTS.map((d) => ({ ...d, brand: HOLDOUT_BRAND })));
  const blind = sevenLabels(BLIND_POSTS.map((d) => ({ ...d, brand: BLIND_BRAND })));
  const report = {
    generatedAt: new Date().toISOString(),
    machine: { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown' },
    protocol:
      'test split scored as shipped; then a fresh model learns the train split one post at a time as agent corrections (file order), settle() fits every correction (what the background does when the agent pauses), and the test split is scored again',
    files: results,
    byLanguage,
    dev7label: {
      ...dev,
      target: { macroF1: 0.8, crisisRecall: 0.9 },
      note: 'hand-written brand mentions, 5 languages, 30 per label, as shipped; the shipped weights were checked against it, so it is optimistic',
    },
    holdout7label: {
      ...holdout,
      target: { macroF1: 0.8, crisisRecall: 0.9 },
      note: 'hand-written after the tuning: 5 languages, 10 per label, as shipped; its 4 missed crises (of 10) led to a round of crisis-vocabulary fixes, so it is no longer blind',
    },
    blind7label: {
      ...blind,
      target: { macroF1: 0.8, crisisRecall: 0.9 },
      note: 'hand-written last, only ever scored: 5 languages, 5 per label, as shipped',
    },
    throughput,
  };
  const write = !VALIDATE && ONLY === undefined && process.env.CARELINE_FIT === undefined;
  if (write) {
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
  }
  printTable(results, byLanguage, throughput, VALIDATE ? 'validation' : write ? 'written' : 'partial');
  for (const [name, r, what] of [
    ['dev-7label', dev, 'hand-written brand mentions, checked while tuning'],
    ['holdout-7label', holdout, 'hand-written after tuning; its missed crises were then fixed'],
    ['blind-7label', blind, 'hand-written last, only ever scored'],
  ] as const) {
    process.stdout.write(
      `\n${name} (${r.posts} ${what}; as shipped): macro-F1 ${r.macroF1.toFixed(3)} (target > 0.80), crisis recall ${r.crisisRecall.toFixed(3)} (target > 0.90)\n` +
        `  per label: ${Object.entries(r.perLabel).map(([l, v]) => `${l} ${v.toFixed(2)}`).join(', ')}\n` +
        `  per language: ${Object.entries(r.perLanguage).map(([l, v]) => `${l} ${v.toFixed(2)}`).join(', ')}\n`,
    );
  }
}


function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

function printTable(
  results: Record<string, unknown>[],
  byLanguage: Record<string, { files: string[]; shipped: number; learned: number }>,
  throughput: Record<string, unknown>,
  mode: 'validation' | 'written' | 'partial',
): void {
  const fmt = (v: number | null | undefined): string => (v === null || v === undefined ? '   –' : v.toFixed(3));
  const mark = (ok: boolean | undefined): string => (ok === undefined ? ' ' : ok ? '✓' : '✗');
  const lines = [
    'test split      metric                          shipped  target   learned  target   lib    trained  lang-id',
  ];
  for (const r of results) {
    const t = r.target as { shipped: number; learned: number } | null;
    const b = r.baseline as { library: number | null; trained: number } | null;
    const m = r.met as { shipped: boolean; learned: boolean } | null;
    lines.push(
      [
        (r.file as string).padEnd(15),
        (r.metric as string).padEnd(31),
        `${fmt((r.shipped as Scored).score)} ${mark(m?.shipped)}`,
        fmt(t?.shipped).padStart(6),
        ` ${fmt((r.learned as Scored).score)} ${mark(m?.learned)}`,
        fmt(t?.learned).padStart(6),
        fmt(b?.library).padStart(6),
        fmt(b?.trained).padStart(8),
        fmt(r.languageDetectionAccuracy as number).padStart(8),
      ].join(' '),
    );
  }
  lines.push('', 'by language (mean of the files above):');
  for (const [lang, e] of Object.entries(byLanguage)) {
    lines.push(`  ${lang}  shipped ${fmt(e.shipped)}  learned ${fmt(e.learned)}  (${e.files.join(', ')})`);
  }
  lines.push(
    '',
    `throughput: ${String(throughput.shippedPostsPerSecond)} posts/s as shipped, ${String(throughput.learnedPostsPerSecond)} posts/s after learning, ${String(throughput.correctionsPerSecond)} corrections/s (fits at growth points included), final fits ${String(throughput.finalFitSeconds)} s in all`,
    mode === 'validation'
      ? 'VALIDATION: a fifth of each train split scored (no test row read); nothing written'
      : mode === 'written'
        ? `written to ${path.relative(process.cwd(), OUT)}`
        : 'a partial or re-tuned run: nothing written',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
