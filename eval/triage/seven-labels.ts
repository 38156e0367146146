// The seven-label report of a hand-written set: per label (precision, recall, F1), per language
// (accuracy, macro-F1), the confusion matrix, and crisis recall and precision, counted two ways:
// the label alone, and the label or the "possible crisis" flag the lead sees.
import { LABELS, type Label } from '../../lib/model';
import { accuracy, classF1, macroF1 } from './metrics';

export interface SevenPost {
  lang: string;
  text: string;
  label: Label;
  brand: { handles: readonly string[]; keywords: readonly string[] };
}

export interface Prediction {
  label: Label;
  /** A complaint (or other label) the engine flagged as a possible crisis for the lead. */
  possibleCrisis: boolean;
}

export interface LabelFigures {
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SevenReport {
  posts: number;
  accuracy: number;
  macroF1: number;
  perLabel: Record<Label, LabelFigures>;
  perLanguage: Record<string, { posts: number; accuracy: number; macroF1: number }>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<Label, Record<Label, number>>;
  crisis: {
    recall: number;
    precision: number;
    /** Crisis label or possible-crisis flag. */
    recallWithFlag: number;
    precisionWithFlag: number;
    flagged: number;
  };
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function sevenReport(posts: readonly SevenPost[], preds: readonly Prediction[]): SevenReport {
  const gold = posts.map((p) => p.label);
  const pred = preds.map((p) => p.label);
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as SevenReport['confusion'];
  gold.forEach((g, i) => {
    const p = pred[i] ?? 'other';
    confusion[g][p]++;
  });
  const perLabel = Object.fromEntries(
    LABELS.map((l) => {
      const tp = confusion[l][l];
      const support = LABELS.reduce((s, p) => s + confusion[l][p], 0);
      const predicted = LABELS.reduce((s, g) => s + confusion[g][l], 0);
      return [l, { support, precision: round(ratio(tp, predicted)), recall: round(ratio(tp, support)), f1: round(classF1(gold, pred, l)) }];
    }),
  ) as Record<Label, LabelFigures>;
  const perLanguage: SevenReport['perLanguage'] = {};
  for (const lang of [...new Set(posts.map((p) => p.lang))].sort()) {
    const idx = posts.flatMap((p, i) => (p.lang === lang ? [i] : []));
    const g = idx.map((i) => gold[i] as Label);
    const p = idx.map((i) => pred[i] as Label);
    perLanguage[lang] = { posts: idx.length, accuracy: round(accuracy(g, p)), macroF1: round(macroF1(g, p, LABELS)) };
  }
  const raised = preds.map((p) => p.label === 'crisis' || p.possibleCrisis);
  const crises = gold.filter((g) => g === 'crisis').length;
  const hitsWithFlag = gold.filter((g, i) => g === 'crisis' && raised[i]).length;
  return {
    posts: posts.length,
    accuracy: round(accuracy(gold, pred)),
    macroF1: round(macroF1(gold, pred, LABELS)),
    perLabel,
    perLanguage,
    confusion,
    crisis: {
      recall: perLabel.crisis.recall,
      precision: perLabel.crisis.precision,
      recallWithFlag: round(ratio(hitsWithFlag, crises)),
      precisionWithFlag: round(ratio(hitsWithFlag, raised.filter(Boolean).length)),
      flagged: preds.filter((p) => p.possibleCrisis && p.label !== 'crisis').length,
    },
  };
}

/** The report as text: the summary line, per label, per language and the confusion matrix. */
export function formatSevenReport(name: string, r: SevenReport): string {
  const f = (v: number): string => v.toFixed(3);
  const lines = [
    `${name}: ${r.posts} posts, accuracy ${f(r.accuracy)}, macro-F1 ${f(r.macroF1)}; crisis recall ${f(r.crisis.recall)} precision ${f(r.crisis.precision)}` +
      ` (with the possible-crisis flag: recall ${f(r.crisis.recallWithFlag)} precision ${f(r.crisis.precisionWithFlag)}, ${r.crisis.flagged} flagged)`,
    `  label      support precision recall    F1`,
    ...LABELS.map((l) => {
      const x = r.perLabel[l];
      return `  ${l.padEnd(10)} ${String(x.support).padStart(7)} ${f(x.precision).padStart(9)} ${f(x.recall).padStart(6)} ${f(x.f1).padStart(5)}`;
    }),
    `  language   posts accuracy macro-F1`,
    ...Object.entries(r.perLanguage).map(([l, x]) => `  ${l.padEnd(10)} ${String(x.posts).padStart(5)} ${f(x.accuracy).padStart(8)} ${f(x.macroF1).padStart(8)}`),
    `  confusion (rows gold, columns predicted): ${LABELS.map((l) => l.slice(0, 5).padStart(6)).join('')}`,
    ...LABELS.map((g) => `  ${g.padEnd(41)}${LABELS.map((p) => String(r.confusion[g][p]).padStart(6)).join('')}`),
  ];
  return lines.join('\n');
}
