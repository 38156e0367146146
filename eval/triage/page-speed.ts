// npx tsx eval/triage/page-speed.ts [rounds] — the page's first reading (stage one,
// shipped-classify.ts) in posts per second of CPU time on one core: 1,000 varied posts per round
// (the bench's posts), median and p95 over the rounds. CPU time (process.cpuUsage) instead of the
// clock, because this machine is shared: other work stretches wall time, not the CPU time a
// round takes. `npm run bench` (tests/bench/triage.bench.ts) gives the wall-clock figures.
import { createShippedTriage } from '../../lib/triage/shipped-classify';
import { BRAND, CRISIS_CASES, LABEL_CASES } from '../../tests/unit/triage/cases';

const ENDINGS = ['', ' !!', ' #help', ' https://example.com/p/1', ' 😡', ' 🙏', ' please', ' ?'];
const cases = [...CRISIS_CASES, ...LABEL_CASES];
const posts = Array.from({ length: 1000 }, (_, i) => {
  const c = cases[i % cases.length] ?? cases[0];
  return { text: `${c?.text ?? ''} #${1000 + i}${ENDINGS[i % ENDINGS.length] ?? ''}`, lang: c?.lang ?? 'en', brand: BRAND };
});

function cpuMs(run: () => void): number {
  const t0 = process.cpuUsage();
  run();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const rounds = Number(process.argv[2] ?? 40);
const page = createShippedTriage();
for (let i = 0; i < 5; i++) for (const p of posts) page.classify(p); // warm-up: JIT, lexicons built
for (const [name, input] of [
  ['lang from X', (p: (typeof posts)[number]) => p],
  ['language detected', (p: (typeof posts)[number]) => ({ text: p.text, brand: p.brand })],
] as const) {
  const perSecond = Array.from({ length: rounds }, () => 1000 / (cpuMs(() => posts.forEach((p) => page.classify(input(p)))) / 1000)).sort((a, b) => b - a);
  const at = (q: number): number => Math.round(perSecond[Math.min(perSecond.length - 1, Math.floor(q * perSecond.length))] ?? 0);
  console.log(`page's first reading, ${name}: median ${at(0.5).toLocaleString('en')} posts/s, p95 (slowest 5 %) ${at(0.95).toLocaleString('en')} posts/s of CPU time, ${rounds} rounds of 1,000`);
}
