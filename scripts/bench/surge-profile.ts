// Where Careline's main-thread time goes during a surge: its functions by self time (100 µs
// samples), mapped back to the sources, and the same summed by source file, per new mention.
// Build with source maps first: CARELINE_SOURCEMAP=1 npx wxt build &&
// node scripts/build-fixtures.mjs && npx tsx scripts/bench/surge-profile.ts
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { EXTENSION_DIR } from '../../tests/harness/extension';
import { surgeRun, SURGE_SHAPES } from './overlay-surge';
const maps = new Map<string, SourceMapConsumer>();
const where = (k: string) => k.replace(/(\S+)@([\w.-]+\.js):(\d+):(\d+)/, (_m, fn, file, line, col) => {
  const path = `${EXTENSION_DIR}/content-scripts/${file}`;
  let c = maps.get(path);
  if (!c) { try { c = new SourceMapConsumer(JSON.parse(readFileSync(path + '.map', 'utf8'))); maps.set(path, c); } catch { return `${fn}@${file}`; } }
  const p = c.originalPositionFor({ line: Number(line) + 1, column: Number(col) });
  return `${p.name ?? fn} ${p.source?.replace(/^(\.\.\/)+/, '')}:${p.line}`;
});
const r = await surgeRun(true, SURGE_SHAPES['batches of 10']!, { profiled: true, samplingUs: 100 });
const frames = [...r.batchToFrame].sort((a, b) => a - b);
const sight = [...r.firstSight].sort((a, b) => a - b);
const plain = [...(await surgeRun(false, SURGE_SHAPES['batches of 10']!, { profiled: true, samplingUs: 100 })).batchToFrame].sort((a, b) => a - b);
const at = (xs: number[], q: number) => (xs.length ? xs[Math.floor((xs.length - 1) * q)]!.toFixed(1) : '–');
const per = (ms: number) => (ms / Math.max(1, r.streamed)).toFixed(3);
console.log(`share ${(r.extensionMs / r.pageMs * 100).toFixed(1)} % (${r.extensionMs.toFixed(0)} / ${r.pageMs.toFixed(0)} ms), ${per(r.extensionMs)} ms per mention, long tasks ${r.longTasks}`);
console.log(`cell→overlay median/p95 ${at(sight, 0.5)} / ${at(sight, 0.95)} ms; batch→frame ${at(frames, 0.5)} / ${at(frames, 0.95)} ms, without Careline ${at(plain, 0.5)} / ${at(plain, 0.95)} ms`);
console.log('\nself ms   ms/mention  function (native calls as "(native f) caller")');
const rows = r.hot.map(([k, v]) => [where(k), v] as const);
for (const [k, v] of rows.slice(0, 40)) console.log(v.toFixed(1).padStart(8), per(v).padStart(8), ' ', k);
const byFile = new Map<string, number>();
for (const [k, v] of rows) {
  const file = /\s(\S+):\d+$/.exec(k)?.[1] ?? 'other';
  byFile.set(file, (byFile.get(file) ?? 0) + v);
}
console.log('\nby source file (of the rows above)');
for (const [f, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(v.toFixed(1).padStart(8), per(v).padStart(8), ' ', f);
