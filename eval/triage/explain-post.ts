// npx tsx eval/triage/explain-post.ts <lang> <text> — a post's stage-one signals, each signal's
// weight toward every label, and the final label (stage one and both stages): for reading why a
// dev or check post is labelled as it is. Never run it on the blind part.
import { LABELS } from '../../lib/model';
import { createTriage } from '../../lib/triage/index';
import { analyse, shippedScorer, softmaxTop } from '../../lib/triage/shipped-classify';
import { FEATURES } from '../../lib/triage/signals';
import { LABEL_COUNT } from '../../lib/triage/shipped-model';

const [lang = 'en', ...words] = process.argv.slice(2);
const text = words.join(' ');
const a = analyse({ text, lang });
const scorer = shippedScorer();
const m = scorer.matrixOf(a.signals.x);
const fmt = (n: number): string => n.toFixed(2).padStart(6);
process.stdout.write(`${'feature'.padEnd(22)}${LABELS.map((l) => l.slice(0, 6).padStart(7)).join('')}  terms\n`);
FEATURES.forEach((f, i) => {
  const v = a.signals.x[i] ?? 0;
  if (v === 0 || f.startsWith('lang_')) return;
  const row = Array.from({ length: LABEL_COUNT }, (_, k) => fmt(v * (m[i * LABEL_COUNT + k] ?? 0))).join(' ');
  process.stdout.write(`${`${f}×${v}`.padEnd(22)}${row}  ${(a.signals.terms.get(f) ?? []).join(', ')}\n`);
});
const s = new Float64Array(LABEL_COUNT);
scorer.score(a.signals.x, s);
process.stdout.write(`${'stage one'.padEnd(22)}${Array.from(s, (v) => fmt(v)).join(' ')}  p(crisis) ${softmaxTop(s, 0).toFixed(3)}\n`);
const r = createTriage().classify({ text, lang });
process.stdout.write(`both stages: ${r.label} (${r.confidence.toFixed(2)}) ${r.reasons.map((x) => x.kind).join(', ')}\n`);
{
  // Stage two's share: its bias and its n-grams (what the background adds to stage one).
  const { secondStage } = await import('../../lib/triage/second-stage');
  const { featuresOfWords, tokenCodes } = await import('../../lib/triage/ngrams');
  const ws: string[] = [];
  const h = featuresOfWords(tokenCodes(a.tokens, ws), ws);
  const s2 = new Float64Array(LABEL_COUNT);
  secondStage().score(a.signals.x, h, s2);
  process.stdout.write(`${'stage two adds'.padEnd(22)}${Array.from(s2, (v) => fmt(v)).join(' ')}\n`);
}
