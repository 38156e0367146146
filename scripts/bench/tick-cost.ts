// Timer tick cost alone (also part of `npm run bench`): npx tsx scripts/bench/tick-cost.ts
// One tick a second, so a tick's cost is the mounted timers' cost per second.
import { ms, summarise } from './stats';
import { timerTicks } from './timer-tick';

for (const [label, n, visibleOnly] of [
  ['1,000 mounted, every one ticking', 1_000, false],
  ['1,000 mounted, on screen or near it ticking', 1_000, true],
] as const) {
  const r = await timerTicks(n, 300, visibleOnly);
  const s = summarise(r.script);
  const l = summarise(r.withLayout);
  console.log(`${label.padEnd(46)} script ${ms(s.median)} / p95 ${ms(s.p95)}; with style+layout ${ms(l.median)} / p95 ${ms(l.p95)}; ${r.ticked} redrawn`);
}
