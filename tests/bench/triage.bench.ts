// Triage speed and memory: posts classified per second on one core (each op classifies 1,000
// posts, so posts/s = hz × 1,000): the page's first reading (stage one, shipped-classify.ts; the
// issue's floor is 20,000 posts/s), the background's answer (both stages) as shipped and after
// 1,000 corrections, each with X's lang attribute and with language detection; and the memory
// the model takes, up to 25,000 corrections (the learner's cap). `npm run bench`.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bench, describe } from 'vitest';
import { BRAND, CRISIS_CASES, LABEL_CASES } from '../unit/triage/cases';

const POSTS_PER_OP = 1000;
// Without a collection before each reading, heapUsed differences measure when the collector
// happened to run, not the model: a collection during one phase frees the previous phase's
// garbage and printed a negative figure. So collect for real, whatever flags node started with.
setFlagsFromString('--expose-gc');
const gc = ((globalThis as { gc?: () => void }).gc ?? runInNewContext('gc')) as (() => void) | undefined;
// Large typed arrays are freed after the collection that finds them dead: collect, yield, collect.
const heap = async (): Promise<{ heap: number; buffers: number }> => {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 20));
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
};
// A phase that allocates next to nothing can still read a few kilobytes below zero (allocator noise).
const mb = (bytes: number): string => (bytes < 50_000 ? '< 0.1 MB' : `${(bytes / 1e6).toFixed(1)} MB`);

// 1,000 varied posts in five languages, built from the test cases with different handles,
// order numbers and endings so no two are alike.
const ENDINGS = ['', ' !!', ' #help', ' https://example.com/p/1', ' 😡', ' 🙏', ' please', ' ?'];
const cases = [...CRISIS_CASES, ...LABEL_CASES];
const posts = Array.from({ length: POSTS_PER_OP }, (_, i) => {
  const c = cases[i % cases.length] ?? cases[0];
  return { text: `${c?.text ?? ''} #${1000 + i}${ENDINGS[i % ENDINGS.length] ?? ''}`, lang: c?.lang ?? 'en', brand: BRAND };
});

const m0 = await heap();
const { createTriage } = await import('../../lib/triage/index');
const { createShippedTriage } = await import('../../lib/triage/shipped-classify');
const page = createShippedTriage();
for (const p of posts.slice(0, 60)) page.classify(p);
const m1 = await heap();
const shipped = createTriage();
for (const p of posts.slice(0, 60)) shipped.classify(p);
const m2 = await heap();
const learned = createTriage();
const relabel = (i: number) => (i % 3 === 0 ? 'complaint' : i % 3 === 1 ? 'praise' : 'question');
// Corrections differ by an order number and a made-up word, so every one adds new n-grams.
const correction = (i: number) => {
  const p = posts[i % posts.length] ?? posts[0];
  return { text: `${p?.text ?? ''} order ${i} ${(i * 7919).toString(36)}`, lang: p?.lang, brand: BRAND };
};
for (let i = 0; i < 1000; i++) learned.learn(correction(i), relabel(i));
// learn() only stores; the background fits when the agent pauses (lib/service/triage-store.ts).
learned.settle();
const m3 = await heap();
const big = createTriage();
const t0 = performance.now();
for (let i = 0; i < 25_000; i++) {
  big.learn(correction(i), relabel(i));
  if (big.fitDue()) big.settle();
}
big.settle();
const learnMs = performance.now() - t0;
const m4 = await heap();
const stateBytes = (() => {
  const s = big.exportState();
  let n = 0;
  const walk = (v: unknown): void => {
    if (ArrayBuffer.isView(v)) n += v.byteLength;
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(s);
  return n;
})();

console.log(
  [
    'triage memory (heap + typed arrays, measured after full collections)',
    `  language detector and code: ${mb(m1.heap - m0.heap + m1.buffers - m0.buffers)}`,
    `  shipped model (lexicons, weights): ${mb(m2.heap - m1.heap + m2.buffers - m1.buffers)}`,
    `  learned model after 1,000 corrections: ${mb(m3.heap - m2.heap + m3.buffers - m2.buffers)}`,
    `  learned model after 25,000 corrections: ${mb(m4.heap - m3.heap + m4.buffers - m3.buffers)} (exported state ${mb(stateBytes)}; learning took ${(learnMs / 1000).toFixed(1)} s, re-fits included)`,
  ].join('\n'),
);

describe('triage: classify 1,000 posts per op (posts/s = hz × 1,000)', () => {
  bench("page's first reading, lang from X", () => {
    for (const p of posts) page.classify(p);
  });
  bench("page's first reading, language detected", () => {
    for (const p of posts) page.classify({ text: p.text, brand: p.brand });
  });
  bench('background, both stages, lang from X', () => {
    for (const p of posts) shipped.classify(p);
  });
  bench('background, both stages, language detected', () => {
    for (const p of posts) shipped.classify({ text: p.text, brand: p.brand });
  });
  bench('after 1,000 corrections, lang from X', () => {
    for (const p of posts) learned.classify(p);
  });
  bench('after 1,000 corrections, language detected', () => {
    for (const p of posts) learned.classify({ text: p.text, brand: p.brand });
  });
});
