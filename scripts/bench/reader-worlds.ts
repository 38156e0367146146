// How long Careline's page reader takes per new post outside the extension: the same source
// (the fake X's bundle of lib/x, tests/fixtures/fake-x/dist/reader.js) run in the page's own
// world or in an isolated world made over CDP, on a live search receiving 600 new posts in
// batches of 10, each read in the animation frame after X inserted it, as the annotator does.
// Inside the extension the reader measured 2–3× slower (docs/benchmarks.md); this is the
// comparison that looked into it (docs/benchmarks.md: first touch and cold caches, not the world).
// `npx tsx scripts/bench/reader-worlds.ts [--isolated | --careline-world] [--extension] [--probe-first]`;
// --probe-first reads in X's own task (the MutationObserver's callback), before Careline's frame.
import { readFileSync } from 'node:fs';
import { READER_SCRIPT } from '../build-fixtures.mjs';
import { openFakeX } from './overlay-timeline';

const isolated = process.argv.includes('--isolated');
/** Runs the probe inside Careline's own content-script world (implies --extension). */
const inCareline = process.argv.includes('--careline-world');
const withExtension = inCareline || process.argv.includes('--extension');

// Runs in the chosen world: reads every new post twice (first sight, then again), and times a
// constant selector query and a plain loop on the same post, to tell DOM cost from JavaScript's.
const PROBE = `(() => {
  const parts = '[data-testid="User-Name"], [data-testid="tweetText"], [data-testid="socialContext"], time[datetime], div[role="link"], [data-testid="card.wrapper"], [data-testid="tweetPhoto"], article, [role="group"]';
  const t = { n: 0, first: 0, again: 0, query: 0, loop: 0, sink: 0 };
  window.__readerWorlds = t;
  const seen = new WeakSet();
  new MutationObserver(() => (PROBE_FIRST ? (f) => f() : requestAnimationFrame)(() => {
    const reader = window.__carelineReader;
    for (const a of reader.findPostArticles(document)) {
      if (seen.has(a)) continue;
      seen.add(a);
      const t0 = performance.now();
      reader.readPost(a, location.href);
      const t1 = performance.now();
      reader.readPost(a, location.href);
      const t2 = performance.now();
      for (let k = 0; k < 10; k++) a.querySelectorAll(parts);
      const t3 = performance.now();
      let acc = 0;
      for (let k = 0; k < 20000; k++) acc = (acc * 31 + k) | 0;
      const t4 = performance.now();
      t.n++; t.first += t1 - t0; t.again += t2 - t1; t.query += (t3 - t2) / 10; t.loop += t4 - t3; t.sink ^= acc;
    }
  })).observe(document.body, { childList: true, subtree: true });
})()`;

const { context, page, close } = await openFakeX(withExtension);
try {
  await page.goto('https://x.com/search?q=%40LumenMobile&f=live');
  await page.waitForFunction(() => window.__fakeX !== undefined);
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  let contextId: number | undefined;
  if (inCareline) {
    const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    contextId = worlds.find((w) => w.auxData?.type === 'isolated' && /careline/i.test(w.name))?.id;
    if (contextId === undefined) throw new Error(`No Careline world among ${worlds.map((w) => w.name || '(page)').join(', ')}`);
  } else if (isolated) {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'reader-worlds' }));
  }
  const evaluate = async (expression: string) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true, ...(contextId ? { contextId } : {}) })).result.value as unknown;
  await evaluate(readFileSync(READER_SCRIPT, 'utf8'));
  await evaluate(PROBE.replace('PROBE_FIRST', String(process.argv.includes('--probe-first'))));
  for (let i = 0; i < 60; i++) {
    await page.evaluate(async (n) => {
      window.__fakeX!.streamNew(n, { reveal: true, mentionShare: 1 });
      await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    }, 10);
    await page.waitForTimeout(250);
  }
  const t = JSON.parse((await evaluate('JSON.stringify(window.__readerWorlds)')) as string) as Record<'n' | 'first' | 'again' | 'query' | 'loop', number>;
  const per = (x: number) => `${(x / t.n).toFixed(3)} ms`;
  console.log(
    `${inCareline ? "Careline's content-script world" : isolated ? 'isolated world' : "page's world"}, ${withExtension ? 'Careline running' : 'no extension'}: ${t.n} new posts · ` +
      `readPost first ${per(t.first)}, again ${per(t.again)} · one selector query ${per(t.query)} · 20,000-step loop ${per(t.loop)}`,
  );
} finally {
  await close();
}
