// What the long animation frames of a surge are made of (x.com-sized cells, batches of 10), with
// and without Careline, alternating: the Long Animation Frames API splits each frame over 50 ms
// into the tasks before it and its rendering (Careline's drawing runs in the frame's animation
// callbacks, before style and layout). `npx tsx scripts/bench/surge-frames.ts [pairs] [batches]`;
// `--profiled` runs V8's sampling profiler meanwhile, as overlay-surge.ts does for its shares.
import { openFakeX } from './overlay-timeline';
import { padPosts, X_COM_POST_ELEMENTS } from './overlay-surge';
import { summarise } from './stats';

interface Frame {
  /** The whole frame, from the first task after the previous frame to this one's paint. */
  duration: number;
  /** Its rendering: animation callbacks, then style and layout. */
  render: number;
  styleLayout: number;
}

const pairs = Number(process.argv[2] ?? 2);
const batches = Number(process.argv[3] ?? 40);
const profiled = process.argv.includes('--profiled');

async function run(withExtension: boolean): Promise<{ frames: Frame[]; longTasks: number }> {
  const { context, page, close } = await openFakeX(withExtension);
  try {
    await page.goto('https://x.com/search?q=%40LumenMobile&f=live');
    await page.waitForFunction(() => window.__fakeX !== undefined);
    await page.waitForTimeout(1500);
    await padPosts(page, X_COM_POST_ELEMENTS);
    if (profiled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.evaluate(() => {
      const probe = { frames: [] as Frame[], longTasks: 0 };
      (window as unknown as { __frames: typeof probe }).__frames = probe;
      new PerformanceObserver((l) => void (probe.longTasks += l.getEntries().length)).observe({ type: 'longtask' });
      new PerformanceObserver((l) => {
        for (const e of l.getEntries() as unknown as { startTime: number; duration: number; renderStart: number; styleAndLayoutStart: number }[]) {
          const end = e.startTime + e.duration;
          probe.frames.push({ duration: e.duration, render: e.renderStart ? end - e.renderStart : 0, styleLayout: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0 });
        }
      }).observe({ type: 'long-animation-frame' });
    });
    for (let i = 0; i < batches; i++) {
      await page.evaluate((n) => window.__fakeX!.streamNew(n, { reveal: true, mentionShare: 1 }), 10);
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(1000);
    return await page.evaluate(() => (window as unknown as { __frames: { frames: Frame[]; longTasks: number } }).__frames);
  } finally {
    await close();
  }
}

const f = (x: number) => `${x.toFixed(1)} ms`;
for (let i = 0; i < pairs; i++) {
  for (const withExtension of [true, false]) {
    const { frames, longTasks } = await run(withExtension);
    const render = summarise(frames.map((x) => x.render));
    const layout = summarise(frames.map((x) => x.styleLayout));
    const callbacks = summarise(frames.map((x) => x.render - x.styleLayout));
    console.log(
      `${withExtension ? 'with Careline' : 'without     '}: ${batches} batches · frames over 50 ms ${frames.length} · long tasks ${longTasks} · ` +
        `in those frames (median): whole ${f(summarise(frames.map((x) => x.duration)).median)}, rendering ${f(render.median)} = animation callbacks ${f(callbacks.median)} + style and layout ${f(layout.median)}`,
    );
  }
}
