// How low Careline's main-thread share in a surge could go: scripts/bench/floor-entry.ts (reading,
// the shipped triage, the real overlay drawn in the frame, on-screen timers; nothing else) runs in
// an isolated world on the fake X without the extension, profiled exactly as Careline is, and
// Careline runs the same stream in the same session. Rounds alternate.
// `npx tsx scripts/bench/surge-floor.ts [rounds] [--x-com-sized]`
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { build } from 'vite';
import { surgeRun, SURGE_SHAPES, type SurgeRun } from './overlay-surge';

const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
const shapeName = process.argv.includes('--x-com-sized') ? 'batches of 10, x.com-sized cells' : 'batches of 10';
const shape = SURGE_SHAPES[shapeName]!;

const out = mkdtempSync(join(tmpdir(), 'careline-floor-'));
await build({
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  mode: 'production',
  build: {
    outDir: out,
    emptyOutDir: true,
    lib: { entry: resolve(import.meta.dirname, 'floor-entry.ts'), formats: ['iife'], name: 'CarelineFloor', fileName: () => 'floor.js' },
    rolldownOptions: { output: { charset: 'ascii' } },
  },
});
// The sourceURL puts the floor's stacks under a chrome-extension:// URL: timeByOrigin counts them as Careline's.
const FLOOR = `${readFileSync(join(out, 'floor.js'), 'utf8')}\n//# sourceURL=chrome-extension://careline-floor/floor.js`;
rmSync(out, { recursive: true, force: true });

const floor = (upTo: 'read' | 'triage' | 'draw') => async (cdp: CDPSession): Promise<void> => {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'careline-floor' });
  const r = await cdp.send('Runtime.evaluate', { expression: `var floorUpTo = '${upTo}';\n${FLOOR}`, contextId: executionContextId });
  if (r.exceptionDetails) throw new Error(`floor script failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
};

const at = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) * q)]!.toFixed(1) : '–';
};
const line = (name: string, r: SurgeRun) =>
  `${name.padEnd(13)} share ${((r.extensionMs / r.pageMs) * 100).toFixed(1).padStart(5)} %  ` +
  `${(r.extensionMs / Math.max(1, r.streamed)).toFixed(3)} ms per mention (page ${(r.pageMs / Math.max(1, r.streamed)).toFixed(2)} ms)  ` +
  `cell→overlay ${at(r.firstSight, 0.5)} / ${at(r.firstSight, 0.95)} ms (n ${r.firstSight.length})  long tasks ${r.longTasks}`;

console.log(`${shapeName}, ${shape.total} mentions, profiled (200 µs samples), ${rounds} alternating rounds`);
for (let i = 0; i < rounds; i++) {
  for (const upTo of ['read', 'triage', 'draw'] as const) console.log(line(`floor: ${upTo}`, await surgeRun(false, shape, { profiled: true, prepare: floor(upTo) })));
  console.log(line('Careline', await surgeRun(true, shape, { profiled: true })));
}
