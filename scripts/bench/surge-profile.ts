// Where Careline's main-thread time goes during a surge: its functions by self time, mapped back
// to the sources. Build with source maps first: CARELINE_SOURCEMAP=1 npx wxt build &&
// node scripts/build-fixtures.mjs && npx tsx scripts/bench/surge-profile.ts
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { surgeRun, SURGE_SHAPES } from './overlay-surge';
const maps = new Map<string, SourceMapConsumer>();
const where = (k: string) => k.replace(/(\S+)@([\w.-]+\.js):(\d+):(\d+)/, (_m, fn, file, line, col) => {
  const path = `.output/chrome-mv3/content-scripts/${file}`;
  let c = maps.get(path);
  if (!c) { try { c = new SourceMapConsumer(JSON.parse(readFileSync(path + '.map', 'utf8'))); maps.set(path, c); } catch { return `${fn}@${file}`; } }
  const p = c.originalPositionFor({ line: Number(line) + 1, column: Number(col) });
  return `${p.name ?? fn} ${p.source?.replace(/^(\.\.\/)+/, '')}:${p.line}`;
});
const r = await surgeRun(true, SURGE_SHAPES['batches of 10']!);
const frames = [...r.batchToFrame].sort((a, b) => a - b);
const plain = [...(await surgeRun(false, SURGE_SHAPES['batches of 10']!)).batchToFrame].sort((a, b) => a - b);
const at = (xs: number[], q: number) => xs[Math.floor((xs.length - 1) * q)]!.toFixed(1);
console.log('share', (r.extensionMs / r.pageMs * 100).toFixed(1), 'long', r.longTasks, 'batch→frame median/p95', at(frames, 0.5), at(frames, 0.95), 'without', at(plain, 0.5), at(plain, 0.95));
for (const [k, v] of r.hot) console.log(v.toFixed(1).padStart(8), where(k));
