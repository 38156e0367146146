// npm run eval:triage [-- --write] [--blind DIR] [--seven-only | --public-only]
//
// Prints the public-set table (shipped, the page's first reading, learned, and the same-run plain
// linear baseline) and the seven-label tables (dev, check, the older sets, blind), and writes the
// same figures as JSON with --write (a full run only) to docs/triage-eval.json, the tracked copy;
// without --write nothing is written. The evaluation code lives in eval/triage.
//
// Tuning without the test split: CARELINE_EVAL_VALIDATE=1 scores a fifth of each train split
// (CARELINE_EVAL_FOLD=0…4); CARELINE_FIT='{"epochs":8}' overrides the learner's settings;
// CARELINE_EVAL_ONLY=a,b picks public files; CARELINE_EVAL_DIR points at the public sets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIT } from '../lib/triage/learner';
import { FAMILY_WEIGHTS } from '../lib/triage/ngrams';
import { LEARNED_MARGIN, round, runPublicFile, type PublicResult } from '../eval/triage/public-sets';
import { formatSevenReport } from '../eval/triage/seven-labels';
import { sevenSets, type SevenSetResult } from '../eval/triage/seven-sets';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = process.env.CARELINE_EVAL_DIR ?? path.resolve(ROOT, '../shared/eval/triage');
const VALIDATE = process.env.CARELINE_EVAL_VALIDATE === '1';
const FOLD = Number(process.env.CARELINE_EVAL_FOLD ?? 0);
const ONLY = process.env.CARELINE_EVAL_ONLY?.split(',');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(name);

function applyFitOverrides(): void {
  if (process.env.CARELINE_FIT === undefined) return;
  const { words, chars, ...fit } = JSON.parse(process.env.CARELINE_FIT) as Partial<typeof FIT> & { words?: number; chars?: number };
  Object.assign(FIT, fit);
  if (words !== undefined) FAMILY_WEIGHTS.words = words;
  if (chars !== undefined) FAMILY_WEIGHTS.chars = chars;
}

function publicSets(): PublicResult[] {
  if (!fs.existsSync(DATA)) {
    process.stderr.write(`eval:triage: no public sets at ${DATA} (set CARELINE_EVAL_DIR); skipped\n`);
    return [];
  }
  return fs
    .readdirSync(DATA)
    .filter((f) => f.endsWith('.jsonl') && (ONLY === undefined || ONLY.includes(f.replace(/\.jsonl$/, ''))))
    .sort()
    .map((f) => {
      process.stderr.write(`  ${f}…\n`);
      return runPublicFile(path.join(DATA, f), { validate: VALIDATE, fold: FOLD });
    });
}

function publicTable(results: PublicResult[]): string {
  const f = (v: number | null | undefined): string => (v === null || v === undefined ? '    –' : v.toFixed(3));
  const mark = (ok: boolean | undefined): string => (ok === undefined ? ' ' : ok ? '✓' : '✗');
  const lines = [
    `${VALIDATE ? 'validation fold' : 'test split'}      metric                          shipped   target  page    learned  baseline-LR target   lang-id`,
    ...results.map((r) =>
      [
        r.file.padEnd(15),
        r.metric.padEnd(31),
        `${f(r.shipped)} ${mark(r.met?.shipped)}`,
        f(r.target?.shipped).padStart(6),
        f(r.page).padStart(6),
        ` ${f(r.learned)} ${mark(r.met?.learned)}`,
        f(r.baseline).padStart(11),
        `≥ ${f(r.target?.learned)}`.padStart(8),
        f(r.languageDetectionAccuracy).padStart(8),
      ].join(' '),
    ),
    `learned target: within ${LEARNED_MARGIN} of the plain word + character n-gram logistic regression trained on the same train split in this run`,
  ];
  return lines.join('\n');
}

function throughput(results: PublicResult[], seven: SevenSetResult[]) {
  const rows = results.reduce((s, r) => s + r.testRows, 0);
  const ms = (k: keyof PublicResult['ms']): number => results.reduce((s, r) => s + r.ms[k], 0);
  const trains = results.reduce((s, r) => s + r.trainRows, 0);
  return {
    shippedPostsPerSecond: rows === 0 ? null : Math.round((rows / ms('shipped')) * 1000),
    learnedPostsPerSecond: rows === 0 ? null : Math.round((rows / ms('learned')) * 1000),
    correctionsPerSecond: trains === 0 ? null : Math.round((trains / ms('learn')) * 1000),
    finalFitSeconds: round(ms('settle') / 1000),
    sevenLabel: Object.fromEntries(seven.map((s) => [s.name, s.postsPerSecond])),
    note: 'one core, Node, lang given as X gives it; includes tokenizing and explaining every label; the bench (npm run bench) is the figure',
  };
}

/** A seven-label report's headline figures on one line. */
function oneLine(r: SevenSetResult['background']): string {
  return (
    `accuracy ${r.accuracy.toFixed(3)}, macro-F1 ${r.macroF1.toFixed(3)}, crisis recall ${r.crisis.recall.toFixed(3)} precision ${r.crisis.precision.toFixed(3)}; ` +
    Object.entries(r.perLanguage).map(([l, x]) => `${l} ${x.accuracy.toFixed(3)}`).join(', ')
  );
}

function main(): void {
  applyFitOverrides();
  const sevenOnly = flag('--seven-only');
  const publicOnly = flag('--public-only');
  const partial = VALIDATE || ONLY !== undefined || process.env.CARELINE_FIT !== undefined || sevenOnly || publicOnly;
  if (flag('--write') && partial) {
    process.stderr.write('eval:triage: --write needs a full run (no validation, CARELINE_EVAL_ONLY, CARELINE_FIT, --seven-only or --public-only)\n');
    process.exit(2);
  }
  const pub = sevenOnly ? [] : publicSets();
  const dirs = {
    dev: path.join(ROOT, 'eval/corpus/dev'),
    dev2: path.join(ROOT, 'eval/corpus/dev2'),
    dev3: path.join(ROOT, 'eval/corpus/dev3'),
    check: path.join(ROOT, 'eval/corpus/check'),
    blind: path.resolve(option('--blind') ?? path.join(ROOT, 'eval/corpus/blind')),
  };
  const seven = publicOnly ? { results: [], blindMissing: false, baselineTrainedOn: 0 } : sevenSets(dirs);
  const report = {
    generatedAt: new Date().toISOString(),
    machine: { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown' },
    protocol: {
      public:
        "test split scored as shipped (the background's answer) and as the page's first reading; then a fresh engine learns the train split one post at a time as agent corrections (file order), settle() fits every correction, and the test split is scored again; the baseline is a plain word + character n-gram logistic regression fitted on the same train split's gold in the same run",
      seven: 'hand-written brand mentions; page = stage one alone, background = both stages; crisis counted on the label, and on the label or the possible-crisis flag; baseline = the public sets\' plain word + character n-gram LR fitted in the same run on the training sets (dev, dev2, dev3 when present, the older sets), scored on the held-out sets only',
      sevenBaselineTrainedOn: seven.baselineTrainedOn,
    },
    public: pub,
    sevenLabel: seven.results,
    blind: seven.blindMissing ? `not present at ${dirs.blind}` : 'scored',
    throughput: throughput(pub, seven.results),
  };
  if (pub.length > 0) process.stdout.write(`${publicTable(pub)}\n\n`);
  for (const s of seven.results) {
    const p = s.page;
    if (s.name === 'blind') process.stdout.write('== blind part: written by someone who never saw the triage code; only ever scored, never tuned on ==\n');
    process.stdout.write(
      `${formatSevenReport(`${s.name} — background (both stages)`, s.background)}\n` +
        `  page's first reading (stage one): accuracy ${p.accuracy.toFixed(3)}, macro-F1 ${p.macroF1.toFixed(3)}, crisis recall ${p.crisis.recall.toFixed(3)} precision ${p.crisis.precision.toFixed(3)}; ` +
        `${Object.entries(p.perLanguage).map(([l, x]) => `${l} ${x.accuracy.toFixed(3)}`).join(', ')}\n` +
        (s.baseline === undefined ? '' : `  same-run plain LR (word + char n-grams, fitted on the ${seven.baselineTrainedOn} training posts): ${oneLine(s.baseline)}\n`) +
        `  (${s.note})\n\n`,
    );
  }
  if (seven.blindMissing) process.stdout.write(`blind part: not present at ${dirs.blind} (--blind DIR)\n`);
  if (VALIDATE) process.stdout.write('VALIDATION: a fifth of each train split scored (no test row read)\n');
  if (!flag('--write')) return;
  const out = path.join(ROOT, 'docs/triage-eval.json');
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`JSON written to ${path.relative(process.cwd(), out)}\n`);
}

main();
